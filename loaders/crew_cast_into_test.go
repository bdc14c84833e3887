package loaders

import "testing"

// TestCastInto checks that what a person is cast in ("cast him in X",
// "cast her as C in X") is a production, and that a director named by
// title in that sentence directed it.
func TestCastInto(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"cast him in", "Director Ana Vittor cast him in Dust Road, the second chapter of the saga.",
			[]string{"DIRECTED ana vittor -> dust road"}, []string{"DIRECTED ana vittor -> iron creek"}},
		{"cast her as a part in", "In 2015 director Omar Haddad cast her as Nell Voss in Paper Kites.",
			[]string{"DIRECTED omar haddad -> paper kites"}, nil},
		{"guard: a place after in", "They were cast in Toronto last spring.",
			nil, []string{"ACTED_IN toronto -> iron creek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text+"\n")
			checkLines(t, got, c.want, c.not)
		})
	}
}
