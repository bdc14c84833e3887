package loaders

import "testing"

// TestOrgSpecialistRoles checks a specialist's job after a body's name in
// a character's description ("C, a X cryptographer", "C, the X
// spymaster", "plays the X psychiatrist C") read as a membership, and the
// guard for a place before the job.
func TestOrgSpecialistRoles(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a thriller from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"C, a X cryptographer", "Perrin Vasquez stars as Dario Brask, a VORTEL cryptographer who goes rogue after a bad week.",
			[]string{"MEMBER_OF dario brask -> vortel"}, nil},
		{"C, the X spymaster", "Ilse Marr plays Carolyn Vetch, the unreadable QUILLON spymaster, in every season.",
			[]string{"MEMBER_OF carolyn vetch -> quillon"}, nil},
		{"plays the X psychiatrist C", "Tobias Renn plays the Harlow Asylum psychiatrist Julian Roe, who torments her.",
			[]string{"MEMBER_OF julian roe -> harlow asylum"}, nil},
		{"guard: a place before the job", "Ola Brandt plays Nils Carver, a Boston psychiatrist who hears too much.",
			nil, []string{"MEMBER_OF nils carver -> boston"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
