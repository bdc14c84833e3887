package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// Co-producer lists: the partners named after a produce verb ("produces
// alongside A's B, C and D", "produced by O in association with O2 and
// O3", "produced the film with his X partner P and Q") and the list after
// "The producers,".

// coPartnerWords describe a partner before the name ("his longtime
// producing partner P", "Ludo co-founders P and Q", "partners P and Q").
var coPartnerWords = setOf("partner", "partners", "co-founder", "co-founders", "founder", "founders", "longtime",
	"long-time", "producing", "fellow", "his", "her", "their", "its", "the", "late", "frequent", "collaborator",
	"collaborators", "business", "co-producer", "co-producers", "producer", "producers", "executive", "executives",
	"wife", "husband", "sister", "brother", "co-creator", "co-creators", "creator", "creators", "original")

// clauseAuxWords, after ", and O", open O's own clause ("..., and O is
// releasing it").
var clauseAuxWords = setOf("is", "was", "are", "were", "will", "has", "have", "had", "would", "also")

// coObjectNouns may be a produce verb's object before its partners
// ("produced the film with P").
var coObjectNouns = setOf("film", "movie", "series", "show", "sequel", "feature", "picture", "project", "season", "it")

// coPartnerGlue joins a produce verb (or its first list) to the partners'
// list: "with", "alongside", "together with", "in association with",
// "along with".
func (p *pctx) coPartnerGlue(k int) int {
	switch p.w(k) {
	case "with", "alongside":
		if !p.isM(k) {
			return k + 1
		}
	case "together", "along":
		if p.w(k+1) == "with" {
			return k + 2
		}
	case "in":
		if p.w(k+1) == "association" && p.w(k+2) == "with" {
			return k + 3
		}
	}
	return -1
}

// coProducerList reads the people and companies of a producer list from
// item k: names joined by commas and "and", each maybe after partner
// words ("his X partner P") or after an owner ("O's P": P, the person or
// company the owner's name qualifies). It returns the names and the item
// after the last one.
func (p *pctx) coProducerList(k int) (names []int, end int) {
	j, end := k, k
	for j < len(p.it) && len(names) < 10 {
		for n := 0; n < 5 && !p.isM(j) && (p.in(j, coPartnerWords) || p.w(j) == "and" && len(names) > 0); n++ {
			j++
		}
		if !p.isM(j) {
			break
		}
		// "P's own company, O": the company the owner phrase names;
		// "O's P", "O' P": the name after the owner
		if o := p.ownerCompanyAt(j); o > j && !p.isM(j+1) {
			j = o
			p.mm(j).setType(kg.Organisation, 3) // (the company noun names it one)
			p.mm(j).setRealOrg()
		} else if (p.w(j+1) == "'s" || p.w(j+1) == "'") && p.isM(j+2) {
			j += 2
		} else if p.in(j+1, coPartnerWords) && !p.isM(j+1) && p.w(j+1) != "the" && p.w(j+1) != "and" && p.isM(j+2) {
			j += 2 // "his X partner P", "Ludo co-founders P"
		}
		m := p.mm(j)
		if m.quoted || m.typ == kg.Film && m.strength >= 2 || m.typ == kg.Character && m.strength >= 3 {
			break
		}
		names = append(names, j)
		if j >= 2 && (p.w(j-1) == "'s" || p.w(j-1) == "'") && p.isM(j-2) && p.isPersonLike(j) {
			if o := p.mm(j - 2); o.typ == kg.Organisation || o.typ == "" && orgish(o) {
				names = append(names, j-2) // "Amblin's P": the company too
			}
		}
		j++
		end = j
		if p.w(j) == "of" && p.isM(j+1) && p.mm(j+1).typ != kg.Film {
			j += 2 // "P of O"
			end = j
		}
		if p.w(j) == "(" {
			for n := 0; j < len(p.it) && p.w(j) != ")" && n < 12; n++ {
				j++
			}
			j++
			end = j
		}
		if p.w(j) == "," || p.w(j) == "and" || p.w(j) == "&" {
			j++
			continue
		}
		break
	}
	return names, end
}

// creditCoProducers credits each name of a coProducerList as a producer
// of film: companies as real organisations, person-like names as persons.
// With companiesOnly, people are left out.
func (p *pctx) creditCoProducers(names []int, film arg, companiesOnly bool) {
	for _, n := range names {
		m := p.mm(n)
		switch {
		case m.typ == kg.Organisation || m.typ == "" && orgish(m):
			m.setRealOrg()
		case p.isPersonLike(n) && !companiesOnly:
			p.typ(n, kg.Person, 3)
		default:
			continue
		}
		p.claim(pclaim{rel: kg.Produced, subj: mArg(n), obj: film})
	}
}

// ownerProducer credits the company before a producer's name ("LuckyChap's
// P", "Amblin's P"): a company that owns a producer's credit produced the
// film too. A person owning a company ("P's X Films") is left alone.
func (p *pctx) ownerProducer(n int, film arg) {
	if p.w(n-1) != "'s" && p.w(n-1) != "'" || !p.isM(n-2) || !p.isPersonLike(n) {
		return
	}
	o := p.mm(n - 2)
	if o.typ == kg.Organisation || o.typ == "" && orgish(o) {
		o.setRealOrg()
		p.claim(pclaim{rel: kg.Produced, subj: mArg(n - 2), obj: film})
	}
}

// ownedCompany reports whether producer n is a company by its looks: a
// company word ends it ("X Movies"), or a person owns it ("P's X Films",
// "P' X").
func (p *pctx) ownedCompany(n int) bool {
	m := p.mm(n)
	if m == nil || m.typ == kg.Person && m.strength >= 3 {
		return false
	}
	if orgish(m) {
		return true
	}
	return (p.w(n-1) == "'s" || p.w(n-1) == "'") && p.isM(n-2) && p.isPersonLike(n-2)
}
