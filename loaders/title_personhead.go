package loaders

// placeJoiners are the lower-case words that put a person at work on a
// production ("with P on F", "P in F").
var placeJoiners = setOf("in", "on", "at", "with", "for", "from")

// titleOpeners are the prepositions a title may open with when written
// capitalised ("In Harbour", "On Any Tuesday", "After Dusk").
var titleOpeners = setOf("in", "on", "at", "with", "for", "from", "into", "under", "over", "after", "before", "by", "out",
	"up", "down", "through", "beyond", "beneath", "between", "without", "against", "behind", "across")

// personBeforeTitle reports whether mentions l (the mention at index k of
// the article) and r, joined by a lower-case placeJoiner at token x, are a
// person and the production they worked on, not one title: r opens with a
// capitalised preposition, a title of its own ("with Dace on In Harbour
// (2008)"); l is one word, the surname of a personal name named before
// ("Tam Wells ... with Wells on Harbour Lights (2008)"); or l is a
// personal name after a word that brings in a co-star (coStarWords:
// "opposite Ana Kerrow in Salt (2014)").
func (a *article) personBeforeTitle(k int, l, r *mention) bool {
	toks := a.toks
	x := int(l.b)
	if x >= int(r.a) || toks[x].kind != kWord || toks[x].cap || !placeJoiners[toks[x].lower] {
		return false
	}
	if f := &toks[r.a]; f.kind == kWord && f.cap && !r.the && titleOpeners[f.lower] && r.words >= 2 {
		return true
	}
	if l.quoted || l.colon || l.the || l.theOpen || l.digit {
		return false
	}
	if l.words == 1 && a.surnameBefore(k, l.key) {
		return true
	}
	p := int(l.a) - 1
	return p >= int(a.sents[l.sent].a) && l.personShaped() && coStarWords[toks[p].lower]
}
