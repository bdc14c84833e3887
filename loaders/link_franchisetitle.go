package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// Works titled after a franchise the article names: "the X franchise" in
// one paragraph, and X, "X 2", "X: The Subtitle" named elsewhere, in
// sentences that do not say "franchise" again. Each such work is part of
// the franchise: the title is the franchise's name, or its name followed
// by a numeral or a subtitle (entryTitle), with or without a leading
// "the" ("the X franchise" and the film "The X"). The patterns link only
// the films of the sentence that names the franchise (franchiseContext);
// this runs over the whole article once mentions are resolved.

// linkFranchiseTitles switches franchiseTitleLinks on (tests switch it off).
var linkFranchiseTitles = true

// franchiseTitleLinks adds PART_OF film → franchise for every root film
// of the article whose title is, or extends, the name of a franchise the
// article names (a root franchise entity with a mention of its own).
func (a *article) franchiseTitleLinks() {
	for f := range a.ents {
		if a.find(f) != f || a.ents[f].typ != kg.Franchise || len(a.ents[f].mentions) == 0 {
			continue
		}
		fk := a.ents[f].key
		if len(fk) < 2 {
			continue
		}
		named, ext := -1, 0
		for e := range a.ents {
			if e == f || a.ents[e].typ != kg.Film || len(a.ents[e].key) < len(fk) {
				continue // (cheap tests first: most entities are no entry)
			}
			if k := a.ents[e].key; k == fk && a.entryCandidate(e) {
				named = e
			} else if k != fk && entryTitle(k, fk) && a.entryCandidate(e) {
				ext++
			}
		}
		if named >= 0 && ext >= 2 && a.namedWithThe(named) == a.namedWithThe(f) {
			a.franchiseEntry(named, f)
		}
	}
}

// franchiseEntry claims that film e is part of franchise f.
func (a *article) franchiseEntry(e, f int) {
	em, fm := a.firstMention(e), a.firstMention(f)
	a.claims = append(a.claims, pclaim{rel: kg.PartOf, subj: arg{m: int32(em), of: -1, abs: true},
		obj: arg{m: int32(fm), of: -1, abs: true}, sent: a.ments[em].sent})
}

// namedWithThe reports whether some mention of entity e is written with
// a capitalised "The" inside a sentence (keys and names drop it, so "the
// Frost Clause franchise" and the film "The Frost Clause" share a key; a
// franchise named without the film's "The" is named for another title
// than the film's).
func (a *article) namedWithThe(e int) bool {
	for _, mi := range a.ents[a.find(e)].mentions {
		if a.ments[mi].the {
			return true
		}
	}
	return false
}
