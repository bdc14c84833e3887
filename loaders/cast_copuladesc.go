package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// copulaDescribedPart returns the item of the part named after describing
// words that open at item j, right after the "is"/"was" of a cast copula:
// "the Otters' stern head coach, C", "Ilona's jazz-loving grandmother, C",
// "his elder brother C", "the outlaw C", "NASA director C", "her
// Australian husband, C", "his captain of the guards, C". The words are
// an article or possessive pronoun or an owner's possessive ("Ilona's"),
// then one to five plain words, the last a part noun or a tie to another
// part ("coach", "grandmother"), then maybe a comma, then the name. It
// returns -1 when the words do not read so.
func (p *pctx) copulaDescribedPart(j int) int {
	k := j
	owner, lowOwner := false, false
	switch {
	case p.lowerOwner(k):
		k += 3 // "the show's unctuous host, C": a lower-case owner
		owner, lowOwner = true, true
	case p.in(k, roleArticles):
		k++
	case p.isM(k) && (p.w(k+1) == "'s" || p.w(k+1) == "'"):
		k += 2 // "Ilona's jazz-loving grandmother"
		owner = true
	}
	words := 0
	for n := 0; n < 8 && k < len(p.it); n++ {
		if p.isM(k) {
			if words < 4 && p.demonymDescriber(k) {
				k++ // "her Australian husband, C": a nationality among the words
				words++
				continue
			}
			if owner || words > 0 || p.w(k+1) != "'s" && p.w(k+1) != "'" {
				break
			}
			// "the Plums' manager": an owner after the article
			k += 2
			owner = true
			continue
		}
		w := p.w(k)
		if !isWordLike(w) || partDescriberStops[w] || notDescribing[w] || auxWords[w] || commonWords[w] && !descriptorAdj[w] {
			break
		}
		k++
		words++
	}
	if words == 0 || words > 5 {
		return -1
	}
	partWord := func(w string) bool {
		return partNoun(w) || kinOrRoleWord(w) || copulaPartNouns[w] || lowOwner && lowerOwnedParts[w]
	}
	if lowOwner && (p.w(k) != "," || p.isCrewNounAhead(j+3)) {
		return -1 // (a lower-case owner only before a comma and no crew job: "the film's director")
	}
	lastOK := partWord(p.w(k - 1))
	if lastOK && p.w(k) == "of" {
		if e := p.ofPhraseComma(k); e > 0 {
			k = e // "his brutal captain of the guards, C"
		}
	}
	if p.w(k) == "," {
		k++
		if p.titledPartAfterThe(k) && lastOK {
			return k + 1 // "the film's slithering villain, the Duke Corvane"
		}
		if !p.isM(k) {
			// "his half-sister, the fierce and devout C", "his muscle, a
			// former boxer called C": an appositive that names the part
			// (a part noun before the comma or before the name)
			c := p.appositiveName(k)
			if c < 0 || !lastOK && !partWord(p.w(c-1)) && !(p.w(c-1) == "called" || p.w(c-1) == "named") {
				return -1
			}
			if !lastOK && (p.w(c-1) == "called" || p.w(c-1) == "named") && !partWord(p.w(c-2)) {
				return -1
			}
			return c
		}
	}
	if !lastOK {
		return -1
	}
	if !p.isM(k) {
		return -1
	}
	return k
}

// appositiveName returns the item of the name closing an appositive at
// item k: an article, up to five plain words ("and" among them), maybe
// "called"/"named", and the name; -1 when the words do not read so.
func (p *pctx) appositiveName(k int) int {
	if !p.in(k, setRelations_0) {
		return -1
	}
	for n := k + 1; n < len(p.it) && n <= k+6; n++ {
		if p.isM(n) {
			if n == k+1 {
				return -1
			}
			return n
		}
		w := p.w(n)
		if w == "called" || w == "named" {
			if p.isM(n + 1) {
				return n + 1
			}
			return -1
		}
		if !isWordLike(w) || notDescribing[w] || auxWords[w] || w != "and" && partDescriberStops[w] || commonWords[w] && !descriptorAdj[w] && w != "and" {
			return -1
		}
	}
	return -1
}

// copulaDescribed handles a cast copula whose part is described before
// its name (item i is the person, j the item after "is"/"was"): "P is the
// Otters' stern head coach, C", "P is his elder brother C". The person
// plays the part in the film the clause is about. It reports whether it
// claimed.
func (p *pctx) copulaDescribed(i, j int) bool {
	return p.copulaPartAt(i, p.copulaDescribedPart(j))
}

// copulaPartAt claims that the person at item i plays the part named at
// item c (-1: none) when the name closes the clause and is no person's or
// the-name's. It reports whether it claimed.
func (p *pctx) copulaPartAt(i, c int) bool {
	if c < 0 || !(p.wIn(c+1, castStop) || p.w(c+1) == "(") || p.isM(c+1) || p.w(c+1) == "-" {
		return false
	}
	if cm := p.mm(c); cm.typ == kg.Person || cm.the {
		return false
	}
	return p.claimPart(i, c)
}

// copulaPartNouns are part nouns the general part lexicons leave out
// ("the team's stern head coach, C").
var copulaPartNouns = setOf("coach", "trainer", "landlady", "landlord", "neighbour", "neighbor", "housekeeper", "butler", "maid")
