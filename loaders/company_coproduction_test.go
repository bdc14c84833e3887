package loaders

import "testing"

// TestCoProduction checks, on invented sentences, the companies of a
// co-production ("a co-production of O1 and the O2", "between O1, O2 and
// O3", "..., with O4"), and the guard: one company alone.
func TestCoProduction(t *testing.T) {
	const head = " date 2026-05-01\n'Ashen Coulee' Sets Its Cast\n\nAshen Coulee, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"of two, the second with the", "The series is a co-production of Harbor Pictures and the Tern Company.",
			[]string{"PRODUCED harbor pictures -> ashen coulee", "PRODUCED tern company -> ashen coulee"}, nil},
		{"between four", "Behind the money stood a co-production between Harbor Pictures, Tern Films, Gull International and the Osprey Film Corporation.",
			[]string{"PRODUCED harbor pictures -> ashen coulee", "PRODUCED tern films -> ashen coulee", "PRODUCED gull international -> ashen coulee", "PRODUCED osprey film corporation -> ashen coulee"}, nil},
		{"with a third", "The film was a co-production of Harbor Pictures and Tern Films, with Gull Pictures.",
			[]string{"PRODUCED gull pictures -> ashen coulee", "PRODUCED tern films -> ashen coulee"}, nil},
		{"guard: one company", "It was a co-production with Harbor Pictures in Sweden.",
			nil, []string{"PRODUCED harbor pictures -> ashen coulee"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
