package loaders

import (
	"testing"
)

// TestOrgMembers checks orgMembers, orgMembersOfList, ledBy and
// namedMember on invented sentences: the body a character serves in,
// named in an appositive, a relative clause, a copula clause, "led by",
// "a former X captain named C"; and kin or places they leave alone.
func TestOrgMembers(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. Ana Hale plays Dot Vance and Tom Li plays Eli Crane. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a describing acronym before a role", "Rita Sol voices Mara Quinn, a rebellious DJ and the leader of the Night Owls, a crew of thieves.",
			[]string{"MEMBER_OF mara quinn -> night owls"}, nil},
		{"a title and a bare role", "Rita Sol plays Mara Quinn, the High Seat and head of the Grey Sisters.",
			[]string{"MEMBER_OF mara quinn -> grey sisters"}, nil},
		{"led by, past a place", "The heroes face the Crow Gang, a family of outlaws from the Salt Pans led by Pa Crow (Tom Li).",
			[]string{"MEMBER_OF pa crow -> crow gang"}, []string{"MEMBER_OF pa crow -> salt pans"}},
		{"guard: led by after a plain place", "The march crossed the Salt Pans led by Pa Crow (Tom Li).",
			nil, []string{"MEMBER_OF pa crow -> salt pans"}},
		{"a rank in a service", "Rita Sol plays Mara Quinn, a major in the Royal Marines.",
			[]string{"MEMBER_OF mara quinn -> royal marines"}, nil},
		{"a detective with a department", "Rita Sol plays Mara Quinn, a detective with the Harbor City Police Department.",
			[]string{"MEMBER_OF mara quinn -> harbor city police department"}, nil},
		{"a body before its role noun", "Rita Sol stars as Mara Quinn, a retired NSA analyst.",
			[]string{"MEMBER_OF mara quinn -> nsa"}, nil},
		{"of the guard", "Rita Sol turns up as Captain Orso of the Silver Guard, the duke's enforcer.",
			[]string{"MEMBER_OF captain orso -> silver guard"}, nil},
		{"who runs a body", "Rita Sol returns as Mara Quinn, the tycoon who runs Quintech.",
			[]string{"MEMBER_OF mara quinn -> quintech"}, nil},
		{"who has risen to chief", "Rita Sol reprises Mara Quinn, who has risen to chief of the Bayport Fire Department.",
			[]string{"MEMBER_OF mara quinn -> bayport fire department"}, nil},
		{"a group's possessive before a role", "Rita Sol plays Mara Quinn, the Harbor Fleet's most reckless pilot.",
			[]string{"MEMBER_OF mara quinn -> harbor fleet"}, nil},
		{"a plural group's possessive before any noun", "Rita Sol is back as Mara Quinn, the Hawks' former point guard turned coach.",
			[]string{"MEMBER_OF mara quinn -> hawks"}, nil},
		{"guard: a character's possessive", "Rita Sol plays Mara Quinn, the Doctor's loyal companion.",
			nil, []string{"MEMBER_OF mara quinn -> doctor"}},
		{"one of a group", "Rita Sol plays Mara Quinn, one of the Forsworn.",
			[]string{"MEMBER_OF mara quinn -> forsworn"}, nil},
		{"the last of a group", "Rita Sol plays Mara Quinn, the last of the Iron Kin.",
			[]string{"MEMBER_OF mara quinn -> iron kin"}, nil},
		{"now a role at a body", "Rita Sol returns as Mara Quinn, now a columnist at the Harbor Gazette, alongside Tom Li.",
			[]string{"MEMBER_OF mara quinn -> harbor gazette"}, nil},
		{"who joins a group", "Rita Sol plays Mara Quinn, who grudgingly joins the Larks.",
			[]string{"MEMBER_OF mara quinn -> larks"}, nil},
		{"guard: who joins the cast", "Rita Sol plays Mara Quinn, who joins the cast late.",
			nil, []string{"MEMBER_OF mara quinn -> cast"}},
		{"one of the members in a copula clause", "Dot Vance is one of five members of the Council of Elders.",
			[]string{"MEMBER_OF dot vance -> council of elders"}, nil},
		{"guard: one of the films of a body", "Dot Vance is one of the films of the Harbour Guild.",
			nil, []string{"MEMBER_OF dot vance -> harbour guild"}},
		{"characters in a copula clause", "Dot Vance and Eli Crane are now official partners at the Bayport Fire Department.",
			[]string{"MEMBER_OF dot vance -> bayport fire department", "MEMBER_OF eli crane -> bayport fire department"}, nil},
		{"led by a character", "They get help from the Night Owls, a covert squad led by Major Pike (Ian Shaw).",
			[]string{"MEMBER_OF major pike -> night owls"}, nil},
		{"a former captain named", "He's a former NYPD captain named Ray Dunn.",
			[]string{"MEMBER_OF ray dunn -> nypd"}, nil},
		{"drives for a team", "Dot Vance now drives for the Redline team.",
			[]string{"MEMBER_OF dot vance -> redline"}, nil},
		{"guard: kin, not a body", "Rita Sol plays Mara Quinn, the daughter of Logan Pryce.",
			nil, []string{"MEMBER_OF mara quinn -> logan pryce"}},
		{"guard: a farmer in a region", "Rita Sol plays Mara Quinn, a farmer in the Midlands.",
			nil, []string{"MEMBER_OF mara quinn -> midlands"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text+"\n")
			checkLines(t, got, c.want, c.not)
		})
	}
}
