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
