package loaders

import "testing"

// TestJobCopulaParts checks typeJobCopulaParts on invented sentences: a
// name a job noun describes after "P is" (or "P appears as") is a part,
// since two people's names are not one person; a subject that is no
// person, a possessive after the name, a preposition or a performer's
// noun leaves the name a person.
func TestJobCopulaParts(t *testing.T) {
	cases := []struct {
		name    string
		text    string
		want    []string // entities
		notWant []string
	}{
		{"acronym and crew noun", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Jorin Valdek is NASA director Lionel Marsh.",
			[]string{"Character:lionel marsh", "Person:jorin valdek"}, []string{"Person:lionel marsh"}},
		{"bare job words", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Kim Rastel is team principal Rupert Wollin.",
			[]string{"Character:rupert wollin"}, []string{"Person:rupert wollin"}},
		{"possessive owner and an appositive comma", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Joel Pardue is the Otters' stern head coach, Al Brindle.",
			[]string{"Character:al brindle"}, []string{"Person:al brindle"}},
		{"place and rank", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Chris Haldane is Brackwater sheriff Abel Jonson, a hard man.",
			[]string{"Character:abel jonson"}, nil},
		{"who plays and a performer's noun", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. The big addition is Karl Venholt, who plays the washed-up action-movie star Johnny Stave.",
			[]string{"Character:johnny stave", "Person:karl venholt"}, []string{"Person:johnny stave"}},
		{"plays an actress", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Jane Doyle plays actress Nora Belfrey, a fading star.",
			[]string{"Character:nora belfrey"}, nil},
		{"no person before the verb", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. The studio's chief is director Tom Haverill.",
			[]string{"Person:tom haverill"}, []string{"Character:tom haverill"}},
		{"a possessive after the name", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Jane Doyle is director Tom Haverill's wife.",
			[]string{"Person:tom haverill"}, []string{"Character:tom haverill"}},
		{"a preposition before the job", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Jane Doyle is with director Tom Haverill.",
			[]string{"Person:tom haverill"}, []string{"Character:tom haverill"}},
		{"copula before a crew noun", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Mara Voss is the investigations editor Ruth Calder, dry and careful.",
			[]string{"Character:ruth calder", "Person:mara voss"}, []string{"Person:ruth calder"}},
		{"a co-worker after a progressive verb", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Mara Voss is bringing along her regular cinematographer, Ruth Calder.",
			[]string{"Person:ruth calder"}, []string{"Character:ruth calder"}},
		{"a performer's noun", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Jane Doyle is actress Nora Belfrey.",
			nil, []string{"Character:nora belfrey"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text)
			checkLines(t, ents, c.want, c.notWant)
		})
	}
}
