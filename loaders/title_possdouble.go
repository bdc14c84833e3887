package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// possOwnerPronouns are capitalised words whose "'s" is a contraction or a
// pronoun's, not an owner's ("It's Tam's Story Now").
var possOwnerPronouns = setOf("it", "that", "there", "here", "what", "who", "he", "she", "let", "where")

// joinDoublePossessives merges a one-word name, its possessive and the
// name of one to four words after it ("Pellinore" "'s" "Crossing") into
// one title when an owner's possessive comes right before it ("Lantern
// Pictures' Pellinore's Crossing", "Ada Quist's Pellinore's Crossing"): an
// owner does not own a second owner, so the second possessive belongs to
// the title. A tail led by a given name, a platform, studio or company
// word, or an owner word that is a pronoun or a platform is left alone;
// the merged mention is typed a film.
func (a *article) joinDoublePossessives() {
	toks := a.toks
	for k := 0; k+1 < len(a.ments); k++ {
		l, r := &a.ments[k], &a.ments[k+1]
		if !a.possTitlePair(k, 5) || r.allCaps {
			continue
		}
		s := &a.sents[l.sent]
		p := int(l.a) - 1
		if p-1 < s.a || toks[p].kind != kPoss || toks[p-1].kind != kWord || !toks[p-1].cap || possOwnerPronouns[toks[p-1].lower] {
			continue
		}
		if givenFirst(r.text) || tokIn(&toks[r.a], realOrgWords) || tokIn(&toks[r.b-1], realOrgWords) ||
			platformNames[r.key] || studioNames[r.key] {
			continue
		}
		a.joinWithNext(k, int(l.sent), int(l.a), int(r.b)).setType(kg.Film, 2)
	}
}
