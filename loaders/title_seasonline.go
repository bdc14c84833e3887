package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// seasonLineTitle builds the title of a title-case line of a season guide
// ("Season 2, Gorefest: Lantern Hollow (2017)."): a part word and its
// number, a comma, the title, its year in brackets and a full stop ending
// the line. The title is typed weakly a film (each season of an anthology
// has a title of its own). It reports whether it built one; the line then
// holds no other name.
func (a *article) seasonLineTitle(si int) bool {
	s := &a.sents[si]
	toks := a.toks
	b, e := s.a, s.b
	// part word, number, comma, at least one title word, "(", year, ")", "."
	if si == 0 || e-b < 8 || e-b > 20 || !tokIn(&toks[b], seasonLineParts) || !a.tokIn(b+1, seasonNumbers) || toks[b+2].text != "," ||
		toks[e-1].text != "." || toks[e-2].text != ")" || toks[e-4].text != "(" || !isYear(toks[e-3].text) {
		return false
	}
	t0, t1 := b+3, e-4
	if t0 >= t1 || toks[t0].kind != kWord || !toks[t0].cap {
		return false
	}
	for k := t0; k < t1; k++ {
		if toks[k].kind == kQuote || toks[k].text == "(" || toks[k].text == "," {
			return false
		}
	}
	a.addMention(si, t0, t1, false)
	m := &a.ments[len(a.ments)-1]
	m.head = true
	m.setType(kg.Film, 2)
	return true
}

// seasonLineParts are the part words that open a season guide's line.
var seasonLineParts = setOf("season", "series", "part", "volume", "chapter", "book")
