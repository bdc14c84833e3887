package loaders

import (
	"slices"
	"strings"
	"testing"
)

// TestCompanyLinks checks companyLinks and "co-produced by O" on invented
// sentences: "F, also from O", "F, the O film ...", "O released it", "P's
// O produced it"; and a person's possessive before a film it leaves to
// the director rules.
func TestCompanyLinks(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. Dust Road opened in 2019, directed by Ivo Brandt. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"also from a studio", "In second place, Dust Road, also from Kestrel Pictures, earned $14 million.",
			[]string{"DISTRIBUTED kestrel pictures -> dust road"}, nil}, // (the studio putting it out: bareFromRel)
		{"the studio's film after a title", "Dust Road, the Kestrel Animation film written by Ada Quist, earned nine nods.",
			[]string{"PRODUCED kestrel animation -> dust road"}, nil},
		{"a studio released it", "20th Century Kestrel released it in North America, where it made $145 million.",
			[]string{"DISTRIBUTED 20th century kestrel -> iron creek"}, nil},
		{"a person's company produced it", "Ivo Brandt's Tallow Dunes produced it for Neon.",
			[]string{"PRODUCED tallow dunes -> iron creek"}, []string{"PRODUCED ivo brandt -> iron creek"}},
		{"co-produced by a studio", "Iron Creek, co-produced by Kestrel Pictures, returns in April.",
			[]string{"PRODUCED kestrel pictures -> iron creek"}, nil},
		{"a title, the outlet's drama", "Glass Tide, Lumio's corporate tragedy about a media dynasty, led the nominations.",
			[]string{"PRODUCED lumio -> glass tide"}, nil},
		{"a studio's films in a list", "The studio also showed Kestrel Pictures' Dust Road and Glass Tide 3 to investors.",
			[]string{"DISTRIBUTED kestrel pictures -> dust road", "DISTRIBUTED kestrel pictures -> glass tide 3"}, nil},
		{"an outlet handles distribution", "It was made for Kestrel Pictures; Lumio handles distribution everywhere else.",
			[]string{"DISTRIBUTED lumio -> iron creek"}, nil},
		{"guard: a person handles no release", "Ivo Brandt handles the stunts.",
			nil, []string{"DISTRIBUTED ivo brandt -> iron creek"}},
		{"a banner producing alongside an outlet", "Mara Quint directs, with her Tallow Dunes banner producing alongside Kestrel Pictures.",
			[]string{"PRODUCED tallow dunes -> iron creek", "PRODUCED kestrel pictures -> iron creek"}, nil},
		{"guard: a banner producing alongside a person", "Mara Quint directs, with her Tallow Dunes banner producing alongside Ivo Brandt.",
			[]string{"PRODUCED tallow dunes -> iron creek"}, []string{"PRODUCED ivo brandt -> iron creek"}},
		{"a studio's next release", "Kestrel's next release is Glass Orchard, in March.",
			[]string{"PRODUCED kestrel -> glass orchard"}, nil},
		{"guard: a director's next film", "Ivo Brandt made it. Brandt's next film is Glass Orchard.",
			nil, []string{"PRODUCED brandt -> glass orchard", "PRODUCED ivo brandt -> glass orchard"}},
		{"a studio dated the sequel", "Kestrel Pictures has dated the sequel for December.",
			[]string{"DISTRIBUTED kestrel pictures -> iron creek"}, nil},
		{"guard: a person dated no sequel", "Ivo Brandt has dated the sequel in his diary.",
			nil, []string{"DISTRIBUTED ivo brandt -> iron creek"}},
		{"opens from a one-word studio", "Dust Road 2 opens August 1 from Lumio.",
			[]string{"DISTRIBUTED lumio -> dust road 2"}, nil},
		{"guard: opens from a person's surname", "Ivo Brandt wrote it. Dust Road 2 opens August 1 from Brandt.",
			nil, []string{"DISTRIBUTED brandt -> dust road 2"}},
		{"a studio's label will distribute", "Kestrel Pictures' Glass Gems label will distribute.",
			[]string{"DISTRIBUTED glass gems -> iron creek"}, nil},
		{"guard: a person's film", "Ivo Brandt's Dust Road grossed $40 million.",
			nil, []string{"PRODUCED dust road -> iron creek"}},
	}
	t.Run("the latest studio release is the article's film", func(t *testing.T) {
		got := localFacts(t, " date 2026-05-01\nGlass Tide II is the latest Kestrel Pictures release to reach streaming. When can I watch Glass Tide II? Ana Hale stars as Kit Moss.\n")
		for _, w := range []string{"DISTRIBUTED kestrel pictures -> glass tide ii", "ACTED_IN ana hale -> glass tide ii as kit moss"} {
			if !slices.Contains(got, w) {
				t.Errorf("missing %q in\n%s", w, strings.Join(got, "\n"))
			}
		}
	})
	t.Run("a studio's production", func(t *testing.T) {
		got := localFacts(t, " date 2026-05-01\nNews\n\nHarbour Nights is a Kestrel Pictures production.\n")
		if !slices.Contains(got, "PRODUCED kestrel pictures -> harbour nights") {
			t.Errorf("missing PRODUCED in\n%s", strings.Join(got, "\n"))
		}
	})
	t.Run("guard: a person is no release", func(t *testing.T) {
		got := localFacts(t, " date 2026-05-01\nNews\n\nTom Hale is the latest Kestrel Pictures release.\n")
		if slices.Contains(got, "DISTRIBUTED kestrel pictures -> tom hale") {
			t.Errorf("unwanted credit in\n%s", strings.Join(got, "\n"))
		}
	})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text+"\n")
			checkLines(t, got, c.want, c.not)
		})
	}
}
