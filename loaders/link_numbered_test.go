package loaders

import "testing"

// numberedLinks runs the per-article pipeline on text and returns the
// SEQUEL_OF links numberedSequelLinks reads, as "child -> parent" keys.
func numberedLinks(t *testing.T, text string) []string {
	t.Helper()
	a := runArticle(t, text)
	idx := make([]int32, len(a.ents))
	for e := range a.ents {
		idx[e] = int32(e) // (local indexes: the entities themselves)
	}
	var out []string
	for _, c := range a.numberedSequelLinks(idx) {
		out = append(out, a.ents[c.subj].key+" -> "+a.ents[c.obj].key)
	}
	return out
}

// TestNumberedSequelLinks checks the SEQUEL_OF links numbered titles imply:
// a subtitled second film, a roman numeral, "Chapter N", a form written
// only in one mention, and the guards (a ranking of many numbered films, a
// film only asked about).
func TestNumberedSequelLinks(t *testing.T) {
	const head = " date 2026-05-01\n"
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"subtitled second film", "'Cobalt Lagoon 2: Low Tide' Opens Big\n\nCobalt Lagoon 2: Low Tide opened to $40 million, eight years after the first film, Cobalt Lagoon (2018).\n",
			[]string{"cobalt lagoon 2: low tide -> cobalt lagoon"}, nil},
		{"roman numeral before", "'Ember Vale 3' Opens Big\n\nEmber Vale 3 opened to $40 million, five years after Ember Vale II.\n",
			[]string{"ember vale 3 -> ember vale ii"}, nil},
		{"chapter numbers", "'Copper Sky Chapter 2' Opens Big\n\nCopper Sky Chapter 2 opened to $40 million, a year after Copper Sky Chapter 1 did.\n",
			[]string{"copper sky chapter 2 -> copper sky chapter 1"}, nil},
		{"guard: many numbered films", "Every Ember Vale Film, Ranked\n\nEmber Vale II is fine. Ember Vale III is better. Ember Vale IV is the best. Ember Vale V is the worst.\n",
			nil, []string{"ember vale iii -> ember vale ii", "ember vale v -> ember vale iv"}},
		{"guard: asked about", "'Cobalt Lagoon 2' Opens Big\n\nCobalt Lagoon 2 opened to $40 million, eight years after the first film, Cobalt Lagoon (2018). Will there be a Cobalt Lagoon 3?\n",
			[]string{"cobalt lagoon 2 -> cobalt lagoon"}, []string{"cobalt lagoon 3 -> cobalt lagoon 2"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := numberedLinks(t, head+c.text)
			checkLines(t, got, c.want, c.not)
		})
	}
}
