package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestStaffAtBody checks, on invented sentences, that a name after a
// staff or member noun and "at" is typed an organisation ("analyst at X",
// "a team of sixty at X", "on staff at X"; a one-word name the article
// names again), and the guards: a place after
// "at", and "at" after a verb.
func TestStaffAtBody(t *testing.T) {
	const head = " date 2026-05-01\n'Ashen Coulee' Sets Its Cast\n\nAshen Coulee, a western comedy, arrives in September. "
	cases := []struct {
		name     string
		text     string
		org, not string
	}{
		{"an analyst", "Boxmetric counted the tickets. Audiences have been waiting, said Tam Osk, senior media analyst at Boxmetric.", "boxmetric", ""},
		{"a team", "Inkmouse drew it. Now I'm running a team of sixty at Inkmouse, which animates the new show.", "inkmouse", ""},
		{"on staff", "Bea Lund plays a psychiatrist on staff at Crane Hollow Memorial, the hospital where it happens.", "crane hollow memorial", ""},
		{"guard: a place", "Tam Osk, a teacher at London, left early.", "", "london"},
		{"guard: after a verb", "The film premiered at Sundance in January.", "", "sundance"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := localRun(head+c.text+"\n", "")
			for _, e := range r.ents {
				if c.org != "" && e.key == c.org && e.typ != kg.Organisation {
					t.Errorf("%q typed %q, want an organisation", e.key, e.typ)
				}
				if c.not != "" && e.key == c.not && e.typ == kg.Organisation {
					t.Errorf("%q typed an organisation", e.key)
				}
			}
			found := c.org == ""
			for _, e := range r.ents {
				found = found || e.key == c.org
			}
			if !found {
				t.Errorf("no entity %q", c.org)
			}
		})
	}
}
