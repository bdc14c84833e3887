package loaders

import "strings"

// copulaTitledPart returns the item of a part whose name opens with a
// title or rank, read after the "is"/"was" of a cast copula at item j:
// "P is the Princess Farah", "P was the young Emperor Franz Joseph",
// "P is the Countess Ilse Vorm, a loyal client": "the", up to two
// lower-case describing words, and a name of two or more words whose
// first word is a title (nameTitles). It returns -1 when the words do not
// read so.
func (p *pctx) copulaTitledPart(j int) int {
	if p.w(j) != "the" {
		return -1
	}
	k := j + 1
	for n := 0; n < 2 && !p.isM(k); n++ {
		w := p.w(k)
		if !isWordLike(w) || commonWords[w] && !descriptorAdj[w] || partDescriberStops[w] || auxWords[w] || notDescribing[w] {
			return -1
		}
		k++
	}
	m := p.mm(k)
	if m == nil || m.words < 2 || m.quoted || !nameTitles[strings.ToLower(strings.TrimSuffix(firstWord(m.text), "."))] {
		return -1
	}
	return k
}
