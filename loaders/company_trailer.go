package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// trailerLeadWords may stand between a company and the verb that puts out
// a trailer ("X on Monday dropped", "X today released", "X has finally
// unveiled").
var trailerLeadWords = setOf("has", "have", "had", "today", "finally", "on", "just", "officially", "also", "quietly",
	"this", "week", "morning", "afternoon", "evening", "night", "yesterday", "tonight", "late", "early", "proudly",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// trailerAdjectives describe a trailer or poster before its noun ("the
// first full trailer", "a new official teaser").
var trailerAdjectives = setOf("the", "a", "an", "its", "their", "first", "new", "official", "full", "final", "second",
	"third", "latest", "brief", "short", "main", "debut", "teaser", "character", "international", "extended", "red-band",
	"and", "two", "three", "fresh", "look", "glimpse")

// trailerFor handles "O [and O2] [on Monday] dropped the first trailer for
// F": the companies that put out a film's trailer, teaser, poster or first
// look distribute it.
func (p *pctx) trailerFor(i int) {
	subj, j, ok := p.companySubjects(i)
	if !ok {
		return
	}
	for n := 0; n < 4 && p.in(j, trailerLeadWords) && !p.isM(j); n++ {
		j++
	}
	if !p.in(j, trailerVerbs) {
		return
	}
	if !p.trailerCompanies(subj) {
		return
	}
	k := j + 1
	noun := false
	for n := 0; n < 7 && !p.isM(k); n++ {
		if p.in(k, trailerNouns) || p.w(k) == "look" && p.w(k-1) == "first" {
			noun = true
		} else if !p.in(k, trailerAdjectives) {
			break
		}
		k++
	}
	if !noun || p.w(k) != "for" && p.w(k) != "of" {
		return
	}
	fr, _, ok := p.filmRef(k+1, 2)
	if !ok {
		return
	}
	for _, s := range subj {
		if s < 0 {
			continue
		}
		m := p.mm(s)
		m.setType(kg.Organisation, 2)
		m.setRealOrg()
		p.claim(pclaim{rel: kg.Distributed, subj: mArg(s), obj: fr})
	}
}

// trailerCompany reports whether mention k may be a company putting out a
// trailer: typed a company, or shaped like one and typed nothing else.
func (p *pctx) trailerCompany(k int) bool {
	m := p.mm(k)
	if m == nil || m.quoted || m.colon || m.typ != "" && m.typ != kg.Organisation {
		return false
	}
	return m.typ == kg.Organisation || orgish(m) || m.words == 1 && !m.personShaped() && !p.shortOfPersonShaped(k)
}

// companySubjects reads the subject "O [and O2]" that starts at item i: the
// two companies' items (the second -1 when there is one company) and the
// item after them. ok is false when i is the second company of such a list,
// which the list's first company reads.
func (p *pctx) companySubjects(i int) (subj [2]int, next int, ok bool) {
	if p.w(i-1) == "and" && p.isM(i-2) {
		return subj, i, false
	}
	subj = [2]int{i, -1}
	next = i + 1
	if p.w(next) == "and" && p.isM(next+1) {
		subj[1] = next + 1
		next += 2
	}
	return subj, next, true
}

// trailerCompanies reports whether every subject that companySubjects read
// is a company that can put out a title (trailerCompany).
func (p *pctx) trailerCompanies(subj [2]int) bool {
	for _, s := range subj {
		if s >= 0 && !p.trailerCompany(s) {
			return false
		}
	}
	return true
}
