package loaders

import "testing"

// TestUntypedTitleJob checks untypedTitleJob on invented sentences: "his F
// cinematographer P", "while F composer P" credit P on F, not only on the
// film at hand; a company before the job noun is no title.
func TestUntypedTitleJob(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Wraps\n\nCameras have stopped rolling on Iron Creek, the follow-up to 2021's Gallowmere. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"after a possessive", "Behind the camera, Dora Vance reteamed with her Gallowmere cinematographer Tobin Marsh.",
			[]string{"WORKED_ON tobin marsh -> gallowmere"}, nil},
		{"after while", "Dora Vance directs, while Gallowmere composer Steve Vantry returns to score.",
			[]string{"WORKED_ON steve vantry -> gallowmere"}, nil},
		{"guard: a company", "Dora Vance directs, while Harlow Pictures producer Steve Vantry returns.",
			nil, []string{"PRODUCED steve vantry -> harlow pictures"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
