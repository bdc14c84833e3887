package loaders

import (
	"slices"
	"testing"
)

// TestCharacterParts checks typeNamedParts (namedPartCredit), typeKinParts,
// typeCopulaParts, parenDescribedParts, typeTheDescribedParts,
// gappedByParts, playedByCredits, coordinatedParts,
// whereParts, shareSurnames, partNounVerb, attachParts, asPartCredits and
// alignedCastClaims' described parts and appearOrphanParts on invented sentences: each case's want
// entities and claims are found and its unwanted ones are not.
func TestCharacterParts(t *testing.T) {
	cases := []struct {
		name     string
		text     string
		want     []string // entities ("Character:key") or claims ("ACTED_IN p -> f (c)")
		unwanted []string
	}{
		{"named part", "'Glass Haven' Review\n\nThe film follows a lighthouse keeper named Orla who hears voices.",
			[]string{"Character:orla"}, []string{"Person:orla"}},
		{"named part with a credit", "'Glass Haven' Review\n\nGlass Haven is a thriller. Dana Ferrow plays the villain, a ruthless smuggler named Vasko, and she is terrific.",
			[]string{"Character:vasko", "ACTED_IN dana ferrow -> glass haven (vasko)"}, nil},
		{"named part after a copula", "'Glass Haven' Review\n\nGlass Haven is a thriller. Dana Ferrow is a Bulgarian recruit named Lidka.",
			[]string{"Character:lidka", "ACTED_IN dana ferrow -> glass haven (lidka)"}, nil},
		{"named part after a distant as", "'Glass Haven' Review\n\nGlass Haven is a thriller. Dana Ferrow comes in for a few episodes as a rival chef named Rona Marsk.",
			[]string{"ACTED_IN dana ferrow -> glass haven (rona marsk)"}, nil},
		{"guard: a pronoun without the film", "'Dana Ferrow' Profile\n\nDana Ferrow has died. She was 80. She was a nurse named Orla in a soap.",
			nil, []string{"ACTED_IN dana ferrow -> glass haven (orla)"}},
		{"acronym in the describing words", "'Glass Haven' Review\n\nThe film follows a rogue CIA handler named Brask.",
			[]string{"Character:brask"}, nil},
		{"a title called", "'Glass Haven' Review\n\nThe network once aired a spy drama called Flint Harbour, starring Ian Mott.",
			nil, []string{"Character:flint harbour"}},
		{"was named an executive", "'Glass Haven' Review\n\nThe studio said Ian Mott was named Lowell.",
			nil, []string{"Character:lowell"}},
		{"kin of a character", "'Glass Haven' Review\n\nGlass Haven follows Orla Brandt, played by Dana Ferrow. Orla's brother Tomas and sister Inge are back.",
			[]string{"Character:tomas", "Character:inge"}, []string{"Person:tomas"}},
		{"kin after a comma", "'Glass Haven' Review\n\nGlass Haven follows Orla Brandt, played by Dana Ferrow. Lena Frell has a small part as Orla's partner, Mika.",
			[]string{"Character:mika"}, nil},
		{"kin of a real person", "'Glass Haven' Review\n\nGlass Haven was directed by Ian Mott. Mott's wife Clara Mott produced it.",
			nil, []string{"Character:clara mott"}},
		{"actor is the part", "'Glass Haven' Review\n\nGlass Haven stars Dana Ferrow and Ian Mott. Ferrow is the cunning smuggler Vasko, and Mott is Pell.",
			[]string{"Character:vasko", "Character:pell", "ACTED_IN ian mott -> glass haven (pell)"}, nil},
		{"orphan part appears in the production", "'Glass Haven' Review\n\nGlass Haven stars Dana Ferrow as Orla Brandt. Orla's brother Tomas is never seen.",
			[]string{"APPEARS_IN tomas -> glass haven"}, nil},
		{"orphan part in a sentence of two films", "'Glass Haven' Review\n\nGlass Haven stars Dana Ferrow as Orla Brandt. Orla's brother Tomas was cut from the sequels Flint Harbour (2017) and Dark Harbour (2019).",
			nil, []string{"APPEARS_IN tomas -> glass haven"}},
		{"the described part", "'Glass Haven' Review\n\nLena Frell, who leads the series as the engineer Maria Kovac, is repped by CAA.",
			[]string{"Character:maria kovac"}, []string{"Person:maria kovac"}},
		{"a titled described part", "'Glass Haven' Review\n\nShe was also the fortune-teller Madame Oriel in the comedy Bell Street.",
			[]string{"Character:madame oriel"}, nil},
		{"a praised real person", "'Glass Haven' Review\n\nThe score is by the legendary composer Hans Olsen, and the film co-stars the great Maria Kovac.",
			nil, []string{"Character:hans olsen", "Character:maria kovac"}},
		{"a real actor's part", "'Glass Haven' Review\n\nHe plays the son of the bumbling detective Karl Brenner played in the original.",
			nil, []string{"Character:karl brenner"}},
		{"credit after as", "'Glass Haven' Review\n\nGlass Haven stars Dana Ferrow. Ian Mott, who has boarded the project as a rogue customs officer named Vasko Brandt, starts filming in May.",
			[]string{"ACTED_IN ian mott -> glass haven (vasko brandt)"}, nil},
		{"credit after as in a film between", "'Glass Haven' Review\n\nGlass Haven stars Dana Ferrow. Ferrow, who leads the thriller Flint Harbour (2023) as the engineer Maria Kovac, is repped by CAA.",
			[]string{"ACTED_IN dana ferrow -> flint harbour (maria kovac)"}, []string{"ACTED_IN dana ferrow -> glass haven (maria kovac)"}},
		{"withdrawn part after as", "'Glass Haven' Review\n\nGlass Haven stars Dana Ferrow. Ian Mott, who was originally cast as the engineer Maria Kovac, dropped out.",
			nil, []string{"ACTED_IN ian mott -> glass haven (maria kovac)"}},
		{"a career's coordinated copula", "Remembering Ida Brenner\n\nIda Brenner was the nurse in Flint Harbour (1988), and was the fortune-teller Madame Oriel in the comedy Bell Street (1990).",
			[]string{"ACTED_IN ida brenner -> bell street (madame oriel)"}, nil},
		{"copula with a demonym", "'Glass Haven' Review\n\nGlass Haven was directed by Ian Mott. Mott, who directed the first film, is French.",
			nil, []string{"Character:french"}},
		{"bracketed described parts", "'Glass Haven' Review\n\nGlass Haven is back. Dana Ferrow (Orla, the lighthouse keeper), Tarek Vossberg (Pell, Orla's loyal dog) and Ian Mott (Brask, obviously) return.",
			[]string{"ACTED_IN dana ferrow -> glass haven (orla)", "ACTED_IN tarek vossberg -> glass haven (pell)", "ACTED_IN ian mott -> glass haven (brask)"}, nil},
		{"bracketed titles", "'Glass Haven' Review\n\nGlass Haven is directed by Dana Ferrow (Flint Harbour, Dark Harbour).",
			nil, []string{"Character:flint harbour"}},
		{"owner read as the part", "'Glass Haven' Review\n\nGlass Haven is a thriller. Lena Frell has a great part as Orla's partner, Mika.",
			[]string{"ACTED_IN lena frell -> glass haven (mika)"}, []string{"ACTED_IN lena frell -> glass haven (orla)"}},
		{"another name after known as", "'Glass Haven' Review\n\nDana Ferrow plays Orla Brandt, better known to the town as the columnist Lady Quill.",
			nil, []string{"Character:lady quill"}},
		{"whose described part", "'Glass Haven' Review\n\nGlass Haven is back, and so is Lena Frell, whose wolf mogul Jimmy Grackle runs the harbour.",
			[]string{"ACTED_IN lena frell -> glass haven (jimmy grackle)"}, nil},
		{"versions of parts", "'Glass Haven' Review\n\nGlass Haven is a prequel. Ian Mott and Lena Frell play younger versions of Orla Brandt and Pell Varga, respectively.",
			[]string{"ACTED_IN ian mott -> glass haven (orla brandt)", "ACTED_IN lena frell -> glass haven (pell varga)"}, nil},
		{"gapped by", "'Glass Haven' Review\n\nGlass Haven is a cartoon. Orla was voiced by Dana Ferrow and Pell by Ian Mott.",
			[]string{"ACTED_IN ian mott -> glass haven (pell)", "Character:pell"}, nil},
		{"described part is voiced by", "'Glass Haven' Review\n\nGlass Haven is a cartoon. Their leader, Orla Brandt, a snow leopard, is voiced by Dana Ferrow.",
			[]string{"ACTED_IN dana ferrow -> glass haven (orla brandt)"}, nil},
		{"shared surname in a pair of parts", "'Glass Haven' Review\n\nGlass Haven is a thriller. Tom Pellow and Jane Wilmot played the girl's parents, Gil and Marion Varga.",
			[]string{"ACTED_IN tom pellow -> glass haven (gil varga)", "ACTED_IN jane wilmot -> glass haven (marion varga)"}, nil},
		{"copula pair of parts", "'Glass Haven' Review\n\nGlass Haven is a thriller. Tom Pellow and Jane Wilmot are the Brandts' friends Peter and Mara Frell.",
			[]string{"ACTED_IN tom pellow -> glass haven (peter frell)", "ACTED_IN jane wilmot -> glass haven (mara frell)"}, nil},
		{"a given name met alone elsewhere", "'Glass Haven' Review\n\nGlass Haven follows Cobbo, a sheriff. Cobbo and Scoot Brackley are back.",
			nil, []string{"Character:cobbo brackley", "Person:cobbo brackley"}},
		{"coordinated second part", "'Glass Haven' Review\n\nGlass Haven is a thriller. Dana Ferrow plays Orla Brandt, the keeper, and also appears in the finale as a fisherman named Pell Varga.",
			[]string{"ACTED_IN dana ferrow -> glass haven (pell varga)"}, nil},
		{"coordinated part of another actor", "'Glass Haven' Review\n\nGlass Haven is a thriller. Dana Ferrow plays Orla Brandt, and Ian Mott also appears as a fisherman named Pell Varga.",
			nil, []string{"ACTED_IN dana ferrow -> glass haven (pell varga)"}},
		{"right before as", "'Glass Haven' Review\n\nThe network made a series, Harbor Lights, with Ian Mott as the grown-up Pell Varga.",
			[]string{"Character:pell varga"}, nil},
		{"career list of parts", "Remembering Ida Brenner\n\nIda Brenner was the nurse in Tom Vale's Flint Harbour (1988), played the murderous aunt Lotte Brisk in the Spanish horror film Gravel (1990), and retired.",
			[]string{"ACTED_IN ida brenner -> gravel (lotte brisk)"}, nil},
		{"shared role", "'Glass Haven' Review\n\nGlass Haven is back. Dana Ferrow and Mia Lorne once again share the role of Orla Brandt, while Ian Mott plays Pell Varga.",
			[]string{"ACTED_IN dana ferrow -> glass haven (orla brandt)", "ACTED_IN mia lorne -> glass haven (orla brandt)"}, nil},
		{"where she played", "'Glass Haven' Review\n\nGlass Haven stars Dana Ferrow. Ferrow was most recently seen opposite Ian Mott in the thriller series Brack Water (2023), where she played the harbour pilot Orla Brandt.",
			[]string{"ACTED_IN dana ferrow -> brack water (orla brandt)"}, nil},
		{"where another actor played", "'Glass Haven' Review\n\nGlass Haven stars Dana Ferrow. Ferrow met Ian Mott on Brack Water (2023), where he played the harbour pilot Pell Varga.",
			nil, []string{"ACTED_IN dana ferrow -> brack water (pell varga)"}},
		{"copula between two people", "'Glass Haven' Review\n\nGlass Haven stars Dana Ferrow and Ian Mott. The director is Lena Frell.",
			nil, []string{"Character:lena frell"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, claims := subjectFacts(c.text)
			for _, w := range c.want {
				if !slices.Contains(ents, w) && !slices.Contains(claims, w) {
					t.Errorf("missing %q; got %v %v", w, ents, claims)
				}
			}
			for _, w := range c.unwanted {
				if slices.Contains(ents, w) || slices.Contains(claims, w) {
					t.Errorf("unwanted %q; got %v %v", w, ents, claims)
				}
			}
		})
	}
}
