package loaders

import (
	"testing"
)

// TestKnownAsParts checks knownAsParts on invented sentences: a name
// after "known (only) as" that ends a part's description after a part
// verb or "as" is the actor's part; a name known as outside a part's
// description, or a person's, is left alone.
func TestKnownAsParts(t *testing.T) {
	const lead = "The Wexmoor\n\nThe Wexmoor returns on Streamly in May, directed by Zhavri Tolmenko. "
	cases := []struct {
		name    string
		text    string
		want    []string // claims
		notWant []string
	}{
		{"after a part verb", lead + "Ilse Kovander plays the Vorrel agent known as Number Eleven.",
			[]string{"PORTRAYED ilse kovander -> number eleven"}, nil},
		{"known only as, far subject", lead + "Ilse Kovander has boarded the sequel, Streamly's long-gestating follow-up to 2008's hit, and will play the film's villain, a disgraced immortal known only as Heldric, sources tell us.",
			[]string{"PORTRAYED ilse kovander -> heldric"}, nil},
		{"after as, with the", lead + "Ilse Kovander returns as the nameless assassin known as the Heldric, with Bram Oduya back as Maudie Grint.",
			[]string{"PORTRAYED ilse kovander -> heldric", "PORTRAYED bram oduya -> maudie grint"}, nil},
		{"the actor known as", lead + "Ilse Kovander, known as Heldric to her fans, plays Maudie.",
			nil, []string{"PORTRAYED ilse kovander -> heldric"}},
		{"a book known as", lead + "Ilse Kovander wrote the book known as Heldric.",
			nil, []string{"PORTRAYED ilse kovander -> heldric"}},
		{"a clause between", lead + "Ilse Kovander plays the pilot who flies the ship known as Heldric.",
			nil, []string{"PORTRAYED ilse kovander -> heldric"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.notWant)
		})
	}
}

// TestSameSentenceCredit checks that giveActorPart gives a part found
// after the actor to the credit of the same sentence that names its film,
// not to the article's production, unless that film is named in a
// clause after a comma ("P, who played the poet in F, is C").
func TestSameSentenceCredit(t *testing.T) {
	const lead = "The Tollgate\n\nThe Tollgate, the new thriller from Zhavri Tolmenko, opens on Streamly in May. "
	cases := []struct {
		name    string
		text    string
		want    []string // claims
		notWant []string
	}{
		{"the cast list's film", lead + "I made Wexmoor, a western set in the desert, with Ilse Kovander as Sheriff Maudie Grint and Bram Oduya as the town's mayor, Heldric Vance.",
			[]string{"ACTED_IN bram oduya -> wexmoor (heldric vance)"}, []string{"ACTED_IN bram oduya -> the tollgate (heldric vance)"}},
		{"an earlier film after a comma", lead + "Bram Oduya, who played the poet in Orvin Lake's Wexmoor, is Heldric, the only brother who stays.",
			nil, []string{"ACTED_IN bram oduya -> wexmoor (heldric)"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.notWant)
		})
	}
}
