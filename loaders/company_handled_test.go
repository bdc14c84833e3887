package loaders

import "testing"

// TestCompanyHandled checks, on invented sentences, a company that
// handled, will handle or opened a film (its distributor), and the guards:
// a territory after "handles", a person handling the fights.
func TestCompanyHandled(t *testing.T) {
	const head = " date 2026-05-01\n'Ashen Coulee' Sets Its Cast\n\nAshen Coulee, a western from Neon, arrives in September. Its sequel, Ashen Coulee 2, follows. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"handled both films", "Harbor Pictures handled both films.",
			[]string{"DISTRIBUTED harbor pictures -> ashen coulee", "DISTRIBUTED harbor pictures -> ashen coulee 2"}, nil},
		{"will handle the sequel", "Harbor Pictures will handle the sequel outside Europe.",
			[]string{"DISTRIBUTED harbor pictures -> ashen coulee 2"}, nil},
		{"opened the film", "Harbor Pictures opened the film in North America on December 8.",
			[]string{"DISTRIBUTED harbor pictures -> ashen coulee 2"}, nil},
		{"guard: a territory", "Tern Films will distribute in North America, and Harbor Pictures handles the UK and France.",
			nil, []string{"DISTRIBUTED harbor pictures -> uk"}},
		{"guard: a person", "Kai Dunn handled the fights on both films.",
			nil, []string{"DISTRIBUTED kai dunn -> ashen coulee"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
