package loaders

import "testing"

// TestProducerFor checks, on invented sentences, the company a producer
// named right before "for" works for, in a clause of producing; and the
// guards (a calendar word, a given-name-led name, no verb of producing).
func TestProducerFor(t *testing.T) {
	const head = " date 2026-05-01\n'Salt Harbour' Sets Its Cast\n\nSalt Harbour is a crime drama about a harbour town. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a producer produces for O", "Dara Quell produces for Tallowmere with Ivo Marsh.",
			[]string{"PRODUCED tallowmere -> salt harbour"}, nil},
		{"producers produce for O", "Ivo Marsh and Dara Quell produce for Grey Lantern, with Pia Sun executive producing.",
			[]string{"PRODUCED grey lantern -> salt harbour"}, nil},
		{"produces with producers for O", "Ivo Marsh wrote the script and produces with Pia Sun and Dara Quell for Grey Lantern and Oddly Films.",
			[]string{"PRODUCED grey lantern -> salt harbour"}, nil},
		{"guard: a given name after for", "Dara Quell produces for Jennifer Holt.",
			nil, []string{"PRODUCED jennifer holt -> salt harbour"}},
		{"guard: no verb of producing", "Ivo Marsh waited with Dara Quell for Grey Lantern.",
			nil, []string{"PRODUCED grey lantern -> salt harbour"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
