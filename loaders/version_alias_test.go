package loaders

import "testing"

func TestYearOnlyAlias(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"film version", "Midnight Harbour (2019 film)", "Midnight Harbour (2019)"},
		{"series version", "The Copper Lanes (1961 series)", "The Copper Lanes (1961)"},
		{"plain title", "Midnight Harbour", ""},
		{"undated kind", "Midnight Harbour (film)", ""},
		{"year only already", "Midnight Harbour (2019)", ""},
		{"not a year", "Midnight Harbour (20x9 film)", ""},
		{"bare parenthesis", "(2019 film)", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := yearOnlyAlias(c.in); got != c.want {
				t.Errorf("yearOnlyAlias(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}
