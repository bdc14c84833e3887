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
		{"the X executive who", "Jeff Ormond plays Barnaby Stone, the Vantor Dynamics executive who fought the hero.",
			[]string{"MEMBER_OF barnaby stone -> vantor dynamics"}, nil},
		{"a X asset sent after", "Mia Quell is Dara Venn, a Blackmere Group asset sent after him.",
			[]string{"MEMBER_OF dara venn -> blackmere group"}, nil},
		{"a X station chief sent to", "Tom Rell will play Arlo Fenn, a veteran Sable Directorate station chief sent to bring her home.",
			[]string{"MEMBER_OF arlo fenn -> sable directorate"}, nil},
		{"a X board member", "Harriet Cobb plays Lord Pemberly, a Brightmoor Royal board member who sides with the family.",
			[]string{"MEMBER_OF lord pemberly -> brightmoor royal"}, nil},
		{"an acronym accountant", "Ralph Tessing played Colonel Dmitri Volkan, a CORVEX accountant who is fed to a piranha tank.",
			[]string{"MEMBER_OF colonel dmitri volkan -> corvex"}, nil},
		{"plays a X guard named C", "Kellan Drover plays a Morvane Guard guard named Tavis.",
			[]string{"MEMBER_OF tavis -> morvane guard"}, nil},
		{"the body's possessive", "Mustafa Delcour plays Sonny Vale, Hail & Hammer's drummer.",
			[]string{"MEMBER_OF sonny vale -> hail & hammer"}, nil},
		{"a one-word body named twice", "The Gryphex agents return. Jack Tolland appears as a Gryphex fixer named Bartolo.",
			[]string{"MEMBER_OF bartolo -> gryphex"}, nil},
		{"guard: a person's possessive", "Sam Kerrigan plays Raye Dunstan, Ilona's manager.",
			nil, []string{"MEMBER_OF raye dunstan -> ilona"}},
		{"guard: a one-word place named once", "Ken Dorr plays Sam Pettifer, a Memphis record executive who signs the band.",
			nil, []string{"MEMBER_OF sam pettifer -> memphis"}},
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
		{"a job noun before of the X", "Rhona Tesh plays Dilly Renfrew, the reluctant star catcher of the Millbrook Plums.",
			[]string{"MEMBER_OF dilly renfrew -> millbrook plums"}, nil},
		{"a describing word before the body", "Hollis Alder plays Cy Garrow, the owner of the rival Opal Saloon.",
			[]string{"MEMBER_OF cy garrow -> opal saloon"}, nil},
		{"guard: obsessed with the legendary X", "Patricia Venn (Jamie Stroud), an archaeologist obsessed with the legendary Cairn, returns.",
			nil, []string{"MEMBER_OF patricia venn -> cairn"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
