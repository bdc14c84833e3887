package loaders

import "testing"

// TestRepeatedSpeakerLabelsTwoWords checks repeatedLabel: in an interview whose
// questions are not labelled "Q:", a name opening three lines before a
// colon (the first time with a given name before it) is a speaker label,
// no title joined to the words after it.
func TestRepeatedSpeakerLabelsTwoWords(t *testing.T) {
	interview := "Drift Point returns\n\nVelkaran Oru on the new season.\n\nWhere does it start?\n\nVelkaran Oru: Right there. The season opens in the harbour.\n\nAnd the cast?\n\nOru: Honestly, the same.\n\nWhy?\n\nOru: Because it works.\n\nAnd next?\n\nOru: Rest.\n"
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"labels split from the answer", interview, nil, []string{"Film:velkaran oru: right", "Film:oru: honestly"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text)
			checkLines(t, ents, c.want, c.not)
		})
	}
}
