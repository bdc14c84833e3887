package loaders

import "testing"

// TestDramaRanks checks the abbreviated police and service ranks and the
// European crime-drama ranks of characterRanks, and the rank modifiers
// that lead a rank (ledRank), on invented sentences: a name led by one is
// a character, known without the rank too; the surname "Di" in lower
// case, "Gen" without its dot and a modifier before no rank are left
// alone.
func TestDramaRanks(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"police abbreviation", "The new series of Harbour Lights opens with DI Marla Quint chasing a smuggler along the coast.",
			[]string{"Character:di marla quint"}, []string{"Person:di marla quint"}},
		{"foreign rank after a possessive", "Bruno Vell's gruff Kriminalkommissar Otto Brenner is back for a tenth case of Nachtwache.",
			[]string{"Character:kriminalkommissar otto brenner"}, []string{"Person:kriminalkommissar otto brenner"}},
		{"a lawyer's title", "He was a corrupt notary, Avvocato Sandro Pellicano, in the fourth season of the saga Il Porto.",
			[]string{"Character:avvocato sandro pellicano"}, nil},
		{"a modifier before a rank", "Senior Sergeant Ada Merridew runs the outback station again in the second season of Red Plains.",
			[]string{"Character:senior sergeant ada merridew"}, []string{"Person:senior sergeant ada merridew"}},
		{"an abbreviation with its dot", "He played Gen. Walt Harrow, the Pentagon general, in the thriller Cold Orders.",
			[]string{"Character:gen. walt harrow"}, nil},
		{"guard: the surname Di", "The films are loosely based on Di Wenjun, a real official of the Tang court.",
			nil, []string{"Character:di wenjun"}},
		{"guard: a modifier before no rank", "Senior Vice Dale Ormond of the network approved the series.",
			nil, []string{"Character:senior vice dale ormond"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}

// TestUntitledDramaRanks checks untitledForm on the ranks of crime drama:
// the name without its rank, a modifier before the rank dropped with it.
func TestUntitledDramaRanks(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"abbreviated rank", "DCI Marla Quint", "Marla Quint"},
		{"foreign rank", "Commissario Sandro Pellicano", "Sandro Pellicano"},
		{"modifier and rank", "Senior Sergeant Ada Merridew", "Ada Merridew"},
		{"modifier before no rank", "Senior Vice Dale Ormond", "Senior Vice Dale Ormond"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := untitledForm(c.in); got != c.want {
				t.Errorf("untitledForm(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}
