package loaders

import (
	"testing"
)

// TestCopulaPartForms checks the forms typeCopulaParts gained on invented
// sentences: bare describing words before the part ("P is gym owner C"),
// an adverb after the copula ("P is still C"), "will be", and the subject
// before its appositive ("P, an Oscar nominee for F, is C"); a job noun
// or no name after the copula leaves the sentence alone.
func TestCopulaPartForms(t *testing.T) {
	cases := []struct {
		name    string
		text    string
		want    []string // claims
		notWant []string
	}{
		{"bare describing words", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Lena Oskar is gym owner Mickey Granger.",
			[]string{"PORTRAYED lena oskar -> mickey granger"}, nil},
		{"adverb after the copula", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Tom Ludd is Luther, and Ann Veld is still Roxie Dunn.",
			[]string{"PORTRAYED ann veld -> roxie dunn"}, nil},
		{"will be", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Tomas Varga will be Ted Hastor.",
			[]string{"PORTRAYED tomas varga -> ted hastor"}, nil},
		// the film of the appositive is named in passing: the part is in
		// the article's series
		{"subject before its appositive", "The Wexmoor\n\nThe drama series The Wexmoor returns on Streamly in May. Lena Oskar, an Oscar nominee for The Gannets, is Kate Mallory.",
			[]string{"ACTED_IN lena oskar -> wexmoor (kate mallory)"}, []string{"ACTED_IN lena oskar -> gannets (kate mallory)"}},
		{"passive", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. The studio said Lena Oskar was appointed Dora Lind.",
			nil, []string{"PORTRAYED lena oskar -> dora lind"}},
		{"job noun", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Lena Oskar is executive producer Dora Lind.",
			nil, []string{"PORTRAYED lena oskar -> dora lind"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.notWant)
		})
	}
}
