package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// Parts described by a job noun after "as": "P gives the film its spine as
// flight director C", "P pops up as the fashion editor C", "P appears too,
// as the network producer C". The job noun describes the part, so the name
// after it is no crew member of the film and is read as the part.

// asJobNotAfter are the words before "as" that make it no cast "as":
// "such as director P", "as well as producer P", "the same as".
var asJobNotAfter = setOf("such", "well", "same", "known", "much", "soon", "long", "far")

// jobPartAfterAs reports whether the job noun at item k ("director",
// "editor", "producer", "manager") describes a part named right after it
// in a cast phrase: "as" or a part verb ("plays", "portrayed") comes before it, with between them at most an
// article or a possessive pronoun, then up to three lower-case describing
// words or one name that is no person (an employer: "as the network's
// producer", "as the Acme producer C"); a name follows the noun, and no
// speech verb or possessive follows that name ("as director P said", "as
// director P's muse"). An "as" that opens the sentence or belongs to "such
// as", "as well as" or a comparison ("as good as") is no cast "as".
func (p *pctx) jobPartAfterAs(k int) bool {
	if !p.isM(k+1) || p.isM(k) {
		return false
	}
	if p.in(k+2, speechVerbs) || p.w(k+2) == "'s" || p.w(k+2) == "put" {
		return false
	}
	b := k - 1
	for n := 0; n < 3 && b > 0; n++ {
		if p.isM(b) {
			if m := p.mm(b); m.typ == kg.Person || m.personShaped() && m.typ != kg.Organisation {
				return false
			}
			b--
			break
		}
		if w := p.w(b); !isWordLike(w) || commonWords[w] && w != "editor" || p.in(b, partSlotWords) {
			break
		}
		b--
	}
	if p.w(b) == "the" || p.w(b) == "a" || p.w(b) == "an" || p.in(b, possessivePronouns) {
		b--
	}
	if p.in(b, partSlotWords) && p.w(b) != "as" && !p.isM(b) && b > 0 {
		return true // "plays flight director C", "will play Director C"
	}
	if p.w(b) != "as" || p.isM(b) || b <= 0 {
		return false
	}
	if p.in(b-1, asJobNotAfter) || p.w(b-2) == "as" {
		return false // "such as director P", "as good as director P"
	}
	return true
}

// jobPartNamed reports whether "as" at item a opens a part described by a
// job noun and named after it ("as flight director C", "as the fashion
// editor C"): jobPartAfterAs holds for a job noun within the next five
// items.
func (p *pctx) jobPartNamed(a int) bool {
	if p.w(a) != "as" || p.isM(a) {
		return false
	}
	for k := a + 1; k < len(p.it) && k <= a+5; k++ {
		if p.isM(k) {
			return false
		}
		if (p.in(k, jobLeadNouns) || p.in(k, roleWords)) && p.isM(k+1) {
			return p.jobPartAfterAs(k)
		}
	}
	return false
}
