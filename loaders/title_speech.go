package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// quoteOnlySpeech reports whether headline mention mi, a quoted name after
// a colon or a comma, is quoted speech: the body repeats its key, and every
// time as a quotation after a colon or a comma too ('P on Leaving: "Fate
// Is All"', then 'P: "Fate is all."'). Such a quote is no title: the
// weak film type the body's re-reading of it got is taken back.
func (a *article) quoteOnlySpeech(mi int) bool {
	if !a.ments[mi].quoted || !a.quoteAfterColon(&a.ments[mi]) {
		return false
	}
	key, body := a.ments[mi].key, false
	for k := range a.ments {
		o := &a.ments[k]
		if k == mi || o.key != key || a.sents[o.sent].titleCase {
			continue
		}
		if !a.quoteAfterColon(o) {
			return false
		}
		body = true
	}
	if !body {
		return false
	}
	for k := range a.ments {
		if o := &a.ments[k]; o.key == key && o.typ == kg.Film && o.strength <= 1 {
			o.typ, o.strength = "", 0 // the body's re-reading of the headline quote
		}
	}
	return true
}

// quoteAfterColon reports whether mention m opens a quotation right after
// a colon or a comma (the body's reading of a headline quote is not marked
// quoted).
func (a *article) quoteAfterColon(m *mention) bool {
	i := int(m.a)
	if m.the {
		i--
	}
	return speechStart(a.toks, &a.sents[m.sent], i)
}
