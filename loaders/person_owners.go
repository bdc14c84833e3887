package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// keepOwnerPersons gives the person type to the personal names a weak cue
// (strength 2 or less) typed a film or a company where some mention of the
// name owns what follows it with a possessive: "Peter Pallow's 1982 Cold
// Pines", "Mara Quell's long-promised sequel". The name is of two or three
// words, person-shaped and not quoted, led by a given name of the
// gazetteer or of wordGivenNames, by dotted initials or with a middle
// initial, and holds no company word. Every mention of the name so typed
// changes (a role claim that took one for its film names no film then and
// is dropped). It returns nothing; the mentions change in place.
func (a *article) keepOwnerPersons() {
	a.typeWorkOwners()
	var keys map[string]bool
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		if e := int(m.b); e >= s.b || a.toks[e].kind != kPoss || !a.ownerPersonName(m) || !a.ownsWork(s, k) {
			continue
		}
		keys = addKey(keys, m.key)
	}
	if keys == nil {
		return
	}
	for mi := range a.ments {
		m := &a.ments[mi]
		if !keys[m.key] || !a.ownerPersonName(m) {
			continue
		}
		m.typ, m.strength, m.world, m.kind = kg.Person, 2, "", ""
	}
}

// ownerPersonName reports whether mention m is a personal name a weak cue
// typed a film or a company (keepOwnerPersons).
func (a *article) ownerPersonName(m *mention) bool {
	if m.typ != kg.Film && m.typ != kg.Organisation || m.strength > 2 || m.words > 3 || m.head || !m.personShaped() || a.functionWordInside(m) {
		return false
	}
	first := &a.toks[m.a]
	if first.kind != kWord || !(isGivenName(first.lower) || initialsWord(first.lower) || a.middleInitial(m) || wordGivenNames[first.lower]) {
		return false
	}
	for t := int(m.a); t < int(m.b); t++ {
		if a.toks[t].kind == kWord && lexiconOrgWord(a.toks[t].lower) {
			return false
		}
	}
	return true
}

// ownsWork reports whether the possessive after mention k of sentence s
// owns a work: a year or at most two lower-case words, then a title typed
// a film, a making noun or a production noun ("P's 1982 F", "P's
// long-promised sequel", "P's 1990 thriller"); right after the possessive,
// a title typed a film or not typed yet, maybe after "The" (the mention
// starts after it: "P's The Pale Ferry"), but not a part.
func (a *article) ownsWork(s *sentence, k int) bool {
	t := int(a.ments[k].b) + 1
	for n := 0; n < 2 && t < s.b && (a.toks[t].kind == kNum || a.toks[t].kind == kWord && !a.toks[t].cap); n++ {
		if makingNouns[a.toks[t].lower] || tokIn(&a.toks[t], productionNouns3) {
			return true
		}
		t++
	}
	if t < s.b && (makingNouns[a.toks[t].lower] || tokIn(&a.toks[t], productionNouns3)) {
		return true
	}
	n := k + 1
	if n >= len(a.ments) || a.ments[n].sent != a.ments[k].sent {
		return false
	}
	o := &a.ments[n]
	if int(o.a) == t+1 && a.toks[t].text == "The" || int(o.a) == t {
		return o.typ == kg.Film || o.typ == "" // "P's The Pale Ferry", "P's Ember Quay", typed or not yet
	}
	return false
}

// typeWorkOwners types as persons (strength 1) the untyped personal names
// of two or three words, whatever their given name, that own a work with a
// possessive ("Orvandel Kreutz's horror-comedy", "Quilvane Marsk's 1996
// blockbuster", "Ozrith Pellow's manga", "Dravik Solm's The Pale Ferry"):
// a year or at most two lower-case words, then a production, making or
// written-work noun, or right after the possessive a title typed a film
// (ownerWorkAfter). Every untyped mention of the name so
// cued is typed; a name holding an organisation word is left alone.
func (a *article) typeWorkOwners() {
	var keys map[string]bool
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		if m.typ != "" || m.words < 2 || m.words > 3 || m.short || m.head || !m.personShaped() || a.functionWordInside(m) {
			continue
		}
		if e := int(m.b); e >= s.b || a.toks[e].kind != kPoss || a.toks[m.a].kind != kWord || !a.toks[m.a].cap {
			continue
		}
		if n := k + 1; n < len(a.ments) && a.ments[n].sent == m.sent && int(a.ments[n].a) == int(m.b)+1 && a.ments[n].typ == "" {
			continue // "P's C": an untyped name owned, a part as often as a work
		}
		if !a.ownerWorkAfter(s, k) {
			continue
		}
		orgWord := false
		for t := int(m.a); t < int(m.b); t++ {
			orgWord = orgWord || a.toks[t].kind == kWord && lexiconOrgWord(a.toks[t].lower)
		}
		if !orgWord {
			keys = addKey(keys, m.key)
		}
	}
	for mi := range a.ments {
		if m := &a.ments[mi]; keys[m.key] && m.typ == "" {
			m.setType(kg.Person, 1)
		}
	}
}

// ownerWorkAfter reports whether the possessive after mention k of sentence s
// owns a work: a year or at most two lower-case words, then a production,
// making or writtenWorks noun ("P's 1996 blockbuster", "P's graphic
// novels"); or right after the possessive a title typed a film, maybe
// after "The" ("P's The Pale Ferry"). A name after describing words ("P's
// volatile son Dobrik", "P's tour for Talking in Circles") is no work.
func (a *article) ownerWorkAfter(s *sentence, k int) bool {
	t := int(a.ments[k].b) + 1
	if n := k + 1; n < len(a.ments) && a.ments[n].sent == a.ments[k].sent && a.ments[n].typ == kg.Film &&
		(int(a.ments[n].a) == t || int(a.ments[n].a) == t+1 && a.toks[t].text == "The") {
		return true
	}
	for n := 0; n < 3 && t < s.b; n, t = n+1, t+1 {
		tok := &a.toks[t]
		if tok.kind == kWord && !tok.cap && (writtenWorks[tok.lower] || makingNouns[tok.lower] || tokIn(tok, productionNouns3)) {
			return true
		}
		if tok.kind != kNum && (tok.kind != kWord || tok.cap) {
			return false
		}
	}
	return false
}

// writtenWorks are the works an author's possessive owns ("P's novel").
var writtenWorks = setOf("novel", "novels", "manga", "book", "books", "trilogy", "comic", "comics", "play", "plays",
	"memoir", "stories", "story", "blockbuster", "crossover", "horror-comedy", "actioner", "anthology", "graphic")
