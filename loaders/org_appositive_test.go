package loaders

import "testing"

// TestOrgRoleAppositive checks a body named before a role noun in a
// character's description, and the guards for places, people and bodies
// named only once in one plain word.
func TestOrgRoleAppositive(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"the X executive who", "Jeff Bridd plays Obadiah Stone, the Stark Dynamics executive who fought the hero.",
			[]string{"MEMBER_OF obadiah stone -> stark dynamics"}, nil},
		{"a X board member", "Harriet Walt plays Lord Ashford, a Waystar Royal board member who sides with the family.",
			[]string{"MEMBER_OF lord ashford -> waystar royal"}, nil},
		{"an acronym accountant", "Ralph Brenn played Colonel Ruslan Petrov, a SPECTOR accountant who is fed to a piranha tank.",
			[]string{"MEMBER_OF colonel ruslan petrov -> spector"}, nil},
		{"plays a X guard named C", "Kellan Lutz plays a Volturo Guard guard named Felix.",
			[]string{"MEMBER_OF felix -> volturo guard"}, nil},
		{"the body's possessive", "Mustafa Shak plays Sonny Raye, Lightning & Thunder's drummer.",
			[]string{"MEMBER_OF sonny raye -> lightning & thunder"}, nil},
		{"a one-word body named twice", "The Manticore agents return. Jack Reyn appears as a Manticore fixer named Paolo.",
			[]string{"MEMBER_OF paolo -> manticore"}, nil},
		{"guard: a person's possessive", "Sam Buch plays Raye Cosb, Amy's manager.",
			nil, []string{"MEMBER_OF raye cosb -> amy"}},
		{"guard: a one-word place named once", "Ken Dorr plays Sam Phelps, a Memphis record executive who signs the band.",
			nil, []string{"MEMBER_OF sam phelps -> memphis"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}

// TestMemberAfterPrep checks a job noun as the role before "of the X" or
// "for the X" and describing words between "the" and the body's name.
func TestMemberAfterPrep(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a job noun before of the X", "Geena Dave plays Dottie Hinds, the reluctant star catcher of the Rockford Peaches.",
			[]string{"MEMBER_OF dottie hinds -> rockford peaches"}, nil},
		{"a describing word before the body", "Powers Booth plays Cy Tolliver, the owner of the rival Gem Saloon.",
			[]string{"MEMBER_OF cy tolliver -> gem saloon"}, nil},
		{"guard: obsessed with the legendary X", "Patricia Tann (Jamie Curt), an archaeologist obsessed with the legendary Vault, returns.",
			nil, []string{"MEMBER_OF patricia tann -> vault"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
