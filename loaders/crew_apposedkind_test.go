package loaders

import "testing"

// TestApposedKindDirector checks, on invented sentences, the director an
// appositive after a title names by a possessive and a kind noun: a kind
// noun the film describers would have taken for an adjective ("thriller
// whose"), a kind noun after a year ("2014 mockumentary about"), two
// makers joined by "and", and a remake after a describing name; and the
// guard: a kind noun followed by a title is no appositive of the earlier
// title.
func TestApposedKindDirector(t *testing.T) {
	const head = " date 2026-05-01\n'Ashen Coulee' Sets Its Cast\n\nAshen Coulee, a western, arrives in September. The cast watched the 1971 film What the Harbor Keeps and the 2010 film The Red Lantern. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a kind noun before whose", "Dalrow walks out of a screening of What the Harbor Keeps, Orrin Vale's thriller whose killer was modelled on a real one.",
			[]string{"DIRECTED orrin vale -> what the harbor keeps"}, nil},
		{"a kind noun after a year", "That scene came in What the Harbor Keeps, Orrin Vale's 2014 mockumentary about four vampire flatmates.",
			[]string{"DIRECTED orrin vale -> what the harbor keeps"}, nil},
		{"two makers", "That scene came in What the Harbor Keeps, Dorian Welk and Mara Ives's 2014 mockumentary about four vampire flatmates.",
			[]string{"DIRECTED dorian welk -> what the harbor keeps", "DIRECTED mara ives -> what the harbor keeps"}, nil},
		{"a remake after a describing name", "Nor does it nod to 2010's The Red Lantern, Orrin Vale's lavish Victorian remake with Tam Osk and Bea Lund.",
			[]string{"DIRECTED orrin vale -> red lantern"}, nil},
		{"guard: a title after the kind noun", "The crew screened What the Harbor Keeps, Orrin Vale's thriller The Red Lantern and two shorts.",
			nil, []string{"DIRECTED orrin vale -> what the harbor keeps"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
