package loaders

import "testing"

// TestOutletTook checks, on invented sentences, a company opening its
// clause that carried or made a production: "O aired it", "O took it
// over", "O picked the series up", "O launched the prequel series F"; and
// the guards (a verb that needs its particle, an object that is no title).
func TestOutletTook(t *testing.T) {
	const head = " date 2026-05-01\n'Salt Harbour' Returns\n\nSalt Harbour is a crime drama about a harbour town. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a channel aired it", "In the UK, QTV Four aired it from 2006.",
			[]string{"DISTRIBUTED qtv four -> salt harbour"}, nil},
		{"a streamer took it over", "Later, Netflix took it over.",
			[]string{"DISTRIBUTED netflix -> salt harbour"}, nil},
		{"a network picked the series up", "Network Ten picked the series up in 1986.",
			[]string{"DISTRIBUTED network ten -> salt harbour"}, nil},
		{"a broadcaster launched a named series", "When Netflix launched the prequel series Young Harbour: Origins in 2012, it was a hit.",
			[]string{"DISTRIBUTED netflix -> young harbour: origins"}, nil},
		{"guard: no particle", "QTV Four took the lead in the ratings.",
			nil, []string{"DISTRIBUTED qtv four -> salt harbour"}},
		{"guard: an object that is no title", "Netflix dropped the price of its plans.",
			nil, []string{"DISTRIBUTED netflix -> salt harbour"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
