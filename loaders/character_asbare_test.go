package loaders

import (
	"testing"
)

// TestBareAsParts checks typeLateDescribedParts on names right after "as"
// with no describing words, and on longer descriptions, with a title
// between the actor and the "as" passed over: a casting word makes the
// name a part; a list of actors, an owner and a clause with no casting
// word are left alone.
func TestBareAsParts(t *testing.T) {
	cases := []struct {
		name    string
		text    string
		want    []string // claims
		notWant []string
	}{
		{"title between, a clause after", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May, directed by Zhavri Tolmenko. Ilse Kovander starred in Pell Harbour as Corlan Bastable for nearly a decade.",
			[]string{"ACTED_IN ilse kovander -> pell harbour (corlan bastable)"}, nil},
		{"title between, a description after", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May, directed by Zhavri Tolmenko. Ilse Kovander appeared in the miniseries Pell Harbour as Maudie Grint, the botany teacher.",
			[]string{"ACTED_IN ilse kovander -> pell harbour (maudie grint)"}, nil},
		{"commas and a title between", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May, directed by Zhavri Tolmenko. Ilse Kovander appeared in the comedy Pell Harbour as the sweaty, fast-talking bail bondsman Corlan Bastable.",
			[]string{"ACTED_IN ilse kovander -> pell harbour (corlan bastable)"}, nil},
		{"no casting word", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May, directed by Zhavri Tolmenko. Ilse Kovander sold the rights to Pell Harbour as Corlan Bastable did.",
			nil, []string{"ACTED_IN ilse kovander -> pell harbour (corlan bastable)"}},
		{"an owner", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May, directed by Zhavri Tolmenko. In Ilse Kovander's Pell Harbour, Brannoc Dee leads as Maudie, a nurse.",
			nil, []string{"ACTED_IN ilse kovander -> pell harbour (maudie)"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.notWant)
		})
	}
}
