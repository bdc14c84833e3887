package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestRankedChartLineTitles checks that the name opening a numbered chart
// line is typed a film when a dash and a figure follow it (a currency
// sign, the rupee's abbreviation or a bare number), maybe past a
// bracketed distributor, and that a numbered line without the figure, or
// a name not at the line's start, is not.
func TestRankedChartLineTitles(t *testing.T) {
	head := "Weekend box office: Harbour Nights stays on top\n\nThe top five, Friday to Sunday:\n\n"
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a rupee figure after a dash",
			"4. Ammaran Veedu – ₹2.2 crore net, cumulative ₹218 crore. The biopic has been a hit.",
			[]string{"ammaran veedu"}, nil},
		{"the rupee's abbreviation",
			"5. Tavaresh Shesham - Rs 2.9 crore. The period drama is in its fourth week.",
			[]string{"tavaresh shesham"}, nil},
		{"past a bracketed distributor",
			"6. Ravinath (Orlo Pictures) - Rs 2.2 crore. The action drama fell sharply.",
			[]string{"ravinath"}, nil},
		{"a dollar figure with no distributor",
			"2. Kestrel Rise – $4.4 million. The comedy held well.",
			[]string{"kestrel rise"}, nil},
		{"admissions as a bare number",
			"3. Dunmore Gate — 171,400 admissions. The drama held.",
			[]string{"dunmore gate"}, nil},
		{"a numbered line with no figure",
			"3. Dunmore Gate returns next week with a new trailer.",
			nil, []string{"dunmore gate"}},
		{"a name inside the line, not opening it",
			"3. Last week Dunmore Gate – $2 million. The drama held.",
			nil, []string{"dunmore gate"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, entityKeys(t, head+c.text+"\n", kg.Film), c.want, c.not)
		})
	}
}
