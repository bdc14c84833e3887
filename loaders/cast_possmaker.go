package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// possMakerOwners returns the keys (full names and surnames) of the people
// the claims so far credit with making a work (directing, writing,
// producing or another crew job) and never with a part: the owner of
// "P's C" is then the maker of C, not its player ("Tova Brandt's Salt
// Ledger" after "directed by Tova Brandt"). It returns nil when no claim
// names a maker.
func (a *article) possMakerOwners() map[string]bool {
	var makers map[string]bool
	actors := map[string]bool{}
	for i := range a.claims {
		c := &a.claims[i]
		if !c.subj.abs || c.subj.m < 0 {
			continue
		}
		k := a.ments[c.subj.m].key
		switch c.rel {
		case kg.ActedIn, kg.Portrayed:
			actors[k], actors[lastKeyWord(k)] = true, true
		case kg.Directed, kg.Wrote, kg.Produced, kg.WorkedOn:
			if makers == nil {
				makers = map[string]bool{}
			}
			makers[k], makers[lastKeyWord(k)] = true, true
		}
	}
	for k := range makers {
		if actors[k] {
			delete(makers, k)
		}
	}
	return makers
}

// possessorMakes reports whether the owner mention pm of the "P's C" pair
// with part mention cm is one of makers (possMakerOwners) by its name or
// its surname, and C is a whole name the article writes once: not a word
// describing a work ("P's Arthurian classic") and not a name the article
// keeps coming back to (its subject, or a place of its story), whose type
// the other rules settle.
func (a *article) possessorMakes(makers map[string]bool, pm, cm *mention) bool {
	if makers == nil || !makers[pm.key] && !makers[lastKeyWord(pm.key)] {
		return false
	}
	if e := int(cm.b); e < len(a.toks) {
		if w := a.toks[e].lower; possessedKindWords[w] || genreNouns[w] || filmNouns[w] {
			return false
		}
	}
	for i := range a.ments {
		if o := &a.ments[i]; o != cm && o.key == cm.key {
			return false
		}
	}
	return true
}
