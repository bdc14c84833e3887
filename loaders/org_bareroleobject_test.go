package loaders

import "testing"

// TestBareOrgRoleObject checks a character introduced by a body and a role
// noun with no article before them ("as VANTOR executive C", "P is Sable
// Directorate agent C"), and the guards for places and one-word names.
func TestBareOrgRoleObject(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a thriller from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"as X executive C", "Corin Hale has a cameo as VANTOR executive Ray Dulling in the first act.",
			[]string{"MEMBER_OF ray dulling -> vantor"}, nil},
		{"as X two words role C", "Mara Quist returns in a new role, as Harrow Bay Police homicide detective Dana Wrell, investigating the murder.",
			[]string{"MEMBER_OF dana wrell -> harrow bay police"}, nil},
		{"P is X agent C", "Tessa Lorne is Sable Directorate agent Juno Parrish.",
			[]string{"MEMBER_OF juno parrish -> sable directorate", "ACTED_IN tessa lorne -> iron creek as juno parrish"}, nil},
		{"P is X agent C, and", "Brock Amell is Sable Directorate agent Milo Tarrant, and Una Fisk plays his wife.",
			[]string{"MEMBER_OF milo tarrant -> sable directorate", "ACTED_IN brock amell -> iron creek as milo tarrant"}, nil},
		{"guard: a demonym before the role", "Lise Marten plays French agent Delphine Arnaud.",
			nil, []string{"MEMBER_OF delphine arnaud -> french"}},
		{"guard: a one-word body named once", "Ken Dorr appears as Quorvex director Sam Pettifer.",
			nil, []string{"MEMBER_OF sam pettifer -> quorvex"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
