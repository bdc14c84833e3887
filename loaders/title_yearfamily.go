package loaders

// One title, several years: an article that dates two or more films of one
// title differently (a ranking of every screen version with the headings
// "X (1948)" and "X (1996)"; "P's X (1948)" and "Q's 1971 X" in the body)
// speaks of as many films. Each dated name becomes a film of its own,
// "X (1996 film)" (as sameNameVersions names a version; "X (1996)" is its
// alias), so that its credits do not pile onto one "X". When the title is
// dated just two ways (an original and its remake), the earlier keeps the
// bare title, as an encyclopedia names them; with three or more versions
// every dated name is dated. A title dated once (or never) is left alone.

// datedName is one name of a film written with a year next to it.
type datedName struct {
	mi      int
	year    string
	bracket bool // written "X (1998)"
}

// nameYear returns the year written next to mention m, "" when none, and
// whether it is in brackets after it ("X (1998)"); else it stands just
// before it after "the", a possessive or a determiner ("the 1998 X", "P's
// 1998 X", "his 1998 X"), or as "1998's X".
func (a *article) nameYear(m *mention) (year string, bracket bool) {
	s := &a.sents[m.sent]
	if e := int(m.b); e+2 < s.b && a.toks[e].text == "(" && isYear(a.toks[e+1].text) && a.toks[e+2].text == ")" {
		return a.toks[e+1].text, true
	}
	p := int(m.a) - 1
	if p > s.a && a.toks[p].lower == "the" && a.toks[p].cap {
		p-- // "the 1995 The Long Night": the title's own article
	}
	if p < s.a {
		return "", false
	}
	if a.toks[p].kind == kPoss && p-1 >= s.a && isYear(a.toks[p-1].text) {
		return a.toks[p-1].text, false // "1998's X"
	}
	if !isYear(a.toks[p].text) || p-1 < s.a {
		return "", false
	}
	if t := &a.toks[p-1]; t.kind == kPoss || t.kind == kWord && !t.cap && datedNameOpeners[t.lower] {
		return a.toks[p].text, false
	}
	return "", false
}

// datedNameOpeners open "the 1998 X", "his 1998 X".
var datedNameOpeners = setOf("the", "his", "her", "their", "its")

// dateRemakeHeadings names films of one title by their years (see the top
// of this file): when the article's dated names of one title give two or
// more years, each becomes "X (YYYY film)", except the earlier year's when
// they give just two (the original of a remake keeps "X"). Undated names
// keep the bare title.
func (a *article) dateRemakeHeadings() {
	var fams map[string][]datedName
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.sent == 0 || m.key == "" {
			continue
		}
		y, bracket := a.nameYear(m)
		if y == "" {
			continue
		}
		if fams == nil {
			fams = map[string][]datedName{}
		}
		fams[m.key] = append(fams[m.key], datedName{mi, y, bracket})
	}
	for _, ds := range fams {
		first, years := "", 0
		for i, d := range ds {
			if first == "" || d.year < first {
				first = d.year
			}
			seen := false
			for _, o := range ds[:i] {
				seen = seen || o.year == d.year
			}
			if !seen {
				years++
			}
		}
		if years < 2 {
			continue
		}
		for _, d := range ds {
			m := &a.ments[d.mi]
			if years == 2 && d.year == first {
				continue // an original and its remake: the original keeps the title
			}
			m.text += " (" + d.year + " film)"
			m.key += " (" + d.year + " film)"
			if d.bracket {
				m.end = a.toks[int(m.b)+2].end // the name takes in its "(1998)"
			}
		}
	}
}
