package loaders

import "testing"

// TestRecasts checks parts that pass from one actor to another ("took over
// the role of C from Q", "P replaced Q as C") and successions that are
// no recast, on invented sentences.
func TestRecasts(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"role of C from Q", "Karl Meyer has taken over the role of Sven Dahl from Jonas Ekberg, who played him in the first film.",
			[]string{"PORTRAYED jonas ekberg -> sven dahl"}, nil},
		{"the role from Q after a cast claim", "Karl Meyer stars as Sven Dahl, taking over the role from Jonas Ekberg, who led the first season.",
			[]string{"ACTED_IN karl meyer -> iron creek as sven dahl", "PORTRAYED jonas ekberg -> sven dahl"}, nil},
		{"from the late Q", "Karl Meyer takes over the role of Sven Dahl from the late Jonas Ekberg.",
			[]string{"PORTRAYED jonas ekberg -> sven dahl"}, nil},
		{"replaced Q as C", "The sequel skips 2008's Blue Harbor, in which Lena Frey replaced Anna Roos as Tess Varga.",
			[]string{"ACTED_IN lena frey -> blue harbor as tess varga", "PORTRAYED anna roos -> tess varga"}, nil},
		{"replaced Q as an owner's tie", "In the sequels Lena Frey replaced Anna Roos as Rolf's girlfriend Tess Varga.",
			[]string{"PORTRAYED anna roos -> tess varga"}, nil},
		{"replaced Q as a job", "Lena Frey replaced Anna Roos as director of the sequel.",
			nil, []string{"PORTRAYED anna roos -> director"}},
		{"took over the role with no part", "Karl Meyer took over the role from Jonas Ekberg last year.",
			nil, []string{"PORTRAYED jonas ekberg -> karl meyer"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
