package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// demonymDescriber reports whether item k is a one-word nationality
// ("Australian", "Norwegian") that only describes the plain word after
// it, among the describing words of a cast copula ("P is her Australian
// husband, C"): not a person, not quoted, followed by a plain word.
func (p *pctx) demonymDescriber(k int) bool {
	m := p.mm(k)
	if m == nil || m.words != 1 || m.quoted || m.typ == kg.Person || p.isM(k+1) || !isWordLike(p.w(k+1)) {
		return false
	}
	fk := foldKey(m.text)
	return demonym(fk) || moreDemonyms[fk]
}

// ofPhraseComma returns the item of the comma that closes a short
// "of"-phrase at item k after a part noun ("captain of the guards, C",
// "head of the family, C"): "of", "the", one or two plain lower-case
// words, then a comma before a name; -1 when the words do not read so.
func (p *pctx) ofPhraseComma(k int) int {
	if p.w(k) != "of" || p.w(k+1) != "the" || p.isM(k+2) || !isWordLike(p.w(k+2)) {
		return -1
	}
	for e := k + 3; e <= k+4; e++ {
		if p.w(e) == "," && p.isM(e+1) {
			return e
		}
		if p.isM(e) || !isWordLike(p.w(e)) {
			return -1
		}
	}
	return -1
}
