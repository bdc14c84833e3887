package loaders

import "testing"

// TestRoleChain checks roleChain on invented sentences: a post in a body
// as the second description of a character's appositive, after "who
// was", or bare after the comma, after a character's possessive ("D's
// boss at the X"), after "the company's" with the body named before; and
// kin and clauses it leaves alone.
func TestRoleChain(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. Ana Hale plays Dot Vance and Tom Li plays Eli Crane. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a post after a description holding a name", "Rita Sol plays Mara Quinn, the young seer known as the Lantern and the founder of the Ember Compact, with Tom Li.",
			[]string{"MEMBER_OF mara quinn -> ember compact"}, nil},
		{"a member after a first description", "Rita Sol was Mara Quinn, the envoy of Talvea and a member of the Ash Synod; Tom Li played the pilot.",
			[]string{"MEMBER_OF mara quinn -> ash synod"}, nil},
		{"a bare post after the comma", "Rita Sol gave the film its heart as Mara Quinn, chieftain of the Redfen clan, and also sang.",
			[]string{"MEMBER_OF mara quinn -> redfen clan"}, nil},
		{"who was, and a post", "Rita Sol voices Mara Quinn, who was the first Night Heron and a founding member of the Lanternmen.",
			[]string{"MEMBER_OF mara quinn -> lanternmen"}, nil},
		{"a post at a body after a character's possessive", "Rita Sol plays Mara Quinn, Dot's boss at the Harbor Gazette.",
			[]string{"MEMBER_OF mara quinn -> harbor gazette"}, nil},
		{"guard: kin at a body after a possessive", "Rita Sol plays Mara Quinn, Dot's brother at the Harbor Gazette.",
			nil, []string{"MEMBER_OF mara quinn -> harbor gazette"}},
		{"the company's post, the company named before", "The Varro Company is producing alongside Neon, with Rita Sol as Mara Quinn, the company's chief executive.",
			[]string{"MEMBER_OF mara quinn -> varro company"}, nil},
		{"guard: kin twice", "Rita Sol plays Mara Quinn, the daughter of Logan Pryce and the sister of Ada Pryce.",
			nil, []string{"MEMBER_OF mara quinn -> ada pryce", "MEMBER_OF mara quinn -> logan pryce"}},
		{"guard: a new clause before the post", "Rita Sol plays Mara Quinn, the pilot who flies and the head of the Ember Compact appears.",
			nil, []string{"MEMBER_OF mara quinn -> ember compact"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text+"\n")
			checkLines(t, got, c.want, c.not)
		})
	}
}
