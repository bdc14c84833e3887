package loaders

import "testing"

// TestCharacterForms checks the document-level typing of other forms of
// a character (keepCharacterForms, mergeNicknames), the middle-initial
// person shape (middleInitial), "voice both A and B" (typeVoicedLists)
// and the ranks of characterRanks: each case lists entities that must be
// found and ones that must not.
func TestCharacterForms(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"quoted nickname of a part", "The show follows Henrietta \"Etta\" Vance, a courier in a drowned city. In the films Nora Quist played Etta opposite Ivo Serro.",
			[]string{"Character:henrietta \"etta\" vance"}, []string{"Person:henrietta \"etta\" vance", "Character:etta"}},
		{"surname of a part", "Lena Varga plays Nina Voss in the sequel. The story picks up years after Hal Voss vanished from the harbour town.",
			[]string{"Character:nina voss", "Character:hal voss"}, []string{"Person:hal voss"}},
		{"guard: surname of an actor too", "Lena Voss plays Nina Voss in the sequel, while Hal Voss wrote the score.",
			[]string{"Person:hal voss"}, []string{"Character:hal voss"}},
		{"full name before its given name as a part", "Tessa Marwick has outlived three studios. In the reboot Ines Calder plays Tessa, a salvage pilot.",
			[]string{"Character:tessa marwick"}, []string{"Person:tessa marwick"}},
		{"guard: a person named after the part", "In the reboot Ines Calder plays Tessa, a salvage pilot. Tessa Marwick wrote the songs.",
			[]string{"Person:tessa marwick"}, []string{"Character:tessa marwick"}},
		{"guard: a name used as a label", "It is the 2019 Tessa Marwick fantasia. In the reboot Ines Calder plays Tessa, a salvage pilot.",
			nil, []string{"Character:tessa marwick"}},
		{"guard: listed with a person", "The studio run by Tessa Marwick and Ola Brand made it. In the reboot Ines Calder plays Tessa, a salvage pilot.",
			nil, []string{"Character:tessa marwick"}},
		{"middle initial", "The rabbits are voiced by Orla K. Brandt and Tove Lind.",
			[]string{"Person:orla k. brandt"}, nil},
		{"voice both", "Ravi Nair is back to voice both Moss Toad and Rook Crane in the sequel.",
			[]string{"Character:moss toad", "Character:rook crane"}, []string{"Person:moss toad"}},
		{"councilor and headmistress", "Dana Pell joins as Councilor Mirel Osk, and Headmistress Grusk runs the academy.",
			[]string{"Character:councilor mirel osk", "Character:headmistress grusk"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}

// TestReorientSwappedCredits checks reorientSwappedCredits: a credit that
// took the actor for the part turns round when the part's name speaks to
// the press elsewhere in the article and the actor's never does.
func TestReorientSwappedCredits(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"part speaks", "The panel brought out the cast of Cold Pines.\n\n- Ada Quist (Nell Dray, the band's drummer)\n\nQuist said the tour scenes were shot in one week.",
			[]string{"Person:ada quist", "Character:nell dray"}, []string{"Character:ada quist"}},
		{"guard: both speak, the bracket's reading stands", "The panel brought out the cast of Cold Pines.\n\n- Ada Quist (Nell Dray, the band's drummer)\n\nQuist said it was fun. Dray said so too.",
			[]string{"Person:ada quist", "Character:nell dray"}, []string{"Character:ada quist", "Person:nell dray"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}
