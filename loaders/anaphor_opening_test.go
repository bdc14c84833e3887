package loaders

import "testing"

// TestOpeningEntryCredits checks openingEntryCredits: a sentence opening
// with an entry described, not named ("The original", "The third film",
// "The sequel" in the past tense beside a later numbered entry), gives
// its cast credits to that entry, not to the film the article is about.
func TestOpeningEntryCredits(t *testing.T) {
	const lead = "'Harbour Lights 3' Sets Cast\n\nNoa Brandt has boarded Harbour Lights 3, the studio's third outing for the coastal mystery. Both earlier films, Harbour Lights (2015) and Harbour Lights 2 (2019), were hits. "
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"the original with an appositive",
			lead + "The original, a studio release, starred Ilse Varga as the ferrywoman Greta Holm.",
			[]string{"ACTED_IN ilse varga -> harbour lights (greta holm)"},
			[]string{"ACTED_IN ilse varga -> harbour lights 3 (greta holm)"}},
		{"the second film by its number",
			lead + "The second film moves the story to a lighthouse, with Pell Aronsen as the keeper Jonas Vik.",
			[]string{"ACTED_IN pell aronsen -> harbour lights 2 (jonas vik)"},
			[]string{"ACTED_IN pell aronsen -> harbour lights 3 (jonas vik)"}},
		{"the sequel in the past tense beside a third entry",
			lead + "The sequel, helmed by Dag Forsell, added Pell Aronsen as the keeper Jonas Vik.",
			[]string{"ACTED_IN pell aronsen -> harbour lights 2 (jonas vik)"},
			[]string{"ACTED_IN pell aronsen -> harbour lights 3 (jonas vik)"}},
		{"the sequel in the present tense is the film at hand",
			lead + "The sequel adds Pell Aronsen as the keeper Jonas Vik.",
			[]string{"ACTED_IN pell aronsen -> harbour lights 3 (jonas vik)"},
			[]string{"ACTED_IN pell aronsen -> harbour lights 2 (jonas vik)"}},
		{"another noun after original",
			lead + "The original score returns, and Pell Aronsen stars as the keeper Jonas Vik.",
			[]string{"ACTED_IN pell aronsen -> harbour lights 3 (jonas vik)"},
			[]string{"ACTED_IN pell aronsen -> harbour lights (jonas vik)"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.not)
		})
	}
}
