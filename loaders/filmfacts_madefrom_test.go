package loaders

import "testing"

// TestMadeFromNouns checks, on invented sentences, that the name after
// "a sequel from" or "the remake from" is no parent of the production
// (it names its maker), while "a spin-off from F" still names F as the
// parent.
func TestMadeFromNouns(t *testing.T) {
	const head = " date 2026-05-01\nLooking Back at Ashen Coulee\n\nAshen Coulee opened in 1983 and became a holiday staple. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"sequel from a maker", "Ashen Coulee 2, a direct-to-video sequel from Lantern Premiere in 2012, cast Dorian Vell as the father.",
			nil, []string{"SEQUEL_OF ashen coulee 2 -> lantern premiere"}},
		{"spin-off from a parent", "Harbor Nights is a spin-off from Ashen Coulee.",
			[]string{"SPIN_OFF_OF harbor nights -> ashen coulee"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
