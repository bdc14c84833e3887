package loaders

import "testing"

// TestDropInstalmentLabels checks that a bare instalment label ("Part 1",
// "Volume 2") standing alone, after a colon or a lower-case word, names
// no film.
func TestDropInstalmentLabels(t *testing.T) {
	cases := []struct {
		name, text, key string
		film            bool
	}{
		{"parts of a season after a colon",
			"Marrowby Lane returns\n\nThe fourth season of Marrowby Lane comes in two parts: Part 1 opens Friday, and Part 2 follows in May.",
			"part 2", false},
		{"a volume after a lower-case word",
			"Marrowby Lane returns\n\nThe streamer will release the season of Marrowby Lane in halves, with Volume 1 arriving on July 3.",
			"volume 1", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := entityType(t, c.text, c.key)
			if (got != "") != c.film {
				t.Errorf("%q typed %q, want an entity %v", c.key, got, c.film)
			}
		})
	}
}
