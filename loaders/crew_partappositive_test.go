package loaders

import "testing"

// TestPartBeforeAppositive checks that a crew noun in the appositive after
// a part's name (a part verb or "as" before the name) gives the part no
// crew credit, while an appositive after a person still does
// (partBeforeAppositive). Invented sentences and names.
func TestPartBeforeAppositive(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"plays C, the director whose", "Harrow Vale is a 1984 film. Tobin Marsh directs the follow-up and once again plays Cal Renfrew, the earnest commercials director whose documentary made the band famous.",
			[]string{"ACTED_IN tobin marsh -> harrow vale (cal renfrew)"}, []string{"DIRECTED cal renfrew -> harrow vale"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, claims, c.want, c.not)
		})
	}
}
