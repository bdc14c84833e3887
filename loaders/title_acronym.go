package loaders

import "strings"

// mergeAcronymSubtitles joins a film whose subtitle is one short word
// ("X: SVU", folded "x: svu") to the one film of the article with the same
// main title whose subtitle's initials spell it ("X: Serious Cases
// Unit"; "of", "the", "and" and "&" are skipped): a headline's short form
// of the title the body spells out.
func (a *article) mergeAcronymSubtitles(films map[string]int) {
	for k, e := range films {
		pre, acr, ok := strings.Cut(k, ": ")
		if !ok || len(acr) < 2 || len(acr) > 5 || strings.ContainsAny(acr, " :") {
			continue
		}
		cand, n := -1, 0
		for k2, e2 := range films {
			if sub, ok := strings.CutPrefix(k2, pre+": "); ok && a.find(e2) != a.find(e) && initialsSpell(sub, acr) {
				cand, n = e2, n+1
			}
		}
		if n == 1 && !a.filmsRelated(cand, e) {
			a.union(a.find(cand), a.find(e), "short-form")
		}
	}
}

// initialsSpell reports whether the first letters of the words of the
// folded name sub, "of", "the", "and" and "&" left out, spell acr.
func initialsSpell(sub, acr string) bool {
	i := 0
	for _, w := range strings.Fields(sub) {
		if w == "of" || w == "the" || w == "and" || w == "&" {
			continue
		}
		if i >= len(acr) || w[0] != acr[i] {
			return false
		}
		i++
	}
	return i == len(acr) && i >= 2
}
