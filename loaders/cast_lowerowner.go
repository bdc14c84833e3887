package loaders

import "strings"

// lowerOwner reports whether the items at k read "the <noun>'s", a
// lower-case owner before a part's description ("the show's unctuous
// host, C", "the agency's star operative, C", "the town's sheriff, C").
func (p *pctx) lowerOwner(k int) bool {
	return p.w(k) == "the" && !p.isM(k+1) && isWordLike(p.w(k+1)) && p.w(k+2) == "'s"
}

// lowerOwnedParts are nouns that name a part only after a lower-case
// owner and before the part's name ("the show's host, C"); alone they
// are a real job ("the host").
var lowerOwnedParts = setOf("host", "attorney", "lawyer")

// titledPartAfterThe reports whether the items at k read "the" and a
// name opening with a title ("the Duke Corvane", "the Princess Ilsa"),
// a part named after its description ("P is the film's villain, the
// Duke Corvane").
func (p *pctx) titledPartAfterThe(k int) bool {
	if p.w(k) != "the" || !p.isM(k+1) {
		return false
	}
	m := p.mm(k + 1)
	return m.words >= 2 && nameTitles[strings.ToLower(strings.TrimSuffix(firstWord(m.text), "."))]
}
