package loaders

import "testing"

// TestForBroadcaster checks that a company named as a broadcaster (its
// last word "Network", "Channel" or "TV") airs, rather than makes, what
// was made for it; a studio's name keeps PRODUCED.
func TestForBroadcaster(t *testing.T) {
	const head = " date 2026-05-01\nTeo Marsk, Animator of 'Tin Crown', Dies at 80\n\nTeo Marsk, the animator behind Tin Crown, died Monday. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a series for a broadcasting network", "He was a key animator on Tin Crown, Eda Lorne's 1979 series for Kestrel Broadcasting Network, which imagined robots as weapons.",
			[]string{"DISTRIBUTED kestrel broadcasting network -> tin crown"}, []string{"PRODUCED kestrel broadcasting network -> tin crown"}},
		{"a channel", "He also drew Paper Owls, Eda Lorne's crime drama for Velo Channel.",
			[]string{"DISTRIBUTED velo channel -> paper owls"}, nil},
		{"guard: a studio", "He also drew Paper Owls, Eda Lorne's crime drama for Velo Pictures.",
			[]string{"PRODUCED velo pictures -> paper owls"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
