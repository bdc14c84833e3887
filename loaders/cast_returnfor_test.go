package loaders

import "testing"

// TestReturnFor checks "P came back for F" (an actor the text already
// credited acted in F), on invented sentences.
func TestReturnFor(t *testing.T) {
	const head = " date 2026-05-01\nTom Akers, Horror Star, Dies at 71\n\nTom Akers has died. Akers played Thalmo in Harbor Lights (1992). "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"returned for a titled sequel", "Akers returned for Harbor Lights: Ash Wars (2016), directed by Ana Vittor.",
			[]string{"ACTED_IN tom akers -> harbor lights: ash wars"}, nil},
		{"back for a colon title", "Akers is back for Harbor Lights: Into the Fog, due in theaters July 28.",
			[]string{"ACTED_IN tom akers -> harbor lights: into the fog"}, nil},
		{"came back for", "Akers came back for Harbor Lights: Farewell to the Sea in 1995.",
			[]string{"ACTED_IN tom akers -> harbor lights: farewell to the sea"}, nil},
		{"no acting credit: a crew return", "Ana Vittor and Mark Dell returned for Harbor Lights: Ash Wars in 2016.",
			nil, []string{"ACTED_IN ana vittor -> harbor lights: ash wars", "ACTED_IN mark dell -> harbor lights: ash wars"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
