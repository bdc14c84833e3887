package loaders

import "testing"

// TestCopulaOwnerPronoun checks the cast's possessive pronoun in
// copulaCastMore: "P was their C" and "P is still our C" credit the part;
// "his" or "her" before a name is left alone.
func TestCopulaOwnerPronoun(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"their in a remake", "Dorin Vale starred as Kit Maro in Dark Harbour. In the remake, the actor Jonah Wirth was their Kit Maro and Lena Osk was their Ada Venn.",
			[]string{"ACTED_IN jonah wirth -> dark harbour (kit maro)", "ACTED_IN lena osk -> dark harbour (ada venn)"}, nil},
		{"still our", "Kit Maro leads Dark Harbour. Jonah Wirth is still our Kit Maro.",
			[]string{"Character:kit maro", "PORTRAYED jonah wirth -> kit maro"}, nil},
		{"guard: her", "Kit Maro leads Dark Harbour. Jonah Wirth was her Kit Maro.",
			nil, []string{"PORTRAYED jonah wirth -> kit maro"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, claims := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, append(ents, claims...), c.want, c.not)
		})
	}
}
