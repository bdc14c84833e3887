package loaders

import "testing"

// TestCompanyFormatNoun checks, on invented sentences, a company before
// an air or outlet noun and a title ("the QTV procedural Dock Nine", "the
// Brightwell short Paper Kites"); and the guards (a holiday before
// "special", a hyphenated place adjective before a procedural).
func TestCompanyFormatNoun(t *testing.T) {
	const head = " date 2026-05-01\nRoan Vessey, voice of a hundred villains, dies at 80\n\nRoan Vessey, the actor, has died. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"an air noun after a network", "He played a sergeant on the CBS procedural Dock Nine for years.",
			[]string{"DISTRIBUTED cbs -> dock nine"}, nil},
		{"an outlet noun after a studio", "He narrated the Brightwell Animation short Paper Kites (2011).",
			[]string{"PRODUCED brightwell animation -> paper kites"}, nil},
		{"guard: a holiday before special", "He played a waiter in the 2007 Christmas special Silent Tide.",
			nil, []string{"PRODUCED christmas -> silent tide"}},
		{"guard: a hyphenated place adjective", "He was the desk sergeant of the Halifax-shot police procedural Dock Nine.",
			nil, []string{"PRODUCED halifax-shot -> dock nine", "DISTRIBUTED halifax-shot -> dock nine"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
