package loaders

import "testing"

// TestRespectiveParts checks the pairing of a list of actors with a list of
// parts of the same length, in order, on invented sentences: parts before
// the actors in brackets or after "played by" (respectiveParts), parts
// after the actors and an owned plural or two kin nouns (alignedCastClaims
// with partNounVerb), a first name that takes the family's surname
// (shareFamilyName), and the claims that cross the pairs dropped
// (dropCrossedParts).
func TestRespectiveParts(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"parts, then their actors in brackets", "Harrow Vale is a 2014 thriller. Mick goes after two hikers, Tamsin and Oriel (Bram Kessel and Ines Dorrow).",
			[]string{"ACTED_IN bram kessel -> harrow vale (tamsin)", "ACTED_IN ines dorrow -> harrow vale (oriel)"}, []string{"ACTED_IN bram kessel -> harrow vale (oriel)"}},
		{"parts, then played by their actors", "Harrow Vale is a 2014 thriller. The soap has tried spin-offs before: the online series Vale: Nights, which followed a group of teenagers, ran on the BBC website in 2010, and the spin-off drama Tidewater (2017) sent Vin and Rosa Hallett, played by Ada Munt and Jory Pellow, to the coast.",
			[]string{"ACTED_IN ada munt -> tidewater (vin)", "ACTED_IN jory pellow -> tidewater (rosa hallett)"},
			[]string{"ACTED_IN ada munt -> tidewater (rosa hallett)", "ACTED_IN ada munt -> harrow vale", "ACTED_IN jory pellow -> harrow vale"}},
		{"parts in an appositive, then are now played by", "Harrow Vale is a 2014 comedy. Their wives, the princesses Joella and Elsbeth, are now played by Jayne Mayo and Erin Halley, and their scenes are the best.",
			[]string{"PORTRAYED jayne mayo -> joella", "PORTRAYED erin halley -> elsbeth"}, []string{"PORTRAYED jayne mayo -> elsbeth"}},
		{"an owner's plural before the parts", "Harrow Vale is a 2014 thriller. Nadia Crane and Joel Farrow play Lio's parents, Cora and Silas Venn.",
			[]string{"ACTED_IN nadia crane -> harrow vale (cora venn)", "ACTED_IN joel farrow -> harrow vale (silas venn)"},
			[]string{"ACTED_IN joel farrow -> harrow vale (cora venn)", "ACTED_IN joel farrow -> harrow vale (lio)"}},
		{"a family surname of three words", "Harrow Vale is a 2014 thriller. Nadia Crane and Joel Farrow played Lio's parents, Theo and Ada Birk Venn.",
			[]string{"ACTED_IN nadia crane -> harrow vale (theo birk venn)", "ACTED_IN joel farrow -> harrow vale (ada birk venn)"},
			[]string{"ACTED_IN joel farrow -> harrow vale (theo)", "Character:theo"}},
		{"two kin nouns", "Harrow Vale is a 2014 thriller. Ana Marlow and Gus Bellings are back as Pip's mum and stepdad, Lenna and Vico.",
			[]string{"ACTED_IN ana marlow -> harrow vale (lenna)", "ACTED_IN gus bellings -> harrow vale (vico)"}, []string{"ACTED_IN gus bellings -> harrow vale (lenna)"}},
		{"guard: the last name owns an appositive", "Harrow Vale is a 2014 thriller. Joan Marley is icy as the warden, Clara Hessing, and Ivan McShay steals every scene as Coach, Ames's mechanic.",
			[]string{"ACTED_IN ivan mcshay -> harrow vale (coach)"}, []string{"ACTED_IN clara hessing -> harrow vale (coach)", "ACTED_IN ivan mcshay -> harrow vale (ames)"}},
		{"guard: companies before brackets", "Harrow Vale is a 2014 thriller. It was produced by Warner Bros. and Lionsgate (Ada Munt and Jory Pellow).",
			nil, []string{"ACTED_IN ada munt -> harrow vale (lionsgate)", "Character:lionsgate"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, claims := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, append(ents, claims...), c.want, c.not)
		})
	}
}
