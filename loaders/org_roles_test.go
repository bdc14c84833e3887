package loaders

import "testing"

// TestOrgRoles checks MEMBER_OF read from a body and a role noun before a
// character ("FBI agent C", "the X flight director C"), from "C from the
// X", from an acronym left out of a titled character's name when the
// article names the body on its own, and from an appositive ending in an
// acronym and a service noun ("C, the CTU official"): invented sentences, each with
// claims that must and must not be found.
func TestOrgRoles(t *testing.T) {
	const head = " date 2026-05-01\n'Deep Orbit' Sets Its Cast\n\nDeep Orbit, a thriller, arrives in May. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"acronym and role noun before the character", "Luke Bray returns as FBI agent Johnny Ute.",
			[]string{"MEMBER_OF johnny ute -> fbi"}, nil},
		{"describing word between body and role", "Ava Brisk returns as ESA flight commander Karl Ober.",
			[]string{"MEMBER_OF karl ober -> esa"}, []string{"MEMBER_OF ava brisk -> esa"}},
		{"character from the body", "Michael Stull plays Agent Halder from the CIA.",
			[]string{"MEMBER_OF agent halder -> cia"}, nil},
		{"a place after 'from the' is no body", "Michael Stull plays Tom Halder from the Bronx.",
			nil, []string{"MEMBER_OF tom halder -> bronx"}},
		{"acronym left out of a titled name", "The DEA took the case in 1985. Maya Rios stars as DEA Agent Lena Hart, a rookie.",
			[]string{"MEMBER_OF lena hart -> dea"}, nil},
		{"appositive ending in an acronym and a service noun", "Tom Hale plays Alan Thorne, the CTU official whose death sets off the plot.",
			[]string{"MEMBER_OF alan thorne -> ctu"}, nil},
		{"appositive after a possessive", "Mary Roe returns as Chloe Ober, Jack's most loyal CTU colleague.",
			[]string{"MEMBER_OF chloe ober -> ctu"}, nil},
		{"an acronym before a word that is no service noun", "Rob Yates plays Frank Dollery, a BBC reporter.",
			nil, []string{"MEMBER_OF frank dollery -> bbc"}},
		{"a person after the role noun is no member", "The film is produced by NASA veteran Tom Weir.",
			nil, []string{"MEMBER_OF tom weir -> nasa"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
