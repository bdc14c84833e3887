package loaders

import "testing"

// TestMoreCompanyContexts checks moreCompanyContext's shapes on invented
// sentences: a name after "his company" or "the French studio", a
// possessive before a genre and a title, "went straight to X", "in
// development at X", a trailer's subject, a network's name describing a
// show; and the names they leave alone.
func TestMoreCompanyContexts(t *testing.T) {
	cases := []struct {
		name         string
		text         string
		want, notEnt []string
	}{
		{"after his company", "News\n\nAll three were productions through his company Corvane.", []string{"Organisation:corvane"}, nil},
		{"after the studio, a comma", "News\n\nIt is animated by the French studio, Brisque, which she co-owns.", []string{"Organisation:brisque"}, nil},
		{"a company name cut at 'and'", "News\n\nIt is in development, with her company Harlow and Finch Productions producing.", nil, []string{"Organisation:harlow"}},
		{"a person after the company head noun", "News\n\nIt was made by Harlow Films, the company Tessa Vane runs.", nil, []string{"Organisation:tessa vane"}},
		{"possessive before a genre and a title", "News\n\nNew this week, Corvane's slasher romance Red Lanterns took $8 million.", []string{"Organisation:corvane"}, nil},
		{"possessive before a genre, no title", "News\n\nThen came Wexmoor's slasher romance about two teachers.", nil, []string{"Organisation:wexmoor"}},
		{"straight to an outlet", "News\n\nBoth spin-offs went straight to Lumenly.", []string{"Organisation:lumenly"}, nil},
		{"straight to a format", "News\n\nThe third film went straight to DVD.", nil, []string{"Organisation:dvd"}},
		{"in development at an outlet", "News\n\nA sequel series is now in development at Brightwave.", []string{"Organisation:brightwave"}, nil},
		{"a trailer's subject", "News\n\nLumenly has finally dropped the full trailer for the sequel.", []string{"Organisation:lumenly"}, nil},
		{"a network before a genre and a title", "News\n\nShe most recently led the Corvane comedy Stray Dogs.", []string{"Organisation:corvane"}, nil},
		{"a network before a show noun", "News\n\nIt is set between the 2002 Corvane series and the 2005 feature.", []string{"Organisation:corvane"}, nil},
		{"a department before a corporate noun", "News\n\n\"Audiences missed this,\" a Corvane distribution executive said.", []string{"Organisation:corvane"}, nil},
		{"a possessive before a follow-up", "News\n\nIt is Corvane's long-awaited follow-up to last year's hit.", []string{"Organisation:corvane"}, nil},
		{"guard: a franchise's film", "News\n\nSo, a third Harrowgate film?", nil, []string{"Organisation:harrowgate"}},
		{"guard: an ordinal before a show", "News\n\nIt is the third Harrowgate series in a decade.", nil, []string{"Organisation:harrowgate"}},
		{"guard: a part before a genre", "News\n\nShe was the fortune-teller Madame Oriel in the comedy Late Bloom.", nil, []string{"Organisation:madame oriel"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text)
			checkLines(t, ents, c.want, c.notEnt)
		})
	}
}

// TestCompanyAppositiveAfterPlace checks that "in the U.S., O's genre F"
// credits the company with F, not with the place before the comma.
func TestCompanyAppositiveAfterPlace(t *testing.T) {
	text := " date 2026-05-01\nBox Office\n\nCorvane Pictures has a hit. New in the U.S., Corvane Pictures' slasher romance Red Lanterns carved out $8 million.\n"
	checkLines(t, localFacts(t, text), []string{"DISTRIBUTED corvane pictures -> red lanterns"}, []string{"PRODUCED corvane pictures -> u.s."})
}
