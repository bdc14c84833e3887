package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestCompanyOfPerson checks, on invented sentences, that "produced by O's
// P" credits both the company O and its person P, each with its own type,
// while a person's own company ("P's O") and a director's surname before
// a company keep their reading.
func TestCompanyOfPerson(t *testing.T) {
	const head = " date 2026-05-01\nTidewater Sets Spring Premiere\n\nThe mystery drama Tidewater returns in April. The series stars Mara Velden and Josh Pike. "
	cases := []struct {
		name  string
		text  string
		want  []string
		types map[string]kg.NodeType
	}{
		{"company then person", "The series is produced by Silver Lantern's Dana Wolfe.",
			[]string{"PRODUCED silver lantern -> tidewater", "PRODUCED dana wolfe -> tidewater"},
			map[string]kg.NodeType{"silver lantern": kg.Organisation, "dana wolfe": kg.Person}},
		{"opening participle and a list", "Produced by Silver Lantern's Dana Wolfe and Ivo Stanek, the series follows a coastguard officer.",
			[]string{"PRODUCED silver lantern -> tidewater", "PRODUCED dana wolfe -> tidewater", "PRODUCED ivo stanek -> tidewater"},
			map[string]kg.NodeType{"silver lantern": kg.Organisation, "dana wolfe": kg.Person}},
		{"a person's own company", "The series is produced by Dana Wolfe's Silver Lantern.",
			[]string{"PRODUCED silver lantern -> tidewater", "PRODUCED dana wolfe -> tidewater"},
			map[string]kg.NodeType{"silver lantern": kg.Organisation, "dana wolfe": kg.Person}},
		{"a named director's surname", "Ridley Marsh directs. The series is produced by Marsh's Neal Harbor.",
			[]string{"PRODUCED neal harbor -> tidewater"},
			map[string]kg.NodeType{"neal harbor": kg.Organisation}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := head + c.text + "\n"
			checkLines(t, localFacts(t, text), c.want, nil)
			for k, ty := range c.types {
				if got := entityType(t, text, k); got != ty {
					t.Errorf("%s typed %q, want %q", k, got, ty)
				}
			}
		})
	}
}
