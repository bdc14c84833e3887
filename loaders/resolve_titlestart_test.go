package loaders

import "testing"

// TestTitleStartsWith checks which titles that begin with a franchise's
// name are entries of it: a subtitle, a number, a numeral word or a word of
// the entry's own, but not a title joining the name to another.
func TestTitleStartsWith(t *testing.T) {
	cases := []struct {
		name  string
		title string
		want  bool
	}{
		{"a subtitle", "wexmoor: the last gate", true},
		{"a number and a subtitle", "wexmoor 3: the last gate", true},
		{"a roman numeral ten", "wexmoor x", true},
		{"a 3d entry", "wexmoor 3d", true},
		{"a word of its own", "wexmoor salvation", true},
		{"guard: the name itself", "wexmoor", false},
		{"guard: a joined title", "wexmoor and the fox", false},
		{"guard: of", "wexmoor of the hills", false},
		{"guard: a longer word", "harrowgate", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := titleStartsWith(c.title, []string{"wexmoor"}); got != c.want {
				t.Errorf("titleStartsWith(%q) = %v, want %v", c.title, got, c.want)
			}
		})
	}
}
