package loaders

import "testing"

// TestActorOwnedParts checks actorOwnedParts: a name owned by a credited
// actor, or by a person after "opposite", is that actor's part, maybe
// after describing words; a relation noun or a work word between them,
// or an owner nobody credits, leaves the name alone.
func TestActorOwnedParts(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"opposite an owner", "Tarek Bello plays Ivo Marsh, a rugby captain, opposite Lind's Rhea Vance. Nadia Lind joined last year.",
			[]string{"Character:rhea vance", "PORTRAYED nadia lind -> rhea vance"}, []string{"Person:rhea vance"}},
		{"credited actor and describing words", "Kit Oduya plays Sam Reyes in Cold Pines, and Oduya's hotheaded sidekick Dex Marlow returns too.",
			[]string{"Character:dex marlow", "PORTRAYED kit oduya -> dex marlow"}, nil},
		{"animate appositive after a title-typed name", "Archive footage is also used for Tomas Ravel's Vargo, the crime boss, and the city he controls.",
			[]string{"Character:vargo", "PORTRAYED tomas ravel -> vargo"}, []string{"Film:vargo"}},
		{"guard: relation noun", "Kit Oduya plays Sam Reyes in Cold Pines, and Oduya's wife Dana Marlow visited the set.",
			nil, []string{"Character:dana marlow"}},
		{"guard: owner no actor", "Ravi Nair wrote Cold Pines, and Nair's assistant Dana Marlow typed it.",
			nil, []string{"Character:dana marlow"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, claims := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, append(ents, claims...), c.want, c.not)
		})
	}
}

// TestCastGroups checks typeCastGroups: the plural name a list of actors
// plays together after "as the" is a fictional organisation, not a part;
// one actor as a plural-looking name is left alone.
func TestCastGroups(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"group of actors", "Cold Pines reunites Ivo Serro, Nadia Lind and Tove Rask as the Five Riders, the crew of thieves from the first film.",
			[]string{"Organisation:five riders"}, []string{"Character:five riders"}},
		{"guard: one actor", "Cold Pines brings back Ivo Serro as the Silent Riders, a masked vigilante.",
			nil, []string{"Organisation:silent riders"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}
