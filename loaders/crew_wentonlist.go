package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// wentOnListVerbs are the verbs after "went on to" whose named objects are
// the later works of the person before "went", with the credit each
// gives: a maker ("make") directed, a creator ("create", "develop") wrote
// (the creator convention of creatorCredits).
var wentOnListVerbs = map[string]kg.RelType{
	"direct": kg.Directed, "co-direct": kg.Directed, "helm": kg.Directed, "make": kg.Directed,
	"create": kg.Wrote, "co-create": kg.Wrote, "develop": kg.Wrote, "co-develop": kg.Wrote,
	"write": kg.Wrote, "co-write": kg.Wrote, "produce": kg.Produced, "co-produce": kg.Produced,
}

// wentOnSkips may stand between the person and "went on to" ("P,
// meanwhile, went on to", "P himself went on to", "P would go on to").
var wentOnSkips = setOf(",", "meanwhile", "himself", "herself", "themselves", "later", "then", "eventually", "also",
	"soon", "quickly", "would", "has", "have", "had", "who")

// wentOnObjectCues before the name before "went" make it an object, not
// the one who went on ("shared the credit with Q, would go on to").
var wentOnObjectCues = setOf("with", "by", "of", "for", "from", "to", "opposite", "starring", "including")

// wentOnList handles "P went on to make F1, F2 and F3", "P went on to
// create the E4 comedy F", "P went on to co-create O's F" (item i is
// "went", "go", "goes" or "gone"): each title of the verb's object list
// is a later work of P with the verb's credit. The person is the name
// right before "went" (over wentOnSkips); an object list with no
// title gives nothing.
func (p *pctx) wentOnList(i int) {
	if p.w(i+1) != "on" || p.w(i+2) != "to" || !p.wIn(i, wentOnWords) || p.isM(i) {
		return // (the cheap shape test first)
	}
	v := i + 3
	rel, ok := wentOnListVerbs[p.w(v)]
	if !ok || p.isM(v) {
		return
	}
	s := i - 1
	for n := 0; n < 4 && s > 0 && !p.isM(s) && p.wIn(s, wentOnSkips); n++ {
		s--
	}
	if p.w(s) == "," && p.w(s-1) == "part" && p.w(s-3) == "for" && p.w(s-4) == "," {
		s -= 5 // "P, for his part, went on to ..."
	}
	if !p.isM(s) || !p.isPersonLike(s) || p.mm(s).typ == kg.Character || p.w(s+1) == "'s" {
		return
	}
	people := []int{s}
	if p.w(s-1) == "and" {
		people = p.listBefore(s + 1) // "A and B, who went on to produce F"
	}
	if len(people) == 0 || p.wIn(people[0]-1, wentOnObjectCues) {
		return // (not the object of a preposition: "who shared the credit with Q, would go on to")
	}
	t := v
	if m := p.mm(v + 1); m != nil && p.w(v+2) == "'s" && orgish(m) {
		t = v + 2 // "went on to co-create Hulu's F": the title after the owner
	}
	films := p.objectFilms(t)
	if n := len(films); n > 0 {
		if l := films[n-1]; p.w(l+1) == "and" && !p.isM(l+2) && p.mm(l).typ == "" {
			films = films[:n-1] // "Lucy and Valerian and the City of ...": a longer title
		}
	}
	for _, x := range people {
		if !p.isPersonLike(x) {
			continue
		}
		for _, f := range films {
			if p.claimedIn(rel, x, f) {
				continue
			}
			p.typ(x, kg.Person, 3)
			p.typ(f, kg.Film, 2)
			p.claim(pclaim{rel: rel, subj: mArg(x), obj: mArg(f)})
		}
	}
}

// claimedIn reports whether this sentence already claims rel between the
// mentions at items subj and obj.
func (p *pctx) claimedIn(rel kg.RelType, subj, obj int) bool {
	sm, om := int32(p.mi(subj)), int32(p.mi(obj))
	for _, c := range p.a.claims {
		if c.sent == p.si && c.rel == rel && c.subj.m == sm && c.obj.m == om {
			return true
		}
	}
	return false
}
