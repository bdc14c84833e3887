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
		{"named part", "'Glass Harbor' Review\n\nThe film follows a lighthouse keeper named Orla who hears voices.",
			[]string{"Character:orla"}, []string{"Person:orla"}},
		{"named part with a credit", "'Glass Harbor' Review\n\nGlass Harbor is a thriller. Dana Ruiz plays the villain, a ruthless smuggler named Vasko, and she is terrific.",
			[]string{"Character:vasko", "ACTED_IN dana ruiz -> glass harbor (vasko)"}, nil},
		{"named part after a copula", "'Glass Harbor' Review\n\nGlass Harbor is a thriller. Dana Ruiz is a Bulgarian recruit named Lidka.",
			[]string{"Character:lidka", "ACTED_IN dana ruiz -> glass harbor (lidka)"}, nil},
		{"named part after a distant as", "'Glass Harbor' Review\n\nGlass Harbor is a thriller. Dana Ruiz comes in for a few episodes as a rival chef named Rona Marsk.",
			[]string{"ACTED_IN dana ruiz -> glass harbor (rona marsk)"}, nil},
		{"guard: a pronoun without the film", "'Dana Ruiz' Profile\n\nDana Ruiz has died. She was 80. She was a nurse named Orla in a soap.",
			nil, []string{"ACTED_IN dana ruiz -> glass harbor (orla)"}},
		{"acronym in the describing words", "'Glass Harbor' Review\n\nThe film follows a rogue CIA handler named Brask.",
			[]string{"Character:brask"}, nil},
		{"a title called", "'Glass Harbor' Review\n\nThe network once aired a spy drama called Cold Harbour, starring Ian Mott.",
			nil, []string{"Character:cold harbour"}},
		{"was named an executive", "'Glass Harbor' Review\n\nThe studio said Ian Mott was named Lowell.",
			nil, []string{"Character:lowell"}},
		{"kin of a character", "'Glass Harbor' Review\n\nGlass Harbor follows Orla Brandt, played by Dana Ruiz. Orla's brother Tomas and sister Inge are back.",
			[]string{"Character:tomas", "Character:inge"}, []string{"Person:tomas"}},
		{"kin after a comma", "'Glass Harbor' Review\n\nGlass Harbor follows Orla Brandt, played by Dana Ruiz. Lena Frell has a small part as Orla's partner, Mika.",
			[]string{"Character:mika"}, nil},
		{"kin of a real person", "'Glass Harbor' Review\n\nGlass Harbor was directed by Ian Mott. Mott's wife Clara Mott produced it.",
			nil, []string{"Character:clara mott"}},
		{"actor is the part", "'Glass Harbor' Review\n\nGlass Harbor stars Dana Ruiz and Ian Mott. Ruiz is the cunning smuggler Vasko, and Mott is Pell.",
			[]string{"Character:vasko", "Character:pell", "ACTED_IN ian mott -> glass harbor (pell)"}, nil},
		{"orphan part appears in the production", "'Glass Harbor' Review\n\nGlass Harbor stars Dana Ruiz as Orla Brandt. Orla's brother Tomas is never seen.",
			[]string{"APPEARS_IN tomas -> glass harbor"}, nil},
		{"orphan part in a sentence of two films", "'Glass Harbor' Review\n\nGlass Harbor stars Dana Ruiz as Orla Brandt. Orla's brother Tomas was cut from the sequels Cold Harbour (2017) and Dark Harbour (2019).",
			nil, []string{"APPEARS_IN tomas -> glass harbor"}},
		{"the described part", "'Glass Harbor' Review\n\nLena Frell, who leads the series as the engineer Maria Kovac, is repped by CAA.",
			[]string{"Character:maria kovac"}, []string{"Person:maria kovac"}},
		{"a titled described part", "'Glass Harbor' Review\n\nShe was also the fortune-teller Madame Oriel in the comedy Bell Street.",
			[]string{"Character:madame oriel"}, nil},
		{"a praised real person", "'Glass Harbor' Review\n\nThe score is by the legendary composer Hans Olsen, and the film co-stars the great Maria Kovac.",
			nil, []string{"Character:hans olsen", "Character:maria kovac"}},
		{"a real actor's part", "'Glass Harbor' Review\n\nHe plays the son of the bumbling detective Karl Brenner played in the original.",
			nil, []string{"Character:karl brenner"}},
		{"credit after as", "'Glass Harbor' Review\n\nGlass Harbor stars Dana Ruiz. Ian Mott, who has boarded the project as a rogue customs officer named Vasko Brandt, starts filming in May.",
			[]string{"ACTED_IN ian mott -> glass harbor (vasko brandt)"}, nil},
		{"credit after as in a film between", "'Glass Harbor' Review\n\nGlass Harbor stars Dana Ruiz. Ruiz, who leads the thriller Cold Harbour (2023) as the engineer Maria Kovac, is repped by CAA.",
			[]string{"ACTED_IN dana ruiz -> cold harbour (maria kovac)"}, []string{"ACTED_IN dana ruiz -> glass harbor (maria kovac)"}},
		{"withdrawn part after as", "'Glass Harbor' Review\n\nGlass Harbor stars Dana Ruiz. Ian Mott, who was originally cast as the engineer Maria Kovac, dropped out.",
			nil, []string{"ACTED_IN ian mott -> glass harbor (maria kovac)"}},
		{"a career's coordinated copula", "Remembering Ida Brenner\n\nIda Brenner was the nurse in Cold Harbour (1988), and was the fortune-teller Madame Oriel in the comedy Bell Street (1990).",
			[]string{"ACTED_IN ida brenner -> bell street (madame oriel)"}, nil},
		{"copula with a demonym", "'Glass Harbor' Review\n\nGlass Harbor was directed by Ian Mott. Mott, who directed the first film, is French.",
			nil, []string{"Character:french"}},
		{"bracketed described parts", "'Glass Harbor' Review\n\nGlass Harbor is back. Dana Ruiz (Orla, the lighthouse keeper), Tarek Vossberg (Pell, Orla's loyal dog) and Ian Mott (Brask, obviously) return.",
			[]string{"ACTED_IN dana ruiz -> glass harbor (orla)", "ACTED_IN tarek vossberg -> glass harbor (pell)", "ACTED_IN ian mott -> glass harbor (brask)"}, nil},
		{"bracketed titles", "'Glass Harbor' Review\n\nGlass Harbor is directed by Dana Ruiz (Cold Harbour, Dark Harbour).",
			nil, []string{"Character:cold harbour"}},
		{"owner read as the part", "'Glass Harbor' Review\n\nGlass Harbor is a thriller. Lena Frell has a great part as Orla's partner, Mika.",
			[]string{"ACTED_IN lena frell -> glass harbor (mika)"}, []string{"ACTED_IN lena frell -> glass harbor (orla)"}},
		{"another name after known as", "'Glass Harbor' Review\n\nDana Ruiz plays Orla Brandt, better known to the town as the columnist Lady Quill.",
			nil, []string{"Character:lady quill"}},
		{"whose described part", "'Glass Harbor' Review\n\nGlass Harbor is back, and so is Lena Frell, whose wolf mogul Jimmy Crest runs the harbour.",
			[]string{"ACTED_IN lena frell -> glass harbor (jimmy crest)"}, nil},
		{"versions of parts", "'Glass Harbor' Review\n\nGlass Harbor is a prequel. Ian Mott and Lena Frell play younger versions of Orla Brandt and Pell Varga, respectively.",
			[]string{"ACTED_IN ian mott -> glass harbor (orla brandt)", "ACTED_IN lena frell -> glass harbor (pell varga)"}, nil},
		{"gapped by", "'Glass Harbor' Review\n\nGlass Harbor is a cartoon. Orla was voiced by Dana Ruiz and Pell by Ian Mott.",
			[]string{"ACTED_IN ian mott -> glass harbor (pell)", "Character:pell"}, nil},
		{"described part is voiced by", "'Glass Harbor' Review\n\nGlass Harbor is a cartoon. Their leader, Orla Brandt, a snow leopard, is voiced by Dana Ruiz.",
			[]string{"ACTED_IN dana ruiz -> glass harbor (orla brandt)"}, nil},
		{"shared surname in a pair of parts", "'Glass Harbor' Review\n\nGlass Harbor is a thriller. Tom Nelson and Jane Williams played the girl's parents, Steve and Diane Varga.",
			[]string{"ACTED_IN tom nelson -> glass harbor (steve varga)", "ACTED_IN jane williams -> glass harbor (diane varga)"}, nil},
		{"copula pair of parts", "'Glass Harbor' Review\n\nGlass Harbor is a thriller. Tom Nelson and Jane Williams are the Brandts' friends Peter and Mara Frell.",
			[]string{"ACTED_IN tom nelson -> glass harbor (peter frell)", "ACTED_IN jane williams -> glass harbor (mara frell)"}, nil},
		{"a given name met alone elsewhere", "'Glass Harbor' Review\n\nGlass Harbor follows Woody, a sheriff. Woody and Buzz Lightfoot are back.",
			nil, []string{"Character:woody lightfoot", "Person:woody lightfoot"}},
		{"coordinated second part", "'Glass Harbor' Review\n\nGlass Harbor is a thriller. Dana Ruiz plays Orla Brandt, the keeper, and also appears in the finale as a fisherman named Pell Varga.",
			[]string{"ACTED_IN dana ruiz -> glass harbor (pell varga)"}, nil},
		{"coordinated part of another actor", "'Glass Harbor' Review\n\nGlass Harbor is a thriller. Dana Ruiz plays Orla Brandt, and Ian Mott also appears as a fisherman named Pell Varga.",
			nil, []string{"ACTED_IN dana ruiz -> glass harbor (pell varga)"}},
		{"right before as", "'Glass Harbor' Review\n\nThe network made a series, Harbor Lights, with Ian Mott as the grown-up Pell Varga.",
			[]string{"Character:pell varga"}, nil},
		{"career list of parts", "Remembering Ida Brenner\n\nIda Brenner was the nurse in Tom Vale's Cold Harbour (1988), played the murderous aunt Lotte Brisk in the Spanish horror film Gravel (1990), and retired.",
			[]string{"ACTED_IN ida brenner -> gravel (lotte brisk)"}, nil},
		{"shared role", "'Glass Harbor' Review\n\nGlass Harbor is back. Dana Ruiz and Mia Lorne once again share the role of Orla Brandt, while Ian Mott plays Pell Varga.",
			[]string{"ACTED_IN dana ruiz -> glass harbor (orla brandt)", "ACTED_IN mia lorne -> glass harbor (orla brandt)"}, nil},
		{"where she played", "'Glass Harbor' Review\n\nGlass Harbor stars Dana Ruiz. Ruiz was most recently seen opposite Ian Mott in the thriller series Low Water (2023), where she played the harbour pilot Orla Brandt.",
			[]string{"ACTED_IN dana ruiz -> low water (orla brandt)"}, nil},
		{"where another actor played", "'Glass Harbor' Review\n\nGlass Harbor stars Dana Ruiz. Ruiz met Ian Mott on Low Water (2023), where he played the harbour pilot Pell Varga.",
			nil, []string{"ACTED_IN dana ruiz -> low water (pell varga)"}},
		{"copula between two people", "'Glass Harbor' Review\n\nGlass Harbor stars Dana Ruiz and Ian Mott. The director is Lena Frell.",
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
