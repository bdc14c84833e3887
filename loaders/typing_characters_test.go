package loaders

import (
	"slices"
	"testing"
)

// TestDescribedParts checks typeDescribedParts: a part's name after an
// actor, "as" and describing words is a character, and so is the second
// name of a pair ending the clause; "as does P", another actor after
// "and", and "better known as" are left alone.
func TestDescribedParts(t *testing.T) {
	ents, _ := subjectFacts("News\n\nThe sequel brings back Mia Brandt as aspiring star Maxine Vell, with Kit Lowe in support. " +
		"Ivo Serro and Lia Quist return as Miami detectives Mike Harlow and Marcus Dunne, and more. " +
		"Ray Mendel plays the mammoth Manny, with Tom Hale as the sloth Sid and Dana Leary as the tiger Diego. " +
		"The band returns, as does Cara Bell's hacker Cipher. " +
		"Nora Finch plays Pen Frell, better known to the town as the columnist Lady Quill.")
	for _, w := range []string{"Character:maxine vell", "Character:mike harlow", "Character:marcus dunne"} {
		if !slices.Contains(ents, w) {
			t.Errorf("missing %q; got %v", w, ents)
		}
	}
	for _, w := range []string{"Character:dana leary", "Character:cara bell", "Character:lady quill"} {
		if slices.Contains(ents, w) {
			t.Errorf("unwanted %q; got %v", w, ents)
		}
	}
}

// TestVoicedLists checks typeVoicedLists: the names listed after a part
// verb are characters, up to a name that opens a new clause; "the play
// X" is no part.
func TestVoicedLists(t *testing.T) {
	ents, _ := subjectFacts("News\n\nRay Mendel, Tom Hale and Dana Leary are all back to voice Mungo, Sorrel, Quill and Ember, and Nico Pard returns as the weasel. " +
		"Tara Lind plays Adrian, Bo Yung is her brother Paulo. She starred in the play Hamilton.")
	for _, w := range []string{"Character:mungo", "Character:sorrel", "Character:quill", "Character:ember", "Character:adrian"} {
		if !slices.Contains(ents, w) {
			t.Errorf("missing %q; got %v", w, ents)
		}
	}
	for _, w := range []string{"Character:nico pard", "Character:bo yung", "Character:hamilton"} {
		if slices.Contains(ents, w) {
			t.Errorf("unwanted %q; got %v", w, ents)
		}
	}
}

// TestAlignedCast checks alignedCastClaims: two lists of one length on
// either side of "to voice" pair in order, in the film after "in".
func TestAlignedCast(t *testing.T) {
	_, claims := subjectFacts("News\n\nThe studio confirmed that Kristen Hollis, Imogen Marsh, Josh Pettiford and Jon Grealish are all returning to voice " +
		"Sunniva, Ilka, Pibb and Bertil in Frostfall III, the follow-up to the 2019 film.")
	for _, w := range []string{"ACTED_IN kristen hollis -> frostfall iii (sunniva)", "ACTED_IN jon grealish -> frostfall iii (bertil)"} {
		if !slices.Contains(claims, w) {
			t.Errorf("missing %q; got %v", w, claims)
		}
	}
	if slices.Contains(claims, "ACTED_IN kristen hollis -> frostfall iii (ilka)") {
		t.Errorf("lists paired out of order: %v", claims)
	}
}

// TestAlignedCastAs checks that two actors and two untyped names after
// "return as" pair in order.
func TestAlignedCastAs(t *testing.T) {
	_, claims := subjectFacts("News\n\nThe Spectral 6 is dated. Leigh Brannock and Angus Pellew are in talks to return as Goggles and Brisket, the bickering ghost hunters.")
	for _, w := range []string{"ACTED_IN leigh brannock -> spectral 6 (goggles)", "ACTED_IN angus pellew -> spectral 6 (brisket)"} {
		if !slices.Contains(claims, w) {
			t.Errorf("missing %q; got %v", w, claims)
		}
	}
}

// TestDescribedPartModifiers checks the capitalised modifiers of a part's
// description (modifierMention) after "played" and "as", and a part noun
// before "as" standing for the actor (partAsNouns), on invented sentences.
func TestDescribedPartModifiers(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"played a place-modified part", "In 2019 Ivo Brandt played the Lisbon harbour master Tomas Reis in the drama Neap Tide.",
			[]string{"Character:tomas reis"}, []string{"Person:tomas reis"}},
		{"as an acronym-modified part", "Nell Ashby, who had a cameo as NASA engineer Dana Kroll, returns.",
			[]string{"Character:dana kroll"}, []string{"Person:dana kroll"}},
		{"role as a part", "He had a recurring role as Vexcorp board member Lyle Brand in the second season of Glasswork.",
			[]string{"Character:lyle brand"}, []string{"Person:lyle brand"}},
		{"roles as a pair", "Mira Stone and Hal Veer will reprise their roles as Jonah Pike and Ada Fenn.",
			[]string{"Character:jonah pike", "Character:ada fenn"}, []string{"Person:ada fenn"}},
		{"voices a described part and a comma", "Omar Lindqvist voices the new villain, Corvan Frell, and Ada Brandt his sister.",
			[]string{"Character:corvan frell"}, []string{"Person:corvan frell"}},
		{"plays the part and a comma", "Tova Renn once more plays the grumpy neighbour, Gustav Ekberg, the retired officer.",
			[]string{"Character:gustav ekberg"}, []string{"Person:gustav ekberg"}},
		{"guard: the lead and a comma", "Everyone agreed who played the lead, Tova Renn said on Friday.",
			nil, []string{"Character:tova renn"}},
		{"guard: an actor's relative clause after a pair", "Also boarding are Omar Feld as the knife thrower Zorvella and Ivo Brandt, who will take on the role of the young hothead Rico.",
			[]string{"Character:zorvella"}, []string{"Character:ivo brandt"}},
		{"return as a described part", "Nia Vell, repped by a big agency, has boarded the sequel and will return as trapeze artist Ada Marsh.",
			[]string{"Character:ada marsh"}, []string{"Person:ada marsh"}},
		{"guard: a preposition in the description", "A year earlier he had appeared as a Lowell bookie in Dan O. Marsh's The Bout, alongside Tom Reyes.",
			nil, []string{"Character:dan o. marsh"}},
		{"guard: a name before a preposition", "Soderholm brought him back for a wordless cameo as Brandt in Gold Run Two.",
			nil, []string{"Character:gold run two"}},
		{"as a modified pair of parts", "Ines Calder and Ola Brand turn up as NYPD detectives Moreau and Quist, and the rest of the cast is new.",
			[]string{"Character:moreau", "Character:quist"}, []string{"Person:moreau"}},
		{"a copula between two lists", "Ines Calder and Ola Brand are Tessa and Ivo, the couple who take the boy in.",
			[]string{"Character:tessa", "Character:ivo", "Person:ines calder"}, []string{"Character:ines calder"}},
		{"guard: a copula before a list that goes on", "Ines Calder and Ola Brand are Emmy and Tony winners.",
			nil, []string{"Character:emmy", "Character:tony"}},
		{"guard: lists of other lengths", "Ines Calder, Ola Brand and Tom Reyes were Tessa and Ivo, the couple next door.",
			nil, []string{"Character:tessa"}},
		{"guard: the name describes", "He turned up in a cameo as a fussy CDC archivist in Outbreak Day.",
			nil, []string{"Character:cdc"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}
