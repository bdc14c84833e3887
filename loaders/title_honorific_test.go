package loaders

import "testing"

// TestJoinSelfNamedPossessives checks joinSelfNamedPossessives: an
// honorific name's possessive before a colon title naming the same person
// is one film title; one whose subtitle names someone else is not joined.
func TestJoinSelfNamedPossessives(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"self-named", "Mrs. Vane's Final Bow: A Vane Story is now streaming on Peacock. Mara Tolvane plays Ada Vane.",
			[]string{"Film:mrs. vane's final bow: a vane story"}, []string{"Person:mrs. vane"}},
		{"other subtitle", "Dr. Quill's Final Bow: A Harbor Story is now streaming on Peacock.",
			nil, []string{"Film:dr. quill's final bow: a harbor story"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text)
			checkLines(t, ents, c.want, c.not)
		})
	}
}
