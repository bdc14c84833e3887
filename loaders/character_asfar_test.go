package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestFarActorDescribedParts checks partAfterAs on invented sentences: a
// description of three words or more led by an article (commas and a
// possessive noun among its words) makes the name after "as" a part with
// the actor far before; "of", a preposition after a comma, a possessive
// after the name and a naming word before "as" do not.
func TestFarActorDescribedParts(t *testing.T) {
	cases := []struct {
		name string
		text string
		key  string
		want kg.NodeType
	}{
		{"commas between describing words", "Tollgate\n\nTollgate returns in May. Wendell Ashe, the character actor who spent six seasons as the sweaty, fast-talking pawnbroker Orrin Vasko on Tollgate, died Friday.", "orrin vasko", kg.Character},
		{"a possessive noun", "Tollgate\n\nTollgate returns in May. He was a regular on the soap Harbourside in the late 1990s, as the clinic's long-suffering porter Ruel Tamsin.", "ruel tamsin", kg.Character},
		{"of: a relation, not the part", "Tollgate\n\nTollgate returns in May. The sequel casts Brann as the son of Wendell Ashe's bumbling sheriff Orrin Vasko.", "wendell ashe", kg.Person},
		{"a possessive after the name", "Tollgate\n\nTollgate returns in May. He appeared in Tollgate as a young border agent shadowing Wendell Ashe's Marshal Vasko.", "wendell ashe", kg.Person},
		{"a preposition after a comma", "Tollgate\n\nTollgate returns in May. Nessa Pryne plays the heroine as a young woman, with Ilse Brenwick taking over in later episodes.", "ilse brenwick", kg.Person},
		{"a naming word before as", "Tollgate\n\nTollgate returns in May. Nessa Pryne plays Ada Vell, better known to the town as the masked courier Lady Nightjar.", "ada vell", kg.Character},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := runArticle(t, c.text)
			found := false
			for i := range a.ments {
				if m := &a.ments[i]; m.key == c.key {
					found = true
					if (m.typ == kg.Character) != (c.want == kg.Character) {
						t.Errorf("%q typed %q, want %q", m.text, m.typ, c.want)
					}
				}
			}
			if !found {
				t.Errorf("no mention %q", c.key)
			}
		})
	}
}
