package loaders

import "testing"

// TestPresenterVerb checks, on invented sentences, narrators and hosts
// read as cast credits (as the golds type documentary narrators and
// presenters): "P narrated F", "F, which P also narrated,", "narrated by
// P", "a special hosted by P", "P narrates and appears"; and the guards
// (an event hosted, a narrator with no object opening no clause).
func TestPresenterVerb(t *testing.T) {
	const head = " date 2026-05-01\nWild Shores III roars to Sunday's biggest audience\n\nWild Shores III drew 6.1 million viewers. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a narrator's object", "Later, Edmund Harrow narrated the documentary Deep Ice.",
			[]string{"ACTED_IN edmund harrow -> deep ice"}, nil},
		{"a relative clause", "Wild Shores II, which Edmund Harrow also narrated, launched in 2016.",
			[]string{"ACTED_IN edmund harrow -> wild shores ii"}, nil},
		{"narrated by", "The 2019 documentary Blue Realm: Deep Water was narrated by Edmund Harrow.",
			[]string{"ACTED_IN edmund harrow -> blue realm: deep water"}, nil},
		{"a subject that narrates and appears", "Edmund Harrow narrates and appears in the framing scenes.",
			[]string{"ACTED_IN edmund harrow -> wild shores iii"}, nil},
		{"guard: a panel hosted", "The news capped a panel hosted by Gavin Pell, who directed Wild Shores III.",
			nil, []string{"ACTED_IN gavin pell -> wild shores iii"}},
		{"guard: no object, no clause of its own", "Forest Vane, who narrates, is a producer alongside Milo Trent.",
			nil, []string{"ACTED_IN milo trent -> wild shores iii"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
