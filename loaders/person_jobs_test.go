package loaders

import (
	"testing"
)

// TestExecTitles checks trimExecTitles and trimAgencyRanks: a company
// and an executive's title before a personal name leave the personal
// name, a person; an agency and a rank before a name leave a character.
func TestExecTitles(t *testing.T) {
	cases := []struct {
		name     string
		text     string
		want     []string
		unwanted []string
	}{
		{"ceo", "News\n\nThe deal was announced by Lumen CEO Dana Roark at the company's annual meeting.",
			[]string{"Person:dana roark"}, []string{"Person:lumen ceo dana roark"}},
		{"co-ceo", "News\n\nStreamly co-CEO Ted Marcato said the series would return.",
			[]string{"Person:ted marcato"}, nil},
		{"agency rank", "News\n\nGlass Haven is back. Lena Frell's FBI Special Agent Mara Vance gets more room this time.",
			[]string{"Character:mara vance"}, []string{"Character:fbi special agent mara vance"}},
		{"agency and words before the rank", "News\n\nGlass Haven is back, with CIA Deputy Station Chief Tom Ardent in charge.",
			[]string{"Character:tom ardent"}, nil},
		{"no personal name after", "News\n\nThe Lumen CEO Summit opens in May.",
			nil, []string{"Person:summit"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text)
			checkLines(t, ents, c.want, c.unwanted)
		})
	}
}
