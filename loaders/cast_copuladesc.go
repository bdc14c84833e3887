package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// copulaDescribedPart returns the item of the part named after describing
// words that open at item j, right after the "is"/"was" of a cast copula:
// "the Huskies' stern head coach, C", "Amy's jazz-loving grandmother, C",
// "his elder brother C", "the outlaw C", "NASA director C". The words are
// an article or possessive pronoun or an owner's possessive ("Amy's"),
// then one to five plain words, the last a part noun or a tie to another
// part ("coach", "grandmother"), then maybe a comma, then the name. It
// returns -1 when the words do not read so.
func (p *pctx) copulaDescribedPart(j int) int {
	k := j
	owner := false
	switch {
	case p.in(k, roleArticles):
		k++
	case p.isM(k) && (p.w(k+1) == "'s" || p.w(k+1) == "'"):
		k += 2 // "Amy's jazz-loving grandmother"
		owner = true
	}
	words := 0
	for n := 0; n < 8 && k < len(p.it); n++ {
		if p.isM(k) {
			if owner || words > 0 || p.w(k+1) != "'s" && p.w(k+1) != "'" {
				break
			}
			// "the Peaches' manager": an owner after the article
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
	if last := p.w(k - 1); !partNoun(last) && !kinOrRoleWord(last) && !copulaPartNouns[last] {
		return -1
	}
	if p.w(k) == "," {
		k++
	}
	if !p.isM(k) {
		return -1
	}
	return k
}

// copulaDescribed handles a cast copula whose part is described before
// its name (item i is the person, j the item after "is"/"was"): "P is the
// Huskies' stern head coach, C", "P is his elder brother C". The person
// plays the part in the film the clause is about. It reports whether it
// claimed.
func (p *pctx) copulaDescribed(i, j int) bool {
	c := p.copulaDescribedPart(j)
	if c < 0 || !(castStop[p.w(c+1)] || p.w(c+1) == "(") || p.isM(c+1) || p.w(c+1) == "-" {
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
