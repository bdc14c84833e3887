package loaders

import "testing"

// TestChartParenCompany checks, on invented chart lines, that the company
// in brackets after a title is credited with it (DISTRIBUTED), a channel
// with its day, two companies across a slash; a person in brackets, a
// title's own acronym and a bracket with no chart figure after an untyped
// name are left alone.
func TestChartParenCompany(t *testing.T) {
	const head = " date 2026-05-01\nThe Weekend Chart\n\nThe comedy The Copper Lantern opened this weekend.\n"
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a studio and a dollar figure", "1. The Copper Lantern (Thistlewick Pictures) – $17.8 million",
			[]string{"DISTRIBUTED thistlewick pictures -> copper lantern"}, nil},
		{"a channel and its day", "3. Gull Harbour (KTV, Sunday) – 1.88 million",
			[]string{"DISTRIBUTED ktv -> gull harbour"}, nil},
		{"a channel and a comma figure", "- Gull Harbour (KTV), 1.88 million",
			[]string{"DISTRIBUTED ktv -> gull harbour"}, nil},
		{"a bare name before a figure", "4. Salt Meadow (Quillon) – $7.5 million",
			[]string{"DISTRIBUTED quillon -> salt meadow"}, nil},
		{"a given name in brackets", "4. Salt Meadow (Marla) – $7.5 million",
			nil, []string{"DISTRIBUTED marla -> salt meadow"}},
		{"a person's agency", "5. Marla Quenby (Vantor Pictures) – $1 million",
			nil, []string{"DISTRIBUTED vantor pictures -> marla quenby"}},
		{"the title's own acronym", "She taught at the Centro de Arte Visual (CAV) for years.",
			nil, []string{"DISTRIBUTED cav -> centro de arte visual"}},
		{"no chart figure", "She toured Gull Harbour (KTV) last spring.",
			nil, []string{"DISTRIBUTED ktv -> gull harbour"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
