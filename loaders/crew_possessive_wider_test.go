package loaders

import "testing"

// TestPossessedWiderFilm checks possessedWiderFilm: a one-word name or an
// order word among the describers after a person's possessive, and the
// title as an appositive after the kind word, credit the person as the
// film's director; a company's possessive, a bare kind word and a person
// after the comma are not read so.
func TestPossessedWiderFilm(t *testing.T) {
	cases := []lineCase{
		{"a nationality before genre words", "He later played the stranger in Dora Vance's Korean horror film The Salt Ledger.",
			[]string{"DIRECTED dora vance -> salt ledger"}, nil},
		{"a nationality before a kind word", "The film was a remake of Dora Vance's German hit The Salt Ledger (2001).",
			[]string{"DIRECTED dora vance -> salt ledger"}, nil},
		{"a place name before a genre", "Dora Vance's Auschwitz drama The Salt Ledger took the Grand Prix.",
			[]string{"DIRECTED dora vance -> salt ledger"}, nil},
		{"a channel and a comma", "He found it through Tobin Marsh's 2002 HBO documentary, The Salt Ledger, which he watched at fifteen.",
			[]string{"DIRECTED tobin marsh -> salt ledger"}, nil},
		{"an order word and a comma", "The reception was warm; Tobin Marsh's last film, The Salt Ledger, is still remembered here.",
			[]string{"DIRECTED tobin marsh -> salt ledger"}, nil},
		{"an order word and a described appositive", "Tobin Marsh's previous film, the con-artist caper The Salt Ledger with Ana Lind, had the same appetite.",
			[]string{"DIRECTED tobin marsh -> salt ledger"}, nil},
		{"guard: a company's possessive", "He joined Neon's last film, The Salt Ledger, in 2010.",
			nil, []string{"DIRECTED neon -> salt ledger"}},
		{"guard: a person after the comma", "Tobin Marsh's last film, Ana Lind, said, was his best.",
			nil, []string{"DIRECTED tobin marsh -> ana lind"}},
	}
	runLineCases(t, twoTitlesHead, cases)
}
