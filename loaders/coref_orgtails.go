package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// tailConnectors are the words that, before the last words of a company
// name, join two names rather than qualify one ("Vellum+ with Kestrel":
// "Kestrel" is a company of its own).
var tailConnectors = setOf("with", "and", "&", "of", "for", "on", "at", "by", "+", "-", "\u2013")

// mergeCompanyTails joins an organisation whose name is the last word or
// words of the one longer organisation name of the article ("Lantern"
// after "Ashgrove Lantern", "Skiff Company" after "Tamsin Skiff
// Company", "Federation" after "Outer Rim Federation"), when the longer
// name is written in full before it (fullNameBefore): the article
// shortening a name it gave in full. A short name written before the full
// one, one that is also a person's or a character's name, or one joined
// to the longer by a connector (tailConnectors: "Vellum+ with Kestrel")
// stays apart. It returns nothing; the entities are merged in place.
func (a *article) mergeCompanyTails(byKey map[kg.NodeType]map[string]int) {
	orgs := byKey[kg.Organisation]
	if len(orgs) < 2 {
		return
	}
	var roots []int // (entity order: no map order in the merges)
	for e := range a.ents {
		if a.ents[e].typ == kg.Organisation && a.find(e) == e && len(a.ents[e].mentions) > 0 {
			roots = append(roots, e)
		}
	}
	for _, e := range roots {
		if a.find(e) != e {
			continue
		}
		k := a.ents[e].key
		if len(k) < 3 {
			continue
		}
		if _, ok := byKey[kg.Person][k]; ok {
			continue
		}
		if _, ok := byKey[kg.Character][k]; ok {
			continue
		}
		cand, n := -1, 0
		for _, e2 := range roots {
			k2 := a.ents[e2].key
			if !companyTailOf(k, k2) || a.find(e2) == a.find(e) {
				continue
			}
			if cand < 0 || a.find(cand) != a.find(e2) {
				n++
			}
			cand = e2
		}
		if n != 1 {
			continue
		}
		if fs := a.firstMention(e); fs >= 0 && a.fullNameBefore(cand, a.ments[fs].start) {
			a.union(a.find(cand), e, "short-form")
		}
	}
}

// fullNameBefore reports whether a mention of local entity e written with
// the entity's own full name starts before offset start (a mention merged
// in under another name does not count: "the BBC" is no writing of "BBC
// Studios Drama Unit").
func (a *article) fullNameBefore(e int, start int32) bool {
	key := a.ents[e].key
	for _, mi := range a.ents[a.find(e)].mentions {
		if m := &a.ments[mi]; m.start < start && m.key == key {
			return true
		}
	}
	return false
}

// companyTailOf reports whether the folded name short is the last word or
// words of the folded name long, after a word that is no connector
// (tailConnectors): "federation" of "outer rim federation", not
// "kestrel" of "vellum+ with kestrel".
func companyTailOf(short, long string) bool {
	return len(long) > len(short)+1 && hasSuffixAfter(long, " ", short) && !tailConnectors[lastWord(long[:len(long)-len(short)-1])]
}
