package loaders

import "testing"

// TestPartAfterPerson checks a pronoun or "the character" that stands for
// the part an earlier clause gives its actor ("M is C; P played him as a
// boy", "M plays C; P played the character as a child"), on invented
// sentences, with the guards that keep the pronoun from owning a part or
// "the part" from naming a person.
func TestPartAfterPerson(t *testing.T) {
	const head = " date 2026-05-01\n'Marrow Flats' Sets Its Cast\n\nMarrow Flats, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"him after a clause that casts a part", "Mel Tarr is Jed Cole, the eldest and a skeptic; Rob Vint played him as a boy.",
			[]string{"ACTED_IN rob vint -> marrow flats as jed cole"}, nil},
		{"her after a part with an owner", "Nola Finch plays Ezra's grown daughter Tess; Ana Prell played her in the second season.",
			[]string{"ACTED_IN ana prell -> marrow flats as tess"}, nil},
		{"the character in the next clause", "Nola Finch plays Tess Ware; Ana Prell played the character as a child.",
			[]string{"ACTED_IN ana prell -> marrow flats as tess ware"}, nil},
		{"the character in the next sentence", "Nola Finch plays Tess Ware. Ana Prell played the character as a child.",
			[]string{"ACTED_IN ana prell -> marrow flats as tess ware"}, nil},
		{"guard: a co-star after the part", "Mel Tarr plays Jed Cole opposite Tom Ray; Rob Vint played him as a boy.",
			nil, []string{"ACTED_IN rob vint -> marrow flats as jed cole"}},
		{"guard: the pronoun owns the next part", "Lia Dorn is Tess Ware, the ferry's owner, and Rob Vint plays her husband, the pilot Moss Cole.",
			nil, []string{"ACTED_IN rob vint -> marrow flats as tess ware"}},
		{"guard: the part an actor left has no name", "Kay Bell, first set to play the harbourmaster, left the film. Rob Vint now plays the part.",
			nil, []string{"ACTED_IN rob vint -> marrow flats as kay bell"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
