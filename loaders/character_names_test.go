package loaders

import "testing"

// TestUntitledForm checks the name a character node takes without the
// titles that open it: ranks and honorifics go, a courtesy title with one
// name stays, and a role word after a title is a given name.
func TestUntitledForm(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"rank before a full name", "Colonel Silas Draygor", "Silas Draygor"},
		{"abbreviated rank", "Dr. Doreen Halsworth", "Doreen Halsworth"},
		{"courtesy title with one name", "Mr. Gable", "Mr. Gable"},
		{"role word and a common noun", "Soldier Girl", "Soldier Girl"},
		{"role word after a title is a given name", "Lt. Don Pelham", "Don Pelham"},
		{"only titles", "The Director", "The Director"},
		{"modifier and post before a full name", "Deputy Director Wren Maddox", "Wren Maddox"},
		{"rank and post before a full name", "Chief Inspector Ada Quill", "Ada Quill"},
		{"acronym and rank before a full name", "U.S. Marshal Tobin Shaw", "Tobin Shaw"},
		{"agency and post before a full name", "FBI Director Lyle Ganz", "Lyle Ganz"},
		{"service and role before a full name", "Army Ranger Cole Brisco", "Cole Brisco"},
		{"service and rank before one name", "Navy Commander Brisco", "Navy Commander Brisco"},
		{"acronym before a name", "DJ Kool Mace", "DJ Kool Mace"},
		{"rank before a post and one name", "Chief Engineer Pollard", "Chief Engineer Pollard"},
		{"rank before a given name ending like a noun", "Agent Tyler Brisco", "Tyler Brisco"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := untitledForm(c.in); got != c.want {
				t.Errorf("untitledForm(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// TestKeepCharacterNames checks that a name a cue typed a character stays
// a character where only a given name's shape made it a person.
func TestKeepCharacterNames(t *testing.T) {
	cases := []struct{ name, text, key string }{
		{"listed part named earlier in passing", "Greg sides with Ollie Brockway in the vote. Steve Ambrose, Martin Tregothnan and Selma Quarry return as amateur sleuths and podcasters Carl Wetherby, Ollie Brockway and Hazel Morrow.", "ollie brockway"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := localRun(" date 2026-05-01\nIron Creek Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "+c.text, "")
			for _, e := range r.ents {
				if e.key == c.key && e.typ != "Character" {
					t.Errorf("%q typed %s, want Character", e.key, e.typ)
				}
			}
		})
	}
}
