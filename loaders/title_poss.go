package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// joinCuedPossessives merges a one-word name, its possessive and the next
// name of one to three words ("Tolliver" "'s" "Crossing") into one title
// when a production noun names it: just before it ("the rural noir
// Tolliver's Crossing", "the sequel, Harrow's End") or in an appositive
// right after it ("Harrow's End, the 2016 sequel"). A platform, a name
// in capitals, a given name or a surname of a person named earlier
// ("the film Nolan's Oppenheimer") is an owner, not part of the title,
// and is left alone; the merged mention is typed a film.
func (a *article) joinCuedPossessives() {
	toks := a.toks
	for k := 0; k+1 < len(a.ments); k++ {
		l, r := &a.ments[k], &a.ments[k+1]
		if l.sent != r.sent || r.a != l.b+1 || toks[l.b].kind != kPoss || l.words != 1 || r.words > 3 ||
			l.quoted || r.quoted || l.colon || r.colon || l.the || l.theOpen || r.the || l.allCaps || l.short {
			continue
		}
		s := &a.sents[l.sent]
		la := int(l.a)
		cued := cueNounBefore(toks, s, la) || la-1 > s.a && toks[la-1].text == "," && cueNounBefore(toks, s, la-1) ||
			cueAppositiveAfter(toks, s, int(r.b))
		if !cued || platformNames[l.key] || isGivenName(l.key) || weekdays[toks[r.a].lower] || months[toks[r.a].lower] != 0 ||
			holidayWords[toks[r.a].lower] || productionNoun(toks[r.a].lower) || a.surnameBefore(k, l.key) {
			continue
		}
		a.joinWithNext(k, int(l.sent), la, int(r.b)).setType(kg.Film, 2)
	}
}

// surnameBefore reports whether one of the (at most 400) mentions before
// mention k is a personal name of two or three words ending in w: w is
// then a person's surname.
func (a *article) surnameBefore(k int, w string) bool {
	for i := k - 1; i >= 0 && i >= k-400; i-- {
		m := &a.ments[i]
		if m.words >= 2 && m.words <= 3 && !m.quoted && !m.colon && !m.titleWords && strings.HasSuffix(m.key, " "+w) {
			return true
		}
	}
	return false
}
