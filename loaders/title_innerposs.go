package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// innerPossJoiners are the lower-case small words that, inside a name
// before its last word, show the name is a title ("Over the", "at", "of
// the"), not a personal name: general vocabulary.
var innerPossJoiners = setOf("the", "a", "an", "at", "of", "over", "in", "on", "to", "from", "with", "for", "and", "into", "under", "upon")

// innerPossTitle reports whether mention l is a title of three or more
// words with a lower-case small word inside (innerPossJoiners), its last
// word a capitalised word written right before an "'s" possessive.
func (a *article) innerPossTitle(l *mention) bool {
	toks := a.toks
	if l.words < 3 || l.quoted || l.colon || l.allCaps || l.short || l.typ == kg.Person || l.typ == kg.Organisation ||
		int(l.b) >= len(toks) || toks[l.b].kind != kPoss || toks[l.b].text == "'" || toks[l.b].text == "’" ||
		toks[l.b-1].end != toks[l.b].start || toks[l.b-1].kind != kWord || !toks[l.b-1].cap {
		return false
	}
	for x := int(l.a) + 1; x < int(l.b)-1; x++ {
		if t := &toks[x]; t.kind == kWord && !t.cap && tokIn(t, innerPossJoiners) {
			return true
		}
	}
	return false
}

// possEndVerbs are lower-case verbs that, right after a title ending in a
// possessive, show the possessive ends the title ("Evenings at Mum's
// screened", "... Mum's is"): general vocabulary.
var possEndVerbs = setOf("is", "was", "will", "has", "had", "won", "wins", "opens", "premieres", "screens", "stars", "follows", "tells")

// possEndAfter reports whether token t, right after a possessive, ends the
// title there: punctuation, a verb of possEndVerbs or a past tense in -ed.
func possEndAfter(t *token) bool {
	if t.kind == kPunct {
		return true
	}
	if t.kind != kWord || t.cap {
		return false
	}
	return tokIn(t, possEndVerbs) || len(t.lower) > 3 && t.lower[len(t.lower)-2:] == "ed"
}

// joinInnerPossessives mends titles cut at a possessive inside them: a
// title of small words ("One Flew Over the Cuckoo" "'s" "Nest") joins the
// name of one or two words written right after its possessive when that
// name opens with no given name (not "the Lord of the Hills's Dana"); a
// title whose last word is a common noun for a person (possTitleNouns)
// keeps its possessive when a verb or punctuation follows ("Sundays at
// Mum's screened"), not a noun (the title's own possessive). The mended mention is typed a film.
func (a *article) joinInnerPossessives() {
	toks := a.toks
	for k := 0; k < len(a.ments); k++ {
		l := &a.ments[k]
		if !a.innerPossTitle(l) {
			continue
		}
		si := int(l.sent)
		la, ok := a.titleJoinStart(l)
		if !ok {
			continue
		}
		p := int(l.b)
		if k+1 < len(a.ments) {
			if r := &a.ments[k+1]; r.sent == l.sent && int(r.a) == p+1 {
				if r.words <= 2 && !r.quoted && !r.colon && !r.allCaps && !r.the && r.typ != kg.Person && !isGivenName(toks[r.a].lower) {
					a.joinWithNext(k, si, la, int(r.b)).setType(kg.Film, 2)
				}
				continue
			}
		}
		if !possTitleNouns[toks[p-1].lower] {
			continue
		}
		if p+1 < a.sents[si].b && !possEndAfter(&toks[p+1]) {
			continue // "Mad About the Girl's grip": the title's own possessive
		}
		n := len(a.ments)
		a.addMention(si, la, p+1, false)
		merged := a.ments[n]
		a.ments = a.ments[:n]
		merged.titleWords = true
		merged.setType(kg.Film, 2)
		a.ments[k] = merged
	}
}
