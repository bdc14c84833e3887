package loaders

import "testing"

// TestCompanyBareVerb checks, on invented sentences, a company's producing
// verb with no object ("O financed, and O2 co-produced.", "O produced."):
// the film the text is about; and the guard: a person's name before the
// verb.
func TestCompanyBareVerb(t *testing.T) {
	const head = " date 2026-05-01\n'Ashen Coulee' Sets Its Cast\n\nAshen Coulee, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"financed, and co-produced", "Quarry Pictures financed, and Marrick's Le Pont Productions co-produced.",
			[]string{"PRODUCED quarry pictures -> ashen coulee", "PRODUCED le pont productions -> ashen coulee"}, nil},
		{"produced at the end", "The cast shot in Spain; Harbor Light Studios produced.",
			[]string{"PRODUCED harbor light studios -> ashen coulee"}, nil},
		{"guard: a person", "Dana Voss financed, and the rest followed.",
			nil, []string{"PRODUCED dana voss -> ashen coulee"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
