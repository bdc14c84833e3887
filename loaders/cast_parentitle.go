package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// titleBeforeParen reports whether the name at item i, before "(", is a
// title the article has already typed a film or names in its headline
// ("F (Translated Title)": the brackets give the title in another
// language, not the actor of a part called F).
func (p *pctx) titleBeforeParen(i int) bool {
	m := p.mm(i)
	return m != nil && (p.priorType(i) == kg.Film || p.a.headKeys[m.key])
}
