package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// coordinatedCompanyCredits adds, once the patterns have run, the credit
// of a company that stands in a list with a company a pattern credited
// with producing or distributing a production: "premieres on Vellum and
// Orrin+", "is produced by Tarn Pictures and Quell Media", "Halden and
// Brightwater's horror sequel", "a Tollard and Sennet Films co-production".
// The list's names follow one another joined by commas and "and"
// (listNext), each a real company by type; a ", and" with no comma
// before it opens a new clause and ends the list. A streamer or network
// that "produces" distributes, as claim has it.
func (a *article) coordinatedCompanyCredits() {
	n := len(a.claims)
	for i := 0; i < n; i++ {
		c := a.claims[i]
		if c.rel != kg.Produced && c.rel != kg.Distributed || !c.subj.abs || c.subj.m < 0 || !c.obj.valid() {
			continue
		}
		k := int(c.subj.m)
		if !a.creditedCompany(k) || a.deniedList(k) {
			continue
		}
		for _, dir := range [2]int{-1, 1} {
			for j := k; ; j += dir {
				l, r := j, j+1
				if dir < 0 {
					l, r = j-1, j
				}
				if l < 0 || r >= len(a.ments) || a.ments[l].sent != a.ments[r].sent || !a.listNext(&a.ments[l], &a.ments[r]) {
					break
				}
				if a.commaAnd(&a.ments[l]) && !(l > 0 && a.ments[l-1].sent == a.ments[l].sent && a.listNext(&a.ments[l-1], &a.ments[l]) && !a.andJoined(&a.ments[l-1])) {
					break // "by O, and P, who ...": a new clause
				}
				o := j + dir
				if !a.creditedCompany(o) {
					break
				}
				rel := c.rel
				if rel == kg.Produced && platformNames[a.ments[o].key] && a.ments[o].key != "amazon" {
					rel = kg.Distributed
				}
				if !a.hasCompanyClaim(rel, int32(o), c.obj) {
					a.claims = append(a.claims, pclaim{rel: rel, subj: arg{m: int32(o), of: -1, abs: true}, obj: c.obj, char: noArg, sent: c.sent})
				}
			}
		}
	}
}

// deniedList reports whether a denial stands in the few words before
// the list that mention k belongs to ("is not available on Vellum, Orrin
// or Tarn+"): the list names where a production is not.
func (a *article) deniedList(k int) bool {
	for k > 0 && a.ments[k-1].sent == a.ments[k].sent && a.listNext(&a.ments[k-1], &a.ments[k]) {
		k--
	}
	s := &a.sents[a.ments[k].sent]
	for t := int(a.ments[k].a) - 1; t >= s.a && t >= int(a.ments[k].a)-6; t-- {
		if w := a.toks[t].lower; negationWords[w] || strings.HasSuffix(w, "n't") {
			return true
		}
	}
	return false
}

// creditedCompany reports whether mention k is a real company by type,
// written without quotes.
func (a *article) creditedCompany(k int) bool {
	m := &a.ments[k]
	return m.typ == kg.Organisation && m.world != kg.WorldFictional && !m.quoted
}

// hasCompanyClaim reports whether a claim already gives company mention
// o the relation rel to obj.
func (a *article) hasCompanyClaim(rel kg.RelType, o int32, obj arg) bool {
	for k := range a.claims {
		if c := &a.claims[k]; c.rel == rel && c.subj.abs && c.subj.m == o && c.obj == obj {
			return true
		}
	}
	return false
}
