package loaders

import "testing"

// TestPluralCrewList checks, on invented sentences, a plural job noun
// right before a list of people ("the cinematographers A and B", "the
// show's creators, A and B" is read elsewhere): each has the credit on
// the film at hand; and the guard (companies after the noun are no
// people).
func TestPluralCrewList(t *testing.T) {
	const head = " date 2026-05-01\n'Glass Harbour' at 20\n\nGlass Harbour is a 2006 documentary directed by Mara Quill. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"cinematographers after the", "The crew, which also included the cinematographers Clara Pope and Mick Shaw, was filmed looking away.",
			[]string{"WORKED_ON clara pope -> glass harbour", "WORKED_ON mick shaw -> glass harbour"}, nil},
		{"creators in a list", "It was written by its creators Ivo Sten and Tod Bane.",
			[]string{"WROTE ivo sten -> glass harbour", "WROTE tod bane -> glass harbour"}, nil},
		{"guard: companies after the noun", "The editors Velo Pictures and Orbis Films hired are young.",
			nil, []string{"WORKED_ON velo pictures -> glass harbour"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
