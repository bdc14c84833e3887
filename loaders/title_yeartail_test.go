package loaders

import "testing"

// yearTailHas reports whether the article has a mention whose key is key.
func yearTailHas(a *article, key string) bool {
	for i := range a.ments {
		if a.ments[i].key == key {
			return true
		}
	}
	return false
}

func TestYearTailTitle(t *testing.T) {
	tests := []struct {
		name, text, key string
		want            bool
	}{
		{"a one-word title ending in a year, in a list",
			"Profile\n\nVeran Holt made his name in Marlow Quay, Reply Hollow 1988, Dust Ledger and The Salt Ledger.\n", "reply hollow 1988", true},
		{"a one-word title with a year, opening a sentence",
			"Profile\n\nBrightwick 1975 brought back Veran Holt as the pilot.\n", "brightwick 1975", true},
		{"a two-word title with a year, before a comma",
			"Profile\n\nTesh Marin starred in Chief Warden 1958, a period procedural for the network.\n", "chief warden 1958", true},
		{"a holiday with a year is a date",
			"News\n\nThe streamer will release the film on Founders Day 2026, the studio said.\n", "founders day 2026", false},
		{"a festival after at is a date",
			"News\n\nThe film premiered at Marbella 2024 to warm reviews.\n", "marbella 2024", false},
		{"a year before a dating noun",
			"News\n\nThe Salt Ledger 2024 premiere drew a record audience.\n", "salt ledger 2024", false},
		{"a holiday without a day noun",
			"News\n\nTesh Marin starred in Marlow Quay, set over Christmas 1967 in a small town.\n", "christmas 1967", false},
		{"a hyphenated adjective before a year",
			"News\n\nTesh Marin returns in Marlow Quay 2, the sequel to the Academy Award-winning 2017 hit from Northlight.\n", "academy award-winning 2017", false},
		{"a festival heading before a colon",
			"Marbella 2023: Tesh Marin's Drama Wins the Jury Prize\n\nThe jury gave its top prize to Tesh Marin's drama on Saturday night.\n", "marbella 2023", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := runDated(tc.text, "2025-03-01")
			if got := yearTailHas(a, tc.key); got != tc.want {
				var keys []string
				for i := range a.ments {
					keys = append(keys, a.ments[i].key)
				}
				t.Errorf("mention %q = %v, want %v; mentions %q", tc.key, got, tc.want, keys)
			}
		})
	}
}
