package loaders

import "testing"

// TestAsAppositiveParts checks typeAsAppositiveParts: a name right after
// "as" that a comma and "a", "an" or "the" or an owner's possessive with
// a lower-case description follow is a character even when no actor is
// read before the "as" (a pronoun, an actor's surname, a clause between); "known as", "such as",
// "it as" (another name of a thing), a description of a work and a
// sentence-opening "As P, the producer," are left alone.
func TestAsAppositiveParts(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"after a pronoun object", "The producers of Lantern Bay cast him, in 1995, as Gabrel Stoke, an angel who appears to the heroines as a carpenter.",
			[]string{"Character:gabrel stoke"}, []string{"Person:gabrel stoke"}},
		{"after a clause and a season", "Brent herself appeared in season one of Lantern Bay as Marisol Venn, the botany teacher who was secretly a villain.",
			[]string{"Character:marisol venn"}, nil},
		{"opening the sentence", "Then there is Tomas Greve. As Forlan Pitts, a smooth-talking rogue who has made himself rich, he steals every scene.",
			[]string{"Character:forlan pitts"}, nil},
		{"one word after a scene", "Nobody in Lantern Bay is better than Orla Daine, devastating in a single long scene as Ondrea, a former assistant in the harbour office.",
			[]string{"Character:ondrea"}, nil},
		{"an owner's possessive", "In Lantern Bay she also appears on screen as Hollin, Breck's partner in rehearsal.",
			[]string{"Character:hollin"}, nil},
		{"guard: such as", "The festival honoured veterans such as Tilda Marsh, a costume maker from the coast.",
			nil, []string{"Character:tilda marsh"}},
		{"guard: known as", "The old mill, known as Harlow Keep, a ruin by the river, hosts the shoot.",
			nil, []string{"Character:harlow keep"}},
		{"guard: another name of a thing", "Viewers abroad may know it as Kestrel Yard, the title the channel used when it aired there.",
			nil, []string{"Character:kestrel yard"}},
		{"guard: a real person's noun opening the sentence", "As Corvin Hale, the producer, put it, the shoot was cold.",
			nil, []string{"Character:corvin hale"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}
