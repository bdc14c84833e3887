package loaders

import "strings"

// pluralCrewCopulaList returns the list of names ending at item i when a
// plural copula and a plural crew noun follow it ("A and B were the
// cinematographers", "A, B and C are the show's editors"; item j is the
// determiner after the copula), or nil: a singular noun ("A and B, and C
// was the editor") credits the last name alone.
func (p *pctx) pluralCrewCopulaList(i, j int) []int {
	if v := p.w(i + 1); v != "are" && v != "were" {
		return nil
	}
	for n := j + 1; n < j+5 && n < len(p.it) && !p.isM(n); n++ {
		if w := p.w(n); len(w) > 3 && strings.HasSuffix(w, "s") && p.in(n, pluralCrewNouns) {
			return p.listBefore(i + 1)
		}
	}
	return nil
}
