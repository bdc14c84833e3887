package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// partBeforeAppositive reports whether the name at item i is a part that
// a part verb or "as" leads up to, typed a character already: the job of
// an appositive after it ("plays C, the earnest commercials director
// whose film ...", "returns as C, the studio's producer") is the
// character's job in the story, not a crew credit of the name.
func (p *pctx) partBeforeAppositive(i int) bool {
	m := p.mm(i)
	if m == nil || m.typ != kg.Character || m.strength < 2 || p.isM(i-1) {
		return false
	}
	return p.in(i-1, playedVerbs) || p.w(i-1) == "as" && !p.isM(i-2) && p.w(i-2) != "such"
}
