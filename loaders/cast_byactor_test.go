package loaders

import "testing"

// TestCastByActor checks "played by P" read from the actor's side:
// describing words before the name, words of manner or time before "by",
// a list of actors, a part heading an appositive with names inside, and
// the shapes that give nothing (a denial, a thing played, earlier films),
// on invented sentences.
func TestCastByActor(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"appositive with a name inside", "That would be Tilly Fox, the town's version of a sheriff, played by Tilda Marsh in a cameo.",
			[]string{"ACTED_IN tilda marsh -> iron creek as tilly fox"}, nil},
		{"name after a preposition is no part", "The new villain is Moss Vane, the ruler of the hidden valley of Korrin, played by Omar Reyes.",
			[]string{"ACTED_IN omar reyes -> iron creek as moss vane"}, nil},
		{"demonym and job before the name", "The new villain is Moss Vane, the ruler of the hidden valley, played by the Chilean actor Omar Reyes.",
			[]string{"ACTED_IN omar reyes -> iron creek as moss vane"}, nil},
		{"age before the name", "Their daughter Pip, played by 13-year-old Lin Chao, is safely off screen.",
			[]string{"ACTED_IN lin chao -> iron creek as pip"}, nil},
		{"hyphenated job and himself", "Sackjaw himself is played by stuntman-turned-actor Omar Reyes, who spent weeks in the mask.",
			[]string{"ACTED_IN omar reyes -> iron creek as sackjaw"}, nil},
		{"once again before played", "His wife, the housekeeper Mrs Vane, is once again played by Tilda Marsh.",
			[]string{"ACTED_IN tilda marsh -> iron creek as mrs vane"}, nil},
		{"manner phrase before by", "The old man is Moss Vane, played in performance capture by Omar Reyes, with Lin Chao providing the voice.",
			[]string{"ACTED_IN omar reyes -> iron creek as moss vane"}, nil},
		{"pronoun part", "The ancient god, Quell, finally gets lines, and he is voiced by Omar Reyes, who directed the last one.",
			[]string{"ACTED_IN omar reyes -> iron creek"}, nil},
		{"list of actors", "His kids, played by Tilda Marsh and Omar Reyes, end up the size of ants.",
			[]string{"ACTED_IN tilda marsh -> iron creek", "ACTED_IN omar reyes -> iron creek"}, nil},
		{"commas around as before", "Yet here he is again, voiced, as before, by Omar Reyes, who co-wrote the original film.",
			[]string{"ACTED_IN omar reyes -> iron creek"}, nil},
		{"denied", "Tilly Fox will not be played by Tilda Marsh this time.",
			nil, []string{"ACTED_IN tilda marsh -> iron creek", "ACTED_IN tilda marsh -> iron creek as tilly fox"}},
		{"a thing played", "The song, played by Tilda Marsh on the piano, closes the film.",
			nil, []string{"ACTED_IN tilda marsh -> iron creek"}},
		{"earlier installments", "Lin Chao takes over the role of Ranger Moss, who was voiced in previous installments by the late Tilda Marsh.",
			nil, []string{"ACTED_IN tilda marsh -> iron creek", "ACTED_IN tilda marsh -> iron creek as ranger moss"}},
		{"an earlier film by its year", "The other is Moss Vane, the mayor played by Omar Reyes in the 1975 film, and played by Lin Chao here.",
			nil, []string{"ACTED_IN omar reyes -> iron creek", "ACTED_IN omar reyes -> iron creek as moss vane"}},
		{"as after the name is read by the as rule", "The sisters are voiced by Tilda Marsh as Pip, Lin Chao as Bolt and Ezra Pell as Tilly.",
			[]string{"ACTED_IN tilda marsh -> iron creek as pip", "ACTED_IN lin chao -> iron creek as bolt"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
