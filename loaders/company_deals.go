package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// companyDealVerbs have a company as their subject and a production as
// their object, with the credit they give: a studio announcing or
// greenlighting its film produces it, one acquiring, picking up or
// renewing, releasing or scheduling it distributes it ("O will open F",
// "O released F"); one developing it produces it.
var companyDealVerbs = map[string]kg.RelType{"announced": kg.Produced, "announces": kg.Produced, "unveiled": kg.Produced,
	"greenlit": kg.Produced, "greenlights": kg.Produced, "acquired": kg.Distributed, "acquires": kg.Distributed,
	"picked": kg.Distributed, "renewed": kg.Distributed, "renews": kg.Distributed, "ordered": kg.Distributed,
	"released": kg.Distributed, "releases": kg.Distributed, "release": kg.Distributed, "open": kg.Distributed,
	"distributed": kg.Distributed, "distributes": kg.Distributed, "distribute": kg.Distributed,
	"scheduled": kg.Distributed, "developing": kg.Produced}

// dealAux may stand between a company and its deal verb ("has officially
// acquired", "today announced").
var dealAux = setOf("has", "have", "had", "today", "officially", "also", "quietly", "just", "formally", "reportedly",
	"will", "is", "already", "originally", "first")

// rightsWords may stand between "acquired" and "rights to F" ("acquired
// North American distribution rights to F").
var rightsWords = setOf("north", "american", "international", "worldwide", "global", "u.s.", "us", "uk", "domestic",
	"distribution", "streaming", "theatrical", "exclusive", "the", "all")

// companyDeals credits the company at item t (and the companies listed
// with it before) with the film its deal verb names: "O1 and O2 today
// announced F" (PRODUCED), "O has acquired (distribution) rights to F",
// "O picked up F", "O renewed F" (DISTRIBUTED). A streamer's
// announcement credits DISTRIBUTED. The film must be typed one
// (strength >= 2), carry a number or a colon, or be the object of "rights
// to" with no given name first; the company typed one
// (strength >= 2) or company-shaped (company words, one all-caps word).
func (p *pctx) companyDeals(t int) {
	k := t + 1
	for n := 0; n < 3 && p.in(k, dealAux); n++ {
		k++
	}
	if !p.in(k, dealVerbKeys) { // (companyDealVerbs' keys; a mention is in none)
		return
	}
	rel, ok := companyDealVerbs[p.w(k)]
	if !ok {
		return
	}
	o := p.mm(t)
	if o.quoted || !(o.typ == kg.Organisation && o.strength >= 2 || o.typ == "" && orgish(o) && !givenNameShaped(o) && !pcType(p.priorType(t))) {
		return
	}
	if t > 0 && p.w(t-1) != "," && p.w(t-1) != "and" && !p.in(t-1, companyLeads) && !p.in(t-1, dealAux) {
		return // the company opens its clause
	}
	f, rights := k+1, false
	if p.w(k) == "picked" {
		if p.w(f) != "up" {
			return
		}
		f++
	}
	if p.w(k) == "acquired" || p.w(k) == "acquires" {
		// "acquired (North American distribution) rights to F"
		j := f
		for n := 0; n < 5 && (p.in(j, rightsWords) && !p.isM(j) || p.isM(j) && rightsName(p.mm(j).key)); n++ {
			j++
		}
		if p.w(j) == "rights" && p.w(j+1) == "to" {
			f = j + 2
			rights = true
		}
	}
	fm := p.mm(f)
	if fm == nil || fm.quoted || !(fm.typ == kg.Film && fm.strength >= 2 || (fm.typ == "" || fm.typ == kg.Film) && (fm.digit || fm.colon || rights && !givenNameShaped(fm))) {
		return
	}
	if p.w(f+1) == "'s" {
		return // "O announced F's release date": still F's, but read elsewhere
	}
	if rel == kg.Produced && o.kind == "streamer" {
		rel = kg.Distributed
	}
	fm.setType(kg.Film, 2)
	owners := []int{t}
	for b := t - 1; p.w(b) == "and" || p.w(b) == ","; b -= 2 {
		c := p.mm(b - 1)
		if c == nil || c.quoted || !(c.typ == kg.Organisation && c.strength >= 2 || c.typ == "" && orgish(c) && !givenNameShaped(c)) {
			break
		}
		owners = append(owners, b-1)
	}
	for _, n := range owners {
		p.mm(n).setRealOrg()
		p.claim(pclaim{rel: rel, subj: mArg(n), obj: mArg(f)})
	}
}

// rightsName reports whether every word of the mention key is a
// rightsWords word ("north american" in "North American rights").
func rightsName(key string) bool {
	for w := range strings.FieldsSeq(key) { // (no slice of the words)
		if !rightsWords[w] {
			return false
		}
	}
	return key != ""
}
