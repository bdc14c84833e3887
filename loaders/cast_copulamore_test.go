package loaders

import "testing"

// TestCopulaCastMore checks the cast copulas beyond "P is C": an
// appositive before the verb, adverbs after it, an age before the part,
// a tie to another part before its name, and the shapes that give
// nothing, on invented sentences.
func TestCopulaCastMore(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"once again", "Karl Meyer is once again Captain Sven Dahl, the harbour master.",
			[]string{"ACTED_IN karl meyer -> iron creek as captain sven dahl"}, nil},
		{"still", "Karl Meyer is still Sven Dahl, and honestly Dahl is the soul of the team.",
			[]string{"ACTED_IN karl meyer -> iron creek as sven dahl"}, nil},
		{"appositive with and", "Karl Meyer, all smiles and aviators, is Captain Sven Dahl, the head of the squad.",
			[]string{"ACTED_IN karl meyer -> iron creek as captain sven dahl"}, nil},
		{"appositive with a title", "Karl Meyer, an Emmy nominee for The Amber Strait, is Sven Dahl, a union organiser.",
			[]string{"ACTED_IN karl meyer -> iron creek as sven dahl"}, nil},
		{"young parts in a row", "Anna Roos was young Tess, Karl Meyer was young Rolf and Lena Frey was young Pip.",
			[]string{"ACTED_IN anna roos -> iron creek as tess", "ACTED_IN karl meyer -> iron creek as rolf", "ACTED_IN lena frey -> iron creek as pip"}, nil},
		{"tie before the name", "Jonas Ekberg plays Rolf, and Lena Frey is Tess's stepdaughter, Pip Varga.",
			[]string{"ACTED_IN lena frey -> iron creek as pip varga"}, []string{"ACTED_IN lena frey -> iron creek as tess"}},
		{"possessive praise is no part", "Karl Meyer, who won an Emmy last year, is Britain's finest.",
			nil, []string{"ACTED_IN karl meyer -> iron creek", "ACTED_IN karl meyer -> iron creek as britain"}},
		{"company possessive is no part", "Karl Meyer, the star of the show, was Netflix's biggest hit.",
			nil, []string{"ACTED_IN karl meyer -> iron creek as netflix"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
