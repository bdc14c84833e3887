package loaders

import "testing"

// TestLateTitles checks lateTitles and lateCredits: the untyped names of a
// filmography in parentheses right after a person are films, and the
// person's credit in the sentence holds for each of them; parentheses
// holding a part, a personal name, a lower-case note or nothing after a
// person are left alone.
func TestLateTitles(t *testing.T) {
	for _, c := range []struct {
		name            string
		text            string
		want, notWant   []string // claims
		wantEnt, notEnt []string // entities
	}{
		{name: "an actor's two credits",
			text:    "Streamer renews spy thriller 'Harbor Lights', adds Pim Okafor\n\nJoining the cast is Pim Okafor (Norman, Footnote), who will play Tam Vessel, a veteran station chief.",
			want:    []string{"ACTED_IN pim okafor -> norman", "ACTED_IN pim okafor -> footnote", "ACTED_IN pim okafor -> harbor lights (tam vessel)"},
			wantEnt: []string{"Film:norman", "Film:footnote"}},
		{name: "a director's one credit",
			text:    "'Gravel Hearts' finds its director\n\nTosh Dellamare (Blue Ferns) directs Gravel Hearts from a script by Ula Brandt.",
			want:    []string{"DIRECTED tosh dellamare -> blue ferns", "DIRECTED tosh dellamare -> gravel hearts"},
			wantEnt: []string{"Film:blue ferns"}},
		{name: "a writer's credits joined by and",
			text:    "'Gravel Hearts' sets its writer\n\nGravel Hearts was written by Ula Brandt (Kettle and Wasp Summer).",
			want:    []string{"WROTE ula brandt -> kettle", "WROTE ula brandt -> wasp summer"},
			wantEnt: []string{"Film:kettle", "Film:wasp summer"}},
		{name: "a part with a lower-case note",
			text:   "'Gravel Hearts' adds Pim Okafor\n\nPim Okafor (Tam Vessel's brother) joins Gravel Hearts.",
			notEnt: []string{"Film:tam vessel"}},
		{name: "a personal name",
			text:   "'Gravel Hearts' adds Pim Okafor\n\nThe cast adds Pim Okafor (Dana Frell) to Gravel Hearts.",
			notEnt: []string{"Film:dana frell"}},
		{name: "no person before the parentheses",
			text:   "'Gravel Hearts' adds Pim Okafor\n\nThe studio (Kettle) hired Pim Okafor for Gravel Hearts.",
			notEnt: []string{"Film:kettle"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ents, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.notWant)
			checkLines(t, ents, c.wantEnt, c.notEnt)
		})
	}
}
