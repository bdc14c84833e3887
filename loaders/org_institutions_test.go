package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestInstitutionNames checks, on invented sentences, the story's schools,
// hospitals and sects named by a capitalised run closed by "High",
// "College", "University", "Hospital" or "Sect": the name is an
// organisation (not a character or a person), and a character stated as
// its member, head or disciple is MEMBER_OF it; the guard: a single
// capitalised institution word names nothing.
func TestInstitutionNames(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a drama from Neon, arrives in September. Ana Hale plays Dot Vance and Tom Li plays Eli Crane. "
	cases := []struct {
		name string
		text string
		org  string // key that must be an organisation ("" when none)
		none string // key that must be no entity ("" when none)
		want []string
	}{
		{"a high school after at", "Dot Vance is now the head of the drama club at Brindle Vale High.", "brindle vale high", "", nil},
		{"a college after the elite", "Eli Crane transfers to the elite Marrow Hill College to find his sister.", "marrow hill college", "", nil},
		{"a university after at", "Dot Vance is studying on a writing program at Pellow University in the US.", "pellow university", "", nil},
		{"a hospital after by ambulance at", "Patients arrived by ambulance at Quillan Bay Hospital.", "quillan bay hospital", "", nil},
		{"a hospital after a saint's title", "Eli Crane said farewell to St. Orrin Hospital in the finale.", "st. orrin hospital", "", nil},
		{"a sect and its disciple", "Rita Sol plays Mara Quinn, an expelled disciple of the Jade Heron Sect.", "jade heron sect", "",
			[]string{"MEMBER_OF mara quinn -> jade heron sect"}},
		{"a sect's leader", "Rita Sol plays Mara Quinn, the leader of the Vell Moon Sect.", "vell moon sect", "",
			[]string{"MEMBER_OF mara quinn -> vell moon sect"}},
		{"guard: a lone institution word", "Dot Vance returns to the Hospital in the finale.", "", "hospital", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := head + c.text + "\n"
			if c.org != "" {
				if got := entityType(t, text, c.org); got != kg.Organisation {
					t.Errorf("%s typed %q, want an organisation", c.org, got)
				}
			}
			if c.none != "" {
				if got := entityType(t, text, c.none); got != "" {
					t.Errorf("%s is an entity (%s), want none", c.none, got)
				}
			}
			if c.want != nil {
				checkLines(t, localFacts(t, text), c.want, nil)
			}
		})
	}
}
