package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// announceVerbs, after a company (and "today"), open a press release's
// news about a title of the company's own ("O today announced that F ...").
var announceVerbs = setOf("announced", "announces", "confirmed", "confirms", "unveiled", "unveils")

// announceDays may stand between an announcing company and its verb ("O
// today announced", "O announced Tuesday that" reads the verb first).
var announceDays = setOf("today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// announceSeasonLead reads "the fourth season of" or "season two of"
// before a series' title after an announcing verb at item j, and returns the
// item after it (j when none stands there).
func (p *pctx) announceSeasonLead(j int) int {
	k := j
	if p.w(k) == "the" {
		k++
		if !p.isM(k) && isWordLike(p.w(k)) {
			k++ // "the fourth", "the final"
		}
	}
	if p.w(k) != "season" && p.w(k) != "seasons" || p.isM(k) {
		return j
	}
	k++
	if k == j+1 && !p.isM(k) && p.w(k) != "of" {
		k++ // "season two of"
	}
	if p.w(k) != "of" {
		return j
	}
	return k + 1
}

// announcedFilm handles a press release's opening "O [and O2] today
// announced [that] F ...", "O, the studio behind G, today announced F",
// "O confirmed that the third season of F ...":
// the companies announcing a title make it (PRODUCED), or carry it when
// they are a streamer, a broadcaster or a distributor by name (DISTRIBUTED). The title must follow
// the verb (or "that") at once, so "O announced that it acquired F" is
// left to the acquiring rules.
func (p *pctx) announcedFilm(i int) {
	subj, j, ok := p.companySubjects(i)
	if !ok {
		return
	}
	if p.w(j) == "," && p.w(j+1) == "the" && subj[1] < 0 {
		j = p.announceAppositiveEnd(j + 1) // "O, the studio behind G, today announced F"
	}
	if p.in(j, announceDays) {
		j++
	}
	if !p.in(j, announceVerbs) {
		return
	}
	if !p.trailerCompanies(subj) {
		return
	}
	k := j + 1
	if p.in(k, announceDays) {
		k++ // "O announced Tuesday that F"
	}
	if p.w(k) == "that" {
		k++
	}
	k = p.announceSeasonLead(k)
	m := p.mm(k)
	if m == nil || !(m.typ == kg.Film && m.strength >= 2 || m.typ == "" && m.quoted) {
		return
	}
	for _, s := range subj {
		if s < 0 {
			continue
		}
		o := p.mm(s)
		rel := kg.Produced
		if o.kind == "streamer" || broadcasterName(o) || distributorName(o.text) {
			rel = kg.Distributed
		}
		o.setType(kg.Organisation, 2)
		o.setRealOrg()
		p.claim(pclaim{rel: rel, subj: mArg(s), obj: mArg(k)})
	}
}

// announceAppositiveEnd returns the item after the comma that closes an appositive
// starting at item k ("the studio behind G, "), or k when no comma closes it
// within twenty items of the sentence.
func (p *pctx) announceAppositiveEnd(k int) int {
	for e := k; e < len(p.it) && e < k+20; e++ {
		switch p.w(e) {
		case ",":
			return e + 1
		case ".", ";", "(", ")":
			return k
		}
	}
	return k
}

// distributorName reports whether a company's name ends as a distributor's
// does ("... Releasing", "... Distribution", "... Home Entertainment").
func distributorName(name string) bool {
	n := strings.ToLower(name)
	for _, tail := range []string{" releasing", " distribution", " distributors", " home entertainment", " home video"} {
		if strings.HasSuffix(n, tail) {
			return true
		}
	}
	return false
}
