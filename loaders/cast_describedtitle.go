package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// describedTitleBefore returns the item of the title an appositive ending
// at item b describes when a company names the appositive's maker ("F,
// the Neon release starring A", "F, an A24 release starring A"): a
// comma, "the"/"a"/"an", up to seven plain words or years and at most one
// name that is no person's, part or title, back from b; before the comma
// a title typed a film (here or earlier in the text). Else -1.
func (p *pctx) describedTitleBefore(b int) int {
	names := 0
	for k := b; k >= 1 && k > b-9; k-- {
		if m := p.mm(k); m != nil {
			if names++; names > 1 || m.typ == kg.Person || m.typ == kg.Character || m.typ == kg.Film || m.quoted || pcType(p.priorType(k)) || p.priorType(k) == kg.Film {
				return -1
			}
			continue
		}
		w := p.w(k)
		if p.in(k, setRelations_0) && p.w(k-1) == "," && k < b {
			f := p.mm(k - 2)
			if f == nil || f.typ != kg.Film && !(f.typ == "" && p.priorType(k-2) == kg.Film) || f.typ == kg.Film && f.strength < 2 {
				return -1
			}
			return k - 2
		}
		if !isWordLike(w) && !isYear(w) || p.in(k, starringStops) {
			return -1
		}
	}
	return -1
}
