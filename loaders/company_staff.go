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
