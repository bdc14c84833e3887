package loaders

// itProducedTails may follow "O produced it" for "it" to be the film the
// text is about ("P's company, O, produced it together with us", "O
// financed it through its fund").
var itProducedTails = setOf(".", ",", ";", "with", "together", "alongside", "through", "for", "in")

// ownerProduceVerbs, right after a name owned by a person, say the name
// produces: a company of that person ("P's X producing", "whose X
// produced the show").
var ownerProduceVerbs = setOf("produced", "producing", "produces", "co-produced", "co-producing", "co-produces",
	"coproduced", "coproducing", "coproduces")

// ownerProducerContext reports whether mention k of sentence s is a name
// owned by a person that produces: after a personal name's possessive or
// "whose", and right before an ownerProduceVerbs verb ("Hedda Moor's
// Brisket Lane producing", "Moor, whose Brisket Lane produced the
// series"). A person's own producing name is a company (the caller keeps
// names led by a given name out).
func (a *article) ownerProducerContext(s *sentence, k int) bool {
	m := &a.ments[k]
	b, e := int(m.a), int(m.b)
	if b-1 <= s.a || e >= s.b || !tokIn(&a.toks[e], ownerProduceVerbs) {
		return false // (the cheap tests first)
	}
	prev := &a.toks[b-1]
	if prev.lower == "whose" {
		return true
	}
	if prev.kind != kPoss || k == 0 {
		return false
	}
	o := &a.ments[k-1]
	return o.sent == m.sent && int(o.b) == b-1 && o.words >= 2 && o.personShaped()
}
