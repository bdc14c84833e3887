package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// partNamed reports whether a one-word mention of local entity e names a
// part (partMention) and none is followed by a production noun (titleOfKind:
// "the Wren prequel"): a character the text credits, never the film the
// article is about.
func (a *article) partNamed(e int) bool {
	part := false
	for _, mi := range a.ents[e].mentions {
		if a.titleOfKind(mi) {
			return false
		}
		part = part || a.partMention(mi)
	}
	return part
}

// titleOfKind reports whether mention mi is a production named for its
// character: followed by a production or kind noun ("the Wren prequel",
// "Wren series"), or by ", a" and such a noun within two words ("Wren, a
// prequel set in ..."), or opening its sentence as what is released
// (releaseSubject: "Wren premieres Friday").
func (a *article) titleOfKind(mi int) bool {
	m := &a.ments[mi]
	b, e := int(m.b), a.sents[m.sent].b
	if b+1 < e && a.toks[b].text == "," && (a.toks[b+1].lower == "a" || a.toks[b+1].lower == "an") {
		for k := b + 2; k < e && k <= b+4; k++ {
			if tokIn(&a.toks[k], productionNouns3) || kindNouns[a.toks[k].lower] {
				return true
			}
		}
	}
	return b < e && (tokIn(&a.toks[b], productionNouns3) || kindNouns[a.toks[b].lower]) || a.releaseSubject(mi)
}

// partMention reports whether one-word mention mi is credited as a part:
// after a part verb (partVerbs, "played", "portrayed"), over at most three
// lower-case words ("voices the young hero Wren", "plays Wren"), or right
// after "as" that follows a person's name ("Dana Quill as Wren", "Quill as
// Wren's sister"; not "known in English as Wren").
func (a *article) partMention(mi int) bool {
	m := &a.ments[mi]
	if m.words != 1 || m.quoted {
		return false
	}
	s := &a.sents[m.sent]
	p := int(m.a) - 1
	if p <= s.a {
		return false
	}
	if a.toks[p].lower == "as" {
		return mi > 0 && int(a.ments[mi-1].b) == p && a.ments[mi-1].typ == kg.Person
	}
	for k := p; k > s.a && k >= p-3; k-- {
		t := &a.toks[k]
		if partVerbs[t.lower] || t.lower == "played" || t.lower == "portrayed" {
			return true
		}
		if t.kind != kWord || t.cap {
			break
		}
	}
	return false
}
