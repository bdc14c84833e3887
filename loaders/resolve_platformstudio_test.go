package loaders

import "testing"

// TestPlatformNotItsStudio checks that a network or streamer named beside
// the studio that carries its name stays an entity of its own ("CBS"
// beside "CBS Studios"), while a name that is no platform still merges
// into its longer company name.
func TestPlatformNotItsStudio(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"network beside its studio", "Saltmarsh Bells Renewed\n\nSaltmarsh Bells, the drama from CBS Studios, will return to CBS in the fall. CBS ordered thirteen episodes.",
			[]string{"Organisation:cbs", "Organisation:cbs studios"}, nil},
		{"guard: a company that is no platform merges", "Saltmarsh Bells Renewed\n\nSaltmarsh Bells, the drama from Quarry Studios, will return in the fall. Quarry ordered thirteen episodes.",
			[]string{"Organisation:quarry studios"}, []string{"Organisation:quarry"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text)
			checkLines(t, ents, c.want, c.not)
		})
	}
}
