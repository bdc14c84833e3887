package loaders

import "testing"

// TestPossessiveBeforeNewerNoun checks that "X's F prequel" (X the
// production F continues) is never read as the maker's possessive "P's
// F" (DIRECTED), while "P's F" still is.
func TestPossessiveBeforeNewerNoun(t *testing.T) {
	const head = "'Stowaway' Sets Its Date\n\n"
	cases := []struct {
		name, text string
		want, not  []string
	}{
		{"a maker's film", "Fans of Bo Li's Stowaway will be pleased.", []string{"DIRECTED bo li -> stowaway"}, nil},
		{"guard: a show's prequel", "Fans of Harrow Bay's Stowaway prequel will be pleased.", nil, []string{"DIRECTED harrow bay -> stowaway"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
