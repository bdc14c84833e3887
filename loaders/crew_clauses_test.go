package loaders

import "testing"

// TestCrewClauses checks a series of crew verbs sharing one object, "O
// distributed" as a distributor's credit, and a list of credited names
// that stops where a name opens a new clause: invented sentences, each
// with claims that must and must not be found.
func TestCrewClauses(t *testing.T) {
	const head = " date 2026-05-01\n'Salt Harbour' Comes Home\n\nSalt Harbour, a thriller from Lumen Pictures, arrives on Friday. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"three verbs share the object", "Ines Varga wrote, directed and edited the film.",
			[]string{"WROTE ines varga -> salt harbour", "DIRECTED ines varga -> salt harbour", "WORKED_ON ines varga -> salt harbour"}, nil},
		{"four verbs with a serial comma", "Ines Varga wrote, directed, shot, and edited the film.",
			[]string{"WROTE ines varga -> salt harbour", "DIRECTED ines varga -> salt harbour", "WORKED_ON ines varga -> salt harbour"}, nil},
		{"verbs with a named title", "Ines Varga wrote, directed and produced Cold Quarry in 2019.",
			[]string{"WROTE ines varga -> cold quarry", "DIRECTED ines varga -> cold quarry", "PRODUCED ines varga -> cold quarry"},
			[]string{"DIRECTED ines varga -> salt harbour"}},
		{"a company distributed the film", "Wexmoor Releasing distributed the film in 2019.",
			[]string{"DISTRIBUTED wexmoor releasing -> salt harbour"}, nil},
		{"distributed at the clause end", "Brightwater produced, and Kestrel distributed overseas.",
			[]string{"DISTRIBUTED kestrel -> salt harbour"}, nil},
		{"distributed several earlier films: no film to name", "Kestrel Releasing distributed the previous two films in Europe.",
			nil, []string{"DISTRIBUTED kestrel releasing -> salt harbour"}},
		{"distributed by: no subject credit", "Cold Quarry distributed by Kestrel opened well.",
			nil, []string{"DISTRIBUTED cold quarry -> salt harbour"}},
		{"a by-list stops at a name opening a clause", "The film was produced by Ada Moss and Lumen Pictures, and Kestrel distributed it overseas.",
			[]string{"PRODUCED ada moss -> salt harbour", "PRODUCED lumen pictures -> salt harbour"},
			[]string{"PRODUCED kestrel -> salt harbour"}},
		{"a surname after a name particle owns no company's film", "He was a pilot in Jan van Frell's Storm 2: Cold Current.",
			nil, []string{"DISTRIBUTED frell -> storm 2: cold current"}},
		{"a one-word company owner still distributes", "Kestrel's Storm 2: Cold Current opened in May.",
			[]string{"DISTRIBUTED kestrel -> storm 2: cold current"}, nil},
		{"a surname of a full name in a by-list is the person's", "The showrunner is Derek Vale, and the series is executive produced by Vale with Ana Vittor.",
			[]string{"PRODUCED derek vale -> salt harbour"}, []string{"PRODUCED vale -> salt harbour"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
