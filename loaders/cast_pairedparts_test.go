package loaders

import "testing"

// TestPairedParts checks "A and B as C and D" inside cast lists and a
// paired list whose parts carry appositives ("as C, the former leader of
// the town, and D, ..."), on invented sentences: each person plays the
// part at the same place, and D is no third actor.
func TestPairedParts(t *testing.T) {
	const head = " date 2026-05-01\n'Marrow Flats' Sets Its Cast\n\nMarrow Flats, a western from Neon, arrives in September. Rob Vint plays Ezra Pell. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a starring list", "At 8:30, the comedy Dry Gulch, from creator Tim Doll and starring Nola Finch and Kay Bell as Ethel and Mike Cole, the parents of eight boys, rose to 6.6 million viewers.",
			[]string{"ACTED_IN nola finch -> dry gulch as ethel cole", "ACTED_IN kay bell -> dry gulch as mike cole"},
			[]string{"ACTED_IN mike cole -> dry gulch"}},
		{"a with list after a title", "Neon also released Dry Gulch (2009), with Nola Finch and Kay Bell as Ethel and Mike Cole.",
			[]string{"ACTED_IN nola finch -> dry gulch as ethel cole", "ACTED_IN kay bell -> dry gulch as mike cole"},
			[]string{"ACTED_IN mike cole -> dry gulch"}},
		{"parts with appositives", "Marrow Flats stars Nola Finch and Kay Bell, reprising their roles as Maggie Rowe, the former leader of the town, and Ned Smith, the onetime head of the gang, who team up.",
			[]string{"ACTED_IN nola finch -> marrow flats as maggie rowe", "ACTED_IN kay bell -> marrow flats as ned smith"},
			[]string{"ACTED_IN kay bell -> marrow flats as maggie rowe"}},
		{"guard: a third actor with a part of his own", "Dry Gulch (2009), with Nola Finch and Kay Bell as Ethel and Lin Chao as Moss, flopped.",
			[]string{"ACTED_IN lin chao -> dry gulch as moss"}, []string{"ACTED_IN nola finch -> dry gulch as ethel"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
