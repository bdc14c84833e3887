package loaders

import (
	"testing"
)

// TestOutletClaims checks outletContext's and outletClaims' shapes on
// invented sentences: an outlet that renews or adds a title, "will handle
// the release", "a X original", "the 2022 X film F", "still on X"; and
// names they leave alone.
func TestOutletClaims(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"renews a title", "Lumio has officially renewed Iron Creek for a third season.",
			[]string{"DISTRIBUTED lumio -> iron creek"}, nil},
		{"adds a season of a title", "Lumio adds the complete first season of Dust Road: The Series on Jan. 6.",
			[]string{"DISTRIBUTED lumio -> dust road: the series"}, nil},
		{"handles the release", "Kestrel Films is producing again, and Lumio will again handle the release.",
			[]string{"DISTRIBUTED lumio -> iron creek"}, nil},
		{"a year before the outlet's film", "Kestrel Films produced the 2022 Lumio film Dust Road.",
			[]string{"PRODUCED lumio -> dust road"}, nil},
		{"an outlet's original", "Dust Road: Origins came next. A Lumio original, it follows the young Hale.",
			[]string{"DISTRIBUTED lumio -> iron creek"}, nil},
		{"still on an outlet", "Lumio has renewed Iron Creek. For now, Iron Creek is still on Lumio.",
			[]string{"DISTRIBUTED lumio -> iron creek"}, nil},
		{"a streamer brings back a show", "Lumio+ has officially brought back Tess Marlow. The streamer said so on Tuesday.",
			[]string{"DISTRIBUTED lumio+ -> tess marlow"}, nil},
		{"a streamer renews a show with a person's shape", "Lumio+ has renewed Harbour Watch for a fourth season.",
			[]string{"DISTRIBUTED lumio+ -> harbour watch"}, nil},
		{"a title before 'the X series'", "Glass Tide, the Lumio series based on a novel, won eleven awards.",
			[]string{"PRODUCED lumio -> glass tide"}, nil},
		{"guard: a creator after the outlet's drama", "Kit Moss plays Ivy, the surgeon at the centre of Glass Tide, the Lumio drama Marlow created.",
			nil, []string{"PRODUCED lumio -> marlow"}},
		{"a title starts streaming on an outlet", "Lumio+ has a new hit. Glass Tide premieres globally on Lumio+ on May 14. Ana Hale stars as Kit Moss.",
			[]string{"DISTRIBUTED lumio+ -> glass tide", "ACTED_IN ana hale -> glass tide as kit moss"}, nil},
		{"a strong outlet's possessive names a title", "Lumio+ has a new hit. Lumio+'s Glass Tide topped the charts.",
			[]string{"DISTRIBUTED lumio+ -> glass tide"}, nil},
		{"guard: an outlet's executive", "Lumio+ has a new hit. Lumio+'s Tom Baker said so.",
			nil, []string{"DISTRIBUTED lumio+ -> tom baker", "PRODUCED lumio+ -> tom baker"}},
		{"guard: a trailer opens on a character", "The trailer opens on Kit tearing through Leeds in a snowplow.",
			nil, []string{"DISTRIBUTED kit -> iron creek"}},
		{"guard: the production moves to a city", "The production moves to Lagos stages next month.",
			nil, []string{"DISTRIBUTED lagos -> iron creek"}},
		{"guard: a person renews a contract", "Ana Vittor has renewed her contract with Neon.",
			nil, []string{"DISTRIBUTED ana vittor -> iron creek"}},
		{"guard: still on a place", "The crew is still on Malta.",
			nil, []string{"DISTRIBUTED malta -> iron creek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text+"\n")
			checkLines(t, got, c.want, c.not)
		})
	}
}
