package loaders

import "testing"

func TestNonSubjectKey(t *testing.T) {
	for _, c := range []struct {
		key  string
		want bool
	}{
		{"twitch", true},
		{"formula one", true},
		{"25th anniversary", true},
		{"collector's edition", true},
		{"director's cut", true},
		{"the final cut", false},
		{"anniversary: the reunion", false},
		{"blue harbor", false},
		{"max", false},
		{"venice film festival", true},
		{"golden globe awards", true},
		{"cinemacon", true},
		{"festival", false},
		{"festival: the return", false},
	} {
		t.Run(c.key, func(t *testing.T) {
			if got := nonSubjectKey(c.key); got != c.want {
				t.Errorf("nonSubjectKey(%q) = %v, want %v", c.key, got, c.want)
			}
		})
	}
}

// TestUntypeNonFilms checks that an anniversary, an event or a platform
// is no film entity (so "the film" cannot resolve to it), while a quoted
// title that happens to end in such a word stays a film.
func TestUntypeNonFilms(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want, not  []string
	}{
		{"anniversary run",
			"Harbor Lights Returns\n\nThe 30th Anniversary run of the film starts in May. The film stars Kit Moss as Ada Quist.",
			nil, []string{"Film:30th anniversary"}},
		{"festival premiere",
			"News\n\nThe drama premiered at the Lakeside Film Festival. The film stars Kit Moss.",
			nil, []string{"Film:lakeside film festival"}},
		{"quoted title stays a film",
			"News\n\nKit Moss stars in the comedy 'Anniversary', out Friday.",
			[]string{"Film:anniversary"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text)
			checkLines(t, ents, c.want, c.not)
		})
	}
}
