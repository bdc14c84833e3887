package loaders

import "testing"

// TestCuedNames checks cuedName: a two- or three-word name whose given name
// the gazetteer does not hold is a person after a job noun, before a speech
// verb or after "said", before an appositive naming a job, or when its
// surname alone speaks elsewhere; a sentence word glued on, a single
// letter, or a newspaper after "told" stays no person.
func TestCuedNames(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"job noun before", "The score is by composer Orvandel Kreutz, and stunt coordinator Quilvane Marsk staged the fights.",
			[]string{"Person:orvandel kreutz", "Person:quilvane marsk"}, nil},
		{"job noun and comma", "The film was shot by its regular cinematographer, Yorvath Delquin.",
			[]string{"Person:yorvath delquin"}, nil},
		{"speech verb after", "Orvandel Kreutz told reporters the shoot ran long.",
			[]string{"Person:orvandel kreutz"}, nil},
		{"appositive job", "Quilvane Marsk, the Danish actor best known for a sitcom, joined the shoot.",
			[]string{"Person:quilvane marsk"}, nil},
		{"surname speaks elsewhere", "The night belongs to Yorvath Delquin.\n\n\"It was cold,\" Delquin says.",
			[]string{"Person:yorvath delquin"}, nil},
		{"person verb", "Yorvath Delquin has boarded the series, and Quilvane Marsk, who helmed the pilot, is back.",
			[]string{"Person:yorvath delquin", "Person:quilvane marsk"}, nil},
		{"guard: passive", "A cut of Yorvath Delquin directed by a newcomer ran long.",
			nil, []string{"Person:yorvath delquin"}},
		{"author of a work", "The Mara Quell remake took fourth, and a Peter Pallow short story inspired the sequel.",
			[]string{"Person:mara quell", "Person:peter pallow"}, nil},
		{"guard: subject of a biopic or a character's films", "The Mara Quell biopic opens Friday, and the Jack Treadlow films grossed a fortune.",
			nil, []string{"Person:mara quell", "Person:jack treadlow"}},
		{"maker of a dated film", "Fans loved the 2004 Mara Quell film, and the show is a sequel to the 1998 Peter Pallow movie.",
			[]string{"Person:mara quell", "Person:peter pallow"}, []string{"Film:peter pallow"}},
		{"maker of a picture", "Critics praised the Mara Quell picture.",
			[]string{"Person:mara quell"}, nil},
		{"guard: undated film of a character's name", "The Jack Treadlow film grossed a fortune.",
			nil, []string{"Person:jack treadlow"}},
		{"mononym after a job noun", "The cast adds pop star Zarinka, who plays a ballerina.",
			[]string{"Person:zarinka"}, nil},
		{"guard: mononym part of a full name", "Yorvath Delquin returns, and the newcomer Delquin of the title is his son.",
			nil, []string{"Person:delquin"}},
		{"guard: no cue", "The map shows Yorvath Delquin beyond the river.",
			nil, []string{"Person:yorvath delquin"}},
		{"guard: appositive of a possessed job", "Quilvane Marsk, the director's daughter, hides in the cellar.",
			nil, []string{"Person:quilvane marsk"}},
		{"guard: told a newspaper", "\"We were broke,\" he told Corriere Lenta in 2019.",
			nil, []string{"Person:corriere lenta"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}
