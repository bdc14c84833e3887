package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// staffOf reads "A, B and C of O" ending at item i, the company O: when O
// is a company (typed so, or a name with no given name before "of" a list
// of people; a weak person cue from the verb after it does not count), it types O an organisation, claims MEMBER_OF for each
// person and returns the people; else it returns nil.
func (p *pctx) staffOf(i int) []int {
	o := p.mm(i)
	if o == nil || p.w(i-1) != "of" || !p.isM(i-2) || o.quoted || o.digit {
		return nil
	}
	if !(o.typ == kg.Organisation || (o.typ == "" || o.typ == kg.Person && o.strength < 3) && (orgish(o) || !givenNameShaped(o) && p.priorType(i) == "")) {
		return nil
	}
	people := p.listBefore(i - 1)
	if len(people) == 0 {
		return nil
	}
	for _, s := range people {
		if m := p.mm(s); !p.isPersonLike(s) || m.words < 2 && m.typ != kg.Person {
			return nil
		}
	}
	o.setRealOrg()
	for _, s := range people {
		p.claim(pclaim{rel: kg.MemberOf, subj: mArg(s), obj: mArg(i)})
	}
	return people
}

// staffTitles name a person's post in a company after its possessive
// ("Paramount's president of domestic distribution", "Neon's chief
// executive").
var staffTitles = setOf("president", "chief", "ceo", "chairman", "chairwoman", "chair", "co-chair", "founder",
	"co-founder", "executive", "officer", "boss", "co-president", "vice-president")

// staffEnds close a staff title after a company's possessive.
var staffEnds = setOf(",", ".", ";", "of", "and", "for", "who", "")

// possessiveStaff reads "P, O's [describing words] title": the person at
// item t holds a staffTitles post at the company O (MEMBER_OF, the title
// as role). O is typed a company, or an untyped name no cue makes a
// person, character or place and that is no surname of the article's
// people (companyShaped).
func (p *pctx) possessiveStaff(t int) {
	if p.w(t+1) != "," || !p.isM(t+2) || p.w(t+3) != "'s" || p.mm(t).typ != kg.Person {
		return
	}
	n, role := t+4, ""
	for ; n < len(p.it) && n < t+8 && !p.isM(n) && isWordLike(p.w(n)) && !p.wIn(n, staffEnds); n++ {
		if p.wIn(n, staffTitles) && role == "" {
			role = p.w(n)
		}
	}
	if role == "" || !p.wIn(n, staffEnds) {
		return
	}
	o := p.mm(t + 2)
	if pt := p.priorType(t + 2); o.quoted || o.digit || o.country || !(o.typ == kg.Organisation || o.typ == "" && (pt == kg.Organisation || pt == "" && !givenNameShaped(o) && p.a.companyShaped(o))) {
		return
	}
	o.setRealOrg()
	p.claim(pclaim{rel: kg.MemberOf, subj: mArg(t), obj: mArg(t + 2), role: role})
}
