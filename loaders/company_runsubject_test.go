package loaders

import "testing"

// TestSeasonRunSubject checks a show's run on an outlet whose subject is
// a title no cue in the clause types ("The original F ran for 11 seasons
// on O"): the headline's title or an earlier film cue makes it the show;
// a relative's run on a name typed a company needs no count of seasons.
func TestSeasonRunSubject(t *testing.T) {
	const head = " date 2026-05-01\nMarla Quine, Star of 'Glasshouse', Dies at 90\n\nMarla Quine, who starred in the series Glasshouse, has died. She worked for the network Wavecast for decades. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"the original title ran for seasons", "The original Glasshouse ran for 11 seasons on Wavecast, from 1993 to 2004.",
			[]string{"DISTRIBUTED wavecast -> glasshouse"}, nil},
		{"a relative's run on a company", "It is the first spin-off since Glasshouse, which ran on Wavecast Network in 2016.",
			[]string{"DISTRIBUTED wavecast network -> glasshouse"}, nil},
		{"guard: a relative's run on a stage", "It is the first revival since Glasshouse, which ran on Broadway in 1990.",
			nil, []string{"DISTRIBUTED broadway -> glasshouse"}},
		{"guard: a stage run", "The play ran for two seasons on Broadway stages.",
			nil, []string{"DISTRIBUTED broadway -> glasshouse"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
