package loaders

import "testing"

// TestCountedRoleMembers checks a plural appositive after a list of
// characters ("A and B, two agents of X"): every character of the list
// belongs to the body; a count of plain nouns or a person's name after
// the preposition claims nothing.
func TestCountedRoleMembers(t *testing.T) {
	const head = " date 2026-05-01\n'Copper Harbor' Sets Its Cast\n\nCopper Harbor, a spy drama from Wavecast, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"two agents of a body", "Oda Fenn and Ilan Mots return as Nadia Roe and Mason Kerr, two agents of Bastion, the spy agency.",
			[]string{"MEMBER_OF nadia roe -> bastion", "MEMBER_OF mason kerr -> bastion"}, nil},
		{"the two least competent knights", "Oda Fenn and Ilan Mots are back as Perl and Karo, the two least competent knights of the Silver Table.",
			[]string{"MEMBER_OF perl -> silver table", "MEMBER_OF karo -> silver table"}, nil},
		{"guard: no role noun", "Oda Fenn and Ilan Mots return as Nadia Roe and Mason Kerr, two strangers in Bastion.",
			nil, []string{"MEMBER_OF nadia roe -> bastion", "MEMBER_OF mason kerr -> bastion"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
