package loaders

import "testing"

// TestWillOpensName checks that "Will" after a list bullet, or before a
// possessive in a sentence ending in a full stop, opens a personal name,
// and that a headline or question keeps it a modal.
func TestWillOpensName(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"bullet dash", "Cast\n\n- Will Tanner as Orrin Pell, a sales rep\n- Ivo Brandt as Mark Soule, his boss\n", []string{"Person:will tanner"}, []string{"Person:tanner"}},
		{"bullet dot", "Cast\n\n• Will Tanner as Orrin Pell\n• Ivo Brandt as Mark Soule\n", []string{"Person:will tanner"}, []string{"Person:tanner"}},
		{"possessive statement", "News\n\nWill Tanner's Orrin Pell is back as well.\n", []string{"Person:will tanner"}, []string{"Person:tanner"}},
		{"guard: possessive question", "News\n\nWill Ivo Brandt's film open in May?\n", nil, []string{"Person:will ivo brandt"}},
		{"guard: possessive headline", "Will Ivo Brandt's Sequel Ever Happen\n\nThe studio said nothing.\n", nil, []string{"Person:will ivo brandt"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text)
			checkLines(t, ents, c.want, c.not)
		})
	}
}
