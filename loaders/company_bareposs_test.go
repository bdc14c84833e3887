package loaders

import "testing"

// TestBarePossessorCompany checks, on invented sentences, that a one-word
// name with nothing personal about it, before a possessive and a title of
// two words or more, is the company that puts the title out; a place, a
// surname of the article's people, a name after a particle, a title's own
// "The" and a title that describes a noun are left alone.
func TestBarePossessorCompany(t *testing.T) {
	const head = " date 2026-05-01\nA Veteran Writer Moves On\n\nMarla Quenby has left the writers' room of Ashen Coulee. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"before a series title", "Her credits include Quillon's Salt Harbour, on which she was a producer.",
			[]string{"DISTRIBUTED quillon -> salt harbour"}, nil},
		{"before a title and which", "She also wrote for Quillon's Salt Harbour, which ran for three seasons.",
			[]string{"DISTRIBUTED quillon -> salt harbour"}, nil},
		{"a place", "She was seen in Vantor's Salt Harbour, and in Norway's Grand Arcade.",
			nil, []string{"DISTRIBUTED norway -> grand arcade"}},
		{"a surname of the article", "Her credits include Quenby's Salt Harbour, on which she was a producer.",
			nil, []string{"DISTRIBUTED quenby -> salt harbour"}},
		{"after a particle", "She acted in Rafe de Varn's Salt Harbour, her first role.",
			nil, []string{"DISTRIBUTED varn -> salt harbour"}},
		{"a noun after the title", "She cut Quillon's Salt Harbour footage into a reel.",
			nil, []string{"DISTRIBUTED quillon -> salt harbour"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
