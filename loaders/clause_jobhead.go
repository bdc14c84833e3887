package loaders

import "strings"

// jobHeadAfter reports whether the words from item k name a crew job: a
// job noun (jobNouns, otherJobNouns, in the singular or the plural) at k
// or after one lower-case modifier ("character designer", "consulting
// producer", "showrunners"), not owning what follows ("the director's
// wife") and not "of" a name ("the producer of F" is left to the rules
// that read it).
func (p *pctx) jobHeadAfter(k int) bool {
	for n := 0; n < 2; n++ {
		j := k + n
		if p.isM(j) || !isWordLike(p.w(j)) {
			return false
		}
		w := p.w(j)
		one := strings.TrimSuffix(w, "s")
		if otherJobNouns[w] || otherJobNouns[one] || jobNouns[w].rel != "" || jobNouns[one].rel != "" {
			next := p.w(j + 1)
			return next != "'s" && next != "of"
		}
	}
	return false
}
