package loaders

import (
	"slices"
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// colonRubrics are the one-word section labels a news line opens with
// before a colon ("Ratings: Shetland holds steady", "Exclusive: ..."):
// the label is not the first half of a title "A: B".
var colonRubrics = setOf("ratings", "exclusive", "interview", "recap", "watch", "explainer", "opinion", "update", "contact", "podcast")

// colonPrefixNotTitle reports whether the one word at token i, written
// right before a colon, is a streaming service or network (platformNames:
// "its run at Netflix: Midnight Mass in 2021", "CBS: Code Black 0.9")
// or a section label (colonRubrics): it names where the title runs or
// what the line is, not the first half of a title "A: B".
func colonPrefixNotTitle(toks []token, i int) bool {
	t := &toks[i]
	return t.kind == kWord && (platformNames[t.lower] || colonRubrics[t.lower])
}

// trimColonPrefixes drops a network's or a section label's word and its
// colon from the colon name it was read into ("Netflix: Midnight Mass"
// becomes "Midnight Mass"). After a network the rest is typed a film,
// weakly (what a network announces after a colon is a title) and the
// network keeps a mention of its own; after a section label ("Ratings:")
// the label is dropped and the rest left untyped, for the other passes to
// read, as is a rest that is a personal name led by a given name. It
// returns nothing; the mentions change in place.
func (a *article) trimColonPrefixes() {
	toks := a.toks
	for mi := 0; mi < len(a.ments); mi++ {
		m := &a.ments[mi]
		if !m.colon || m.quoted || m.words < 2 || int(m.a)+2 >= int(m.b) || toks[m.a+1].text != ":" || !colonPrefixNotTitle(toks, int(m.a)) {
			continue
		}
		if m.typ != "" && m.typ != kg.Film && m.strength >= 3 {
			continue
		}
		_, rest, ok := strings.Cut(m.text, ": ")
		if !ok || rest == "" || strings.Contains(rest, ":") {
			continue
		}
		lead := int(m.a)
		m.start = toks[m.a+2].start
		m.a += 2
		m.words--
		m.text = rest
		m.key = nameKey(rest)
		m.colon, m.allCaps, m.acronymLead = false, false, false
		if colonRubrics[toks[lead].lower] || m.personShaped() && givenFirst(m.text) {
			m.typ, m.strength = "", 0 // a rubric says nothing of what follows it
			continue
		}
		m.setType(kg.Film, 1)
		// the network keeps a mention of its own, before the title
		n := len(a.ments)
		a.addMention(int(m.sent), lead, lead+1, false)
		p := a.ments[n]
		a.ments = slices.Insert(a.ments[:n], mi, p)
		mi++
	}
}
