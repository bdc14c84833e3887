package loaders

import "testing"

// TestOpeningPreposition checks that a preposition opening a sentence is
// no part of the capitalised name after it ("In Harrow QC, ...", "Is
// Wolf Hollow 3 happening?", "At No 2, ..."), and that a run the article
// met whole before keeps it.
func TestOpeningPreposition(t *testing.T) {
	const head = "Hilda Marsh, Stalwart of Legal Dramas, Dies at 88\n\nHilda Marsh, the actress best known for legal dramas, has died aged 88.\n\n"
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a drama named after In and a comma",
			head + "In Harrow QC, Carlton's drama for ITV, she played the senior clerk Brenda Lyle across all five series.",
			[]string{"harrow qc"}, []string{"in harrow qc"}},
		{"a season after In is no title",
			head + "In Season 2, Sasson Vell joins as Nukhem, the brother from Antwerp.",
			nil, []string{"in season 2"}},
		{"a chart place after At is no title",
			head + "At No 2, Universal Pictures' One Evening opened with £1.9m.",
			[]string{"one evening"}, []string{"at no 2"}},
		{"a question opened by Is",
			head + "Is Wolf Hollow 3 happening?",
			[]string{"wolf hollow 3"}, []string{"is wolf hollow 3"}},
		{"a title met whole before keeps its preposition",
			head + "She starred in In Harrow Vale in 1990. In Harrow Vale, she played a nurse.",
			[]string{"in harrow vale"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionKeys(c.text), c.want, c.not)
		})
	}
}
