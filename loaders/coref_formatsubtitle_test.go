package loaders

import "testing"

// TestFormatSubtitle checks that a title and the same title with a colon
// subtitle naming only a format ("X: The Movie", "X: The Animated
// Series") are two productions, while other unnumbered subtitles still
// make the short form the long title's.
func TestFormatSubtitle(t *testing.T) {
	for _, c := range []struct {
		name, short, long string
		want              bool
	}{
		{"the movie", "harbour lamps", "harbour lamps: the movie", false},
		{"the animated series", "harbour lamps", "harbour lamps: the animated series", false},
		{"the tv show", "harbour lamps", "harbour lamps: the tv show", false},
		{"a story subtitle", "harbour lamps", "harbour lamps: a kestrel story", true},
		{"a subtitle ending in a production noun", "harbour lamps", "harbour lamps: the last movie", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := isSubtitleOf(c.short, c.long); got != c.want {
				t.Errorf("isSubtitleOf(%q, %q) = %v, want %v", c.short, c.long, got, c.want)
			}
		})
	}
}
