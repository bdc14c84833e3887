package loaders

import "testing"

// TestWithCastTitle checks a "with" cast list whose film is the title the
// sentence named before it, on invented sentences.
func TestWithCastTitle(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"title with an alias appositive", "Ana Vittor and Tom Gill reunited for Harbor Lights (1994), also released as Salt Wind, with Mara Quinn as Ysmay, Colm Byrne as the Old Captain and Jill Moro as Mother.",
			[]string{"ACTED_IN mara quinn -> harbor lights as ysmay", "ACTED_IN colm byrne -> harbor lights as old captain", "ACTED_IN jill moro -> harbor lights as mother"},
			[]string{"ACTED_IN mara quinn -> iron creek as ysmay", "ACTED_IN jill moro -> iron creek as mother"}},
		{"title with a by-phrase appositive", "Vittor voiced a cop in Harbor Lights (1969), the cel-animated special narrated by Colm Byrne, with comedian Tom Akers as Pockle and Jill Moro as the hapless magician Professor Dunt.",
			[]string{"ACTED_IN tom akers -> harbor lights as pockle", "ACTED_IN jill moro -> harbor lights as professor dunt"},
			[]string{"ACTED_IN tom akers -> iron creek as pockle"}},
		{"title then a year phrase and a voicing participle", "Vittor went on to write and direct Harbor Lights in 2019, with Tom Akers voicing the explorer Sir Dunt Vale.",
			[]string{"ACTED_IN tom akers -> harbor lights as sir dunt vale"}, nil},
		{"title as subject with a relative clause", "Her next feature, Harbor Lights, which she co-wrote with Ana Vittor, finally arrived on Netflix in 2022, with Colm Byrne and Tom Akers voicing the demon brothers of the title.",
			[]string{"ACTED_IN colm byrne -> harbor lights", "ACTED_IN tom akers -> harbor lights"}, []string{"ACTED_IN ana vittor -> harbor lights"}},
		{"a cast statement before with keeps the film at hand", "Mara Quinn, who starred in Harbor Lights, returns as Ysmay, with Colm Byrne as Pockle.",
			[]string{"ACTED_IN colm byrne -> iron creek as pockle"}, []string{"ACTED_IN colm byrne -> harbor lights as pockle"}},
		{"semicolon ends the walk back", "Third was Harbor Lights at $2.7 million; the satire, with Colm Byrne as Dunt Vale, has earned $28.7 million.",
			nil, []string{"ACTED_IN colm byrne -> harbor lights as dunt vale"}},
		{"a copula clause after the title", "Like Harbor Lights, the new film is a musical, with Colm Byrne as Pockle.",
			nil, []string{"ACTED_IN colm byrne -> harbor lights as pockle"}},
		{"a credit participle is not a cast list", "Harbor Lights arrives in 2027 from Neon, with Colm Byrne directing.",
			nil, []string{"ACTED_IN colm byrne -> harbor lights"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
