package loaders

import "testing"

// TestJoinTypedHalves checks joinTypedHalves: a name the typing read as a
// film and the untyped name after it, joined by a small title word, are
// one title; a list of works joined by "and", a part before "in", a place
// after "in" and the source named before a production noun are left
// alone.
func TestJoinTypedHalves(t *testing.T) {
	for _, c := range []struct {
		name            string
		text            string
		want, notWant   []string // claims
		wantEnt, notEnt []string // entities
	}{
		{name: "the lead of a title cut at in",
			text:    "Pim Okafor joins 'Gravel Hearts'\n\nPim Okafor later took over the lead of Lanterns in Dunmore as Inspector Tam Vessel.",
			wantEnt: []string{"Film:lanterns in dunmore"},
			notEnt:  []string{"Film:lanterns"}},
		{name: "an appositive title cut at of a",
			text:    "Pim Okafor on 'Gravel Hearts'\n\nOn the first movie, Ledger of a Drifter, Pim Okafor cast Ula Brandt as Tam Vessel.",
			wantEnt: []string{"Film:ledger of a drifter"},
			notEnt:  []string{"Film:ledger"}},
		{name: "behind a title cut at and the",
			text:    "Pim Okafor joins 'Gravel Hearts'\n\nGravel Hearts was created by Pim Okafor, the writer behind Kettle and the Moonrise and Wasp, who remains showrunner.",
			wantEnt: []string{"Film:kettle and the moonrise"},
			notEnt:  []string{"Film:kettle"}},
		{name: "two works joined by and",
			text:   "Pim Okafor joins 'Gravel Hearts'\n\nPim Okafor, who starred in Ledger and Paper Moon, will play Tam Vessel in Gravel Hearts.",
			notEnt: []string{"Film:ledger and paper moon"}},
		{name: "the source of an adaptation",
			text:   "Pim Okafor joins 'Gravel Hearts'\n\nHer films include the drama Kettle and the Ula Brandt adaptation Wasp Summer.",
			notEnt: []string{"Film:kettle and the ula brandt"}},
		{name: "on the set of a title in a place",
			text:   "Pim Okafor joins 'Gravel Hearts'\n\nPim Okafor is on the set of Ledger in Tarrowmere. She plays Tam Vessel.",
			notEnt: []string{"Film:ledger in tarrowmere"}},
		{name: "a part in a film",
			text:   "Pim Okafor joins 'Gravel Hearts'\n\nPim Okafor played Doc Vane in Gravel Hearts.",
			notEnt: []string{"Film:doc vane in gravel hearts"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ents, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.notWant)
			checkLines(t, ents, c.wantEnt, c.notEnt)
		})
	}
}
