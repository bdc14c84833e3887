package loaders

// dateRemakeHeadings names by their year the later of two heading titles
// that are spelt alike and dated differently ("9. A Nightmare on Birch Lane
// (2010)" and "1. A Nightmare on Birch Lane (1984)" in a ranking): the
// remake becomes "A Nightmare on Birch Lane (2010)", a film of its own,
// while the body's undated mentions stay with the original.
func (a *article) dateRemakeHeadings() {
	type dated struct {
		mi   int
		year string
	}
	var heads map[string][]dated
	for mi := range a.ments {
		m := &a.ments[mi]
		s := &a.sents[m.sent]
		e := int(m.b)
		if !m.head || m.sent == 0 || e+2 >= s.b || a.toks[e].text != "(" || !isYear(a.toks[e+1].text) || a.toks[e+2].text != ")" {
			continue
		}
		if heads == nil {
			heads = map[string][]dated{}
		}
		heads[m.key] = append(heads[m.key], dated{mi, a.toks[e+1].text})
	}
	for _, hs := range heads {
		if len(hs) != 2 || hs[0].year == hs[1].year {
			continue
		}
		later := hs[0]
		if hs[1].year > later.year {
			later = hs[1]
		}
		m := &a.ments[later.mi]
		m.text += " (" + later.year + ")"
		m.key += " (" + later.year + ")"
		m.end = a.toks[m.b+2].end
	}
}
