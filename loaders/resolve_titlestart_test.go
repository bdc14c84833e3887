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
		{"a subtitle", "harrow: the last gate", true},
		{"a number and a subtitle", "harrow 3: the last gate", true},
		{"a roman numeral ten", "harrow x", true},
		{"a 3d entry", "harrow 3d", true},
		{"a word of its own", "harrow salvation", true},
		{"guard: the name itself", "harrow", false},
		{"guard: a joined title", "harrow and the fox", false},
		{"guard: of", "harrow of the hills", false},
		{"guard: a longer word", "harrowgate", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := titleStartsWith(c.title, []string{"harrow"}); got != c.want {
				t.Errorf("titleStartsWith(%q) = %v, want %v", c.title, got, c.want)
			}
		})
	}
}
