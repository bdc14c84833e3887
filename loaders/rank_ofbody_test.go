package loaders

import "testing"

// TestRankOfBody checks a titled name before "of" and the body it serves:
// the name ends before "of" and the character is a member of the body,
// with or without "the"; and the guard for a place after "of".
func TestRankOfBody(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"rank, two name words, of the acronym", "Oren Pask is a welcome addition as Inspector Tavo Merrin of the GLPD, chewing on a toothpick.",
			[]string{"MEMBER_OF inspector tavo merrin -> glpd"}, nil},
		{"two ranks, of a police force without the", "Jon Tallis plays Detective Superintendent Ada Quillon of Marsh County Police.",
			[]string{"MEMBER_OF detective superintendent ada quillon -> marsh county police"}, nil},
		{"acronym body without the", "Ivo Darrant plays Inspector Bram Tolliver of DEPLOX, the department that licenses the agencies.",
			[]string{"MEMBER_OF inspector bram tolliver -> deplox"}, nil},
		{"a modifier before the rank", "Kira Bellweather joins the cast as Deputy Director Nell Oswin of the Coastal Survey Agency.",
			[]string{"MEMBER_OF deputy director nell oswin -> coastal survey agency"}, nil},
		{"guard: a place after of", "Marta Sorn plays Captain Ilse Verhoek of Kessenburg.",
			nil, []string{"MEMBER_OF captain ilse verhoek -> kessenburg"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
