package loaders

import (
	"testing"
)

// TestClauseCredits checks that a title named in a clause describing a
// person or a part ("P, who wrote and directed F, is an executive
// producer", "as C, who married S at the end of F") does not take the
// main clause's credit, while the clause's own credits stay on it.
func TestClauseCredits(t *testing.T) {
	const head = "'Brine Road 2' Sets Its Team\n\nBrine Road 2 is in development at Kestrel Pictures, the studio said on Monday. "
	cases := []struct {
		name, text string
		want, not  []string
	}{
		{
			name: "a relative clause's crew credit is no producer credit",
			text: head + "Ada Quist, who wrote and directed Dune Harbor, is an executive producer. Brine Road 2 shoots in May.",
			want: []string{"PRODUCED ada quist -> brine road 2"},
			not:  []string{"PRODUCED ada quist -> dune harbor"},
		},
		{
			name: "a part named before a clause about an earlier film",
			text: head + "Mara Quint is back as Tess Vane, who married Nell at the end of Brine Road. Brine Road 2 shoots in May.",
			want: []string{"ACTED_IN mara quint -> brine road 2 (tess vane)"},
			not:  []string{"ACTED_IN mara quint -> brine road (tess vane)"},
		},
		{
			name: "the part the clause says was played in the earlier film stays there",
			text: head + "Kit Moss is in talks to return as Tom Vell, the role he last played in 2007's Iron Pier. Brine Road 2 shoots in May.",
			want: []string{"ACTED_IN kit moss -> iron pier (tom vell)"},
		},
		{
			name: "the filmmaker behind earlier films keeps every credit on them",
			text: head + "Bo Reyes, the filmmaker behind Dune Harbor, is in talks to direct. Brine Road 2 shoots in May.",
			want: []string{"DIRECTED bo reyes -> dune harbor"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.not)
		})
	}
}

// TestOriginalParts checks that a part "played in the original" goes to
// the first production of the series, and to the new one as well when the
// sentence says the player returns.
func TestOriginalParts(t *testing.T) {
	const head = "'Brine Road 2' Sets Its Cast\n\nBrine Road 2 is in development at Kestrel Pictures, the studio said on Monday. " +
		"The 2019 film Brine Road was a hit. "
	cases := []struct {
		name, text string
		want, not  []string
	}{
		{
			name: "a part played on the original, with no return",
			text: head + "Mara Quint, who played the paralegal Tess Vane on the original, is not expected to appear. Brine Road 2 shoots in May.",
			want: []string{"APPEARS_IN tess vane -> brine road"},
			not:  []string{"ACTED_IN mara quint -> brine road 2 (tess vane)"},
		},
		{
			name: "a part played in the original by a player who returns",
			text: head + "Kit Moss, who played the grieving teen Nell in the original, is set to return. Brine Road 2 shoots in May.",
			want: []string{"ACTED_IN kit moss -> brine road (nell)"},
		},
		{
			name: "a part with no earlier production named stays",
			text: head + "Bo Reyes plays Ivo Brandt, a detective. Brine Road 2 shoots in May.",
			want: []string{"ACTED_IN bo reyes -> brine road 2 (ivo brandt)"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.not)
		})
	}
}
