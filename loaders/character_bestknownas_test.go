package loaders

import "testing"

// TestBestKnownAsParts checks the career aside "P, best known as C on F"
// read as P's part C in F (bestKnownAsParts), and that a stage name
// ("better known as C" with no work after it) is not taken for a part.
func TestBestKnownAsParts(t *testing.T) {
	cases := []struct {
		name            string
		text            string
		want, not       []string // claims
		wantEnt, notEnt []string // entities
	}{
		{"appositive aside with in and a film",
			"News\n\nThe Salt Ledger opens in June. Sam Clavin, best known as Finn Odair in The Iron Harvest, is the film's villain.",
			[]string{"ACTED_IN sam clavin -> iron harvest (finn odair)"}, nil,
			[]string{"Character:finn odair"}, []string{"Person:finn odair"}},
		{"then best known, on a network's series",
			"News\n\nThe Salt Ledger opens in June. Clint Eastman, then best known as Rowdy Yate on CBS's Rawhide Trail, plays a drifter.",
			[]string{"ACTED_IN clint eastman -> rawhide trail (rowdy yate)"}, nil,
			[]string{"Character:rowdy yate"}, nil},
		{"a one-word part and a surname",
			"News\n\nThe Salt Ledger opens in June with Rob Howerly. Howerly, best known as Dennis on The Sunny Hours, is the wrecking ball.",
			[]string{"ACTED_IN rob howerly -> sunny hours (dennis)"}, nil,
			[]string{"Character:dennis"}, nil},
		{"a stage name is no part",
			"News\n\nThe Salt Ledger opens in June. Dana Holt, better known as Kid Dusk, plays the bartender.",
			nil, nil,
			nil, []string{"Character:kid dusk"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.not)
			checkLines(t, ents, c.wantEnt, c.notEnt)
		})
	}
}
