package loaders

import "testing"

// TestCareerIn checks credits in titles named in passing after adverbs or
// owners, on invented sentences.
func TestCareerIn(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"adverbs and a company's described series", "Dana Frell most recently appeared in Neon's sci-fi thriller series The Outer Reach.",
			[]string{"ACTED_IN dana frell -> outer reach"}, []string{"ACTED_IN dana frell -> iron creek"}},
		{"a person's title after an appositive", "Dana Frell, repped by CAA, last starred in Omar Reyes's Dust Road: The Long Night.",
			[]string{"ACTED_IN dana frell -> dust road: the long night"}, nil},
		{"seen in a colon title", "Dana Frell was most recently seen in Dust Road: Ares.",
			[]string{"ACTED_IN dana frell -> dust road: ares"}, nil},
		{"a list of titles", "Dana Frell also starred in Dust Road (2004), Red Mesa (2006) and Cold Harbor (2009).",
			[]string{"ACTED_IN dana frell -> dust road", "ACTED_IN dana frell -> red mesa", "ACTED_IN dana frell -> cold harbor"}, nil},
		{"was also in an owner's described title", "Dana Frell was also in Omar Reyes's 1989 gangster film Dust Road, and in many comedies.",
			[]string{"ACTED_IN dana frell -> dust road"}, nil},
		{"was back in a numbered title", "Dana Frell was back in Dust Road 2 the next year.",
			[]string{"ACTED_IN dana frell -> dust road 2"}, nil},
		{"turned up once more in an owner's title", "Dana Frell turned up once more in Omar Reyes's Dust Road: Ares, the fourth instalment.",
			[]string{"ACTED_IN dana frell -> dust road: ares"}, nil},
		{"turned up in a place", "Dana Frell turned up in Cannes.",
			nil, []string{"ACTED_IN dana frell -> cannes"}},
		{"was in a place", "Dana Frell was in Cannes last May.",
			nil, []string{"ACTED_IN dana frell -> cannes"}},
		{"seen in a place", "Dana Frell was recently seen in Omar Reyes's garden.",
			nil, []string{"ACTED_IN dana frell -> garden"}},
		{"seen without a copula", "Fans have seen in Dust Road: Ares a return to form.",
			nil, []string{"ACTED_IN fans -> dust road: ares"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
