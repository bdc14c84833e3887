package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// glossJoinedBefore are the lower-case words that, right before a name,
// show it to be the tail of a longer title cut at a joining word ("Of
// Horses and Men", "Like Water for Chocolate"): such a tail is no whole
// title of its own. ("to", "of", "in", "the" are left out: the tail typed
// a film there joins the head into one title, joinTypedHalves: "Journey
// to the Shore".)
var glossJoinedBefore = setOf("and", "for", "or", "a", "an")

// typeForeignGlossTitles types as films the untyped names followed by
// their title in another language, written in sentence case between
// brackets ("Perrin Vasquez's Salt Ledger (Księga soli, 2019)", "The
// Quiet Harbour (El puerto callado)"): a writer glosses a work's English
// title with its original one, never a person's or a place's name. The
// gloss opens with a capitalised word and holds at least one lower-case
// word no English lexicon knows (foreignWord) other than a name's
// particle ("Ted (David de Lautour)": a player), no lower-case English
// word, and maybe a year after a comma at its end. Personal names led by a
// given name and names cut at a joining word are left alone.
func (a *article) typeForeignGlossTitles() {
	for mi := range a.ments {
		m := &a.ments[mi]
		e := int(m.b)
		if m.typ != "" || e+3 >= len(a.toks) || a.toks[e].text != "(" || m.quoted {
			continue
		}
		s := &a.sents[m.sent]
		if s.titleCase || e+3 >= s.b || !a.foreignGlossAt(s, e) || m.personShaped() && givenFirst(m.text) {
			continue
		}
		if p := int(m.a) - 1; !m.the && p >= s.a && a.toks[p].kind == kWord && !a.toks[p].cap && glossJoinedBefore[a.toks[p].lower] {
			continue
		}
		m.setType(kg.Film, 2)
	}
}

// foreignGlossAt reports whether the bracket opening at token o of
// sentence s holds a title in another language written in sentence case:
// a capitalised word, then words of which every lower-case one is
// foreign (foreignWord) and at least one is, up to ten tokens, maybe
// ending in a comma and a year, then the closing bracket.
func (a *article) foreignGlossAt(s *sentence, o int) bool {
	toks := a.toks
	if t := &toks[o+1]; t.kind != kWord || !t.cap || t.allCaps {
		return false
	}
	lower := 0 // lower-case words other than a name's particles ("Ted (David de Lautour)")
	for j := o + 2; j < s.b && j <= o+10; j++ {
		t := &toks[j]
		switch {
		case t.text == ")":
			return lower > 0
		case t.kind == kWord && t.cap && !t.allCaps:
		case t.kind == kWord && !t.cap:
			if !foreignWord(t) {
				return false
			}
			if !romanceJoiners[t.lower] && !foreignJoiners[t.lower] && !particles[t.lower] {
				lower++
			}
		case t.text == "," && j+2 < s.b && isYear(toks[j+1].text) && toks[j+2].text == ")":
			return lower > 0
		default:
			return false
		}
	}
	return false
}
