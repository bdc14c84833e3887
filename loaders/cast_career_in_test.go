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
		{"adverbs and a company's described series", "Dana Holt most recently appeared in Neon's sci-fi thriller series The Outer Reach.",
			[]string{"ACTED_IN dana holt -> outer reach"}, []string{"ACTED_IN dana holt -> iron creek"}},
		{"a person's title after an appositive", "Dana Holt, repped by CAA, last starred in Omar Reyes's Dust Road: The Long Night.",
			[]string{"ACTED_IN dana holt -> dust road: the long night"}, nil},
		{"seen in a colon title", "Dana Holt was most recently seen in Dust Road: Ares.",
			[]string{"ACTED_IN dana holt -> dust road: ares"}, nil},
		{"a list of titles", "Dana Holt also starred in Dust Road (2004), Red Mesa (2006) and Cold Harbor (2009).",
			[]string{"ACTED_IN dana holt -> dust road", "ACTED_IN dana holt -> red mesa", "ACTED_IN dana holt -> cold harbor"}, nil},
		{"was also in an owner's described title", "Dana Holt was also in Omar Reyes's 1989 gangster film Dust Road, and in many comedies.",
			[]string{"ACTED_IN dana holt -> dust road"}, nil},
		{"was back in a numbered title", "Dana Holt was back in Dust Road 2 the next year.",
			[]string{"ACTED_IN dana holt -> dust road 2"}, nil},
		{"turned up once more in an owner's title", "Dana Holt turned up once more in Omar Reyes's Dust Road: Ares, the fourth instalment.",
			[]string{"ACTED_IN dana holt -> dust road: ares"}, nil},
		{"turned up in a place", "Dana Holt turned up in Cannes.",
			nil, []string{"ACTED_IN dana holt -> cannes"}},
		{"was in a place", "Dana Holt was in Cannes last May.",
			nil, []string{"ACTED_IN dana holt -> cannes"}},
		{"seen in a place", "Dana Holt was recently seen in Omar Reyes's garden.",
			nil, []string{"ACTED_IN dana holt -> garden"}},
		{"seen without a copula", "Fans have seen in Dust Road: Ares a return to form.",
			nil, []string{"ACTED_IN fans -> dust road: ares"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
