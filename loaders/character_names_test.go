package loaders

import "testing"

// TestUntitledForm checks the name a character node takes without the
// titles that open it: ranks and honorifics go, a courtesy title with one
// name stays, and a role word after a title is a given name.
func TestUntitledForm(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"rank before a full name", "Colonel Miles Quaritch", "Miles Quaritch"},
		{"abbreviated rank", "Dr. Ilene Andrews", "Ilene Andrews"},
		{"courtesy title with one name", "Mr. House", "Mr. House"},
		{"role word and a common noun", "Soldier Boy", "Soldier Boy"},
		{"role word after a title is a given name", "Lt. Don Thompson", "Don Thompson"},
		{"only titles", "The Director", "The Director"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := untitledForm(c.in); got != c.want {
				t.Errorf("untitledForm(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}
