package loaders

import "testing"

// TestCastFilmOr checks that a title named before a cast statement in the
// same sentence takes its credits, on invented sentences.
func TestCastFilmOr(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek 2' Sets Its Cast\n\nIron Creek 2, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"opening phrase with describers", "For the 2010 thriller Cold Harbor, Dana Frell starred as Moss Vane.",
			[]string{"ACTED_IN dana frell -> cold harbor as moss vane"}, []string{"ACTED_IN dana frell -> iron creek 2 as moss vane"}},
		{"opening phrase with no title", "In September, Dana Frell starred as Moss Vane.",
			[]string{"ACTED_IN dana frell -> iron creek 2 as moss vane"}, nil},
		{"starring after a crew participle", "The studio launched the series in 2014 with Red Mesa (2014), directed by Neil Burr and starring Dana Frell as Moss Vane, Omar Reyes as Kit Vole and Joy Pike as Mags Dunn.",
			[]string{"ACTED_IN dana frell -> red mesa as moss vane", "ACTED_IN joy pike -> red mesa as mags dunn"},
			[]string{"ACTED_IN joy pike -> iron creek 2 as mags dunn"}},
		{"starring after a finite verb", "Neon had a hit with Red Mesa (2014) and is starring Dana Frell as Moss Vane.",
			nil, []string{"ACTED_IN dana frell -> red mesa as moss vane"}},
		{"a title named after the part stands", "Dana Frell, who starred in Red Mesa (2014), returns as Moss Vane in Iron Creek 2.",
			[]string{"ACTED_IN dana frell -> iron creek 2 as moss vane"}, []string{"ACTED_IN dana frell -> red mesa as moss vane"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
