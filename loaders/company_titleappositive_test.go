package loaders

import "testing"

// TestCompanyTitleAppositive checks a title described by an appositive
// whose noun phrase is led by a company's name: "F, the 2018 O fantasy
// thriller", "F (1990), an O hospital drama", and the possessive
// appositive after a parenthesised year ("F (1950), O's comedy about").
func TestCompanyTitleAppositive(t *testing.T) {
	const head = " date 2026-05-01\nMarla Quine, Star of 'Iron Fallow', Dies at 90\n\nMarla Quine, who starred in Iron Fallow for the network Wavecast and for the studio Brightline Pictures, died Monday. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a dated network's genre nouns", "She later played a baker in Glass Orchard, the 1971 Wavecast family drama, for six seasons.",
			[]string{"PRODUCED wavecast -> glass orchard"}, nil},
		{"an indefinite appositive with capitals for a network", "She also starred in Night Ferries, a KXV hospital drama set in a port town.",
			[]string{"DISTRIBUTED kxv -> night ferries"}, nil},
		{"a studio's comedy after the title's year", "Then came Salt Roads (1980), the Brightline Pictures comedy that made her famous.",
			[]string{"PRODUCED brightline pictures -> salt roads"}, nil},
		{"a studio's possessive after the title's year", "Her biggest hit was Blue Lantern (1985), Brightline Pictures' comedy about a lighthouse.",
			[]string{"PRODUCED brightline pictures -> blue lantern"}, nil},
		{"guard: a technique, not a company", "She voiced a pilot in Tin Vessels, the 1999 CGI TV series about a fleet.",
			nil, []string{"DISTRIBUTED cgi tv -> tin vessels", "PRODUCED cgi tv -> tin vessels", "DISTRIBUTED cgi -> tin vessels"}},
		{"guard: the tail of a cut title", "She was in Under the Lanterns, the 2004 Wavecast drama about a fair.",
			nil, []string{"PRODUCED wavecast -> lanterns"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text+"\n")
			checkLines(t, got, c.want, c.not)
		})
	}
}
