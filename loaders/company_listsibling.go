package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// typeCompanySiblings types as companies, before the patterns run, the
// untyped names of a list whose other names are companies by their own
// name: a company word ("X Pictures", "Studio X"), a known platform or
// studio ("Studio Vell, Quarry Depot and Lark Runners produced", "X
// produces with Verra Degeto, Kappa Film and Sky", "co-produced with
// Tessa America, ZDF and Velm Télévisions"), when the list stands in a
// company's slot: after "with", "by" or "between", or before a verb of
// producing or distributing. The list's names stand
// next to each other, joined by commas and "and" only; a list with a
// personal name led by a given name in it (a producer beside a company)
// is left alone, and so are names a cue gave a type, quoted names,
// titles with "the", and names led by a given name.
func (a *article) typeCompanySiblings() {
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		if m.typ != "" || m.quoted || m.the || m.colon || m.titleWords || m.country {
			continue
		}
		if a.listJoinAfter(s, k) == 0 && !a.listJoinBefore(s, k) {
			continue // (the cheap shape test first: most names stand in no list)
		}
		if hyphenAdjective(m.text) {
			continue
		}
		if !a.companyShaped(m) || givenNameShaped(m) {
			continue
		}
		if a.headKeys[m.key] {
			continue // (a title of the headline)
		}
		company, slot, commas, commaAnd := false, false, 0, false
		for _, dir := range [2]int{-1, 1} {
			for j, n := k, 0; n < 6; j, n = j+dir, n+1 {
				joint := 0
				if dir < 0 && j > 0 {
					joint = a.listJoinAfter(s, j-1)
				} else if dir > 0 {
					joint = a.listJoinAfter(s, j)
				}
				if joint == 1 {
					commas++
				}
				commaAnd = commaAnd || joint == 3
				if joint == 0 {
					// the list's ends: a company slot before or after it
					if dir < 0 && int(a.ments[j].a) > s.a && tokIn(&a.toks[a.ments[j].a-1], listCompanyLeads) ||
						dir > 0 && int(a.ments[j].b) < s.b && tokIn(&a.toks[a.ments[j].b], listCompanyVerbs) {
						slot = true
					}
					break
				}
				o := &a.ments[j+dir]
				if o.quoted || o.words > 4 || strings.Contains(o.text, " of ") || givenNameShaped(o) || o.typ == kg.Person || o.typ == kg.Character || o.typ == kg.Film && o.strength >= 2 {
					company = false
					goto next // a mixed list: a person or a title beside the companies
				}
				if (o.typ == "" || o.typ == kg.Organisation) && o.world != kg.WorldFictional && !o.quoted && lexicalCompany(o) {
					company = true
				}
			}
		}
		if company && slot && !(commaAnd && commas == 0) {
			// (", and" with no comma joint before it opens a new clause:
			// "produced by O, and P, who scored the original, composed")
			m.setRealOrg()
		}
	next:
	}
}

// listCompanyLeads, right before a list, make it a list of partners
// ("produces with A, B and C", "co-produced by A and B", "a deal between
// A and B").
var listCompanyLeads = setOf("with", "by", "between")

// listCompanyVerbs, right after a list, make it the list of a
// production's companies ("A, B and C produced the series").
var listCompanyVerbs = setOf("produced", "produce", "produces", "co-produced", "co-produce", "co-produces", "co-financed",
	"financed", "developed", "distribute", "distributes", "distributed")

// lexicalCompany reports whether m is a company by its name alone: a
// company word ends it (companyWordName) or it is a known platform or
// studio.
func lexicalCompany(m *mention) bool {
	if row := vocabRow(m.key); rowIn(row, m.key, platformNames) || rowIn(row, m.key, studioNames) {
		return true
	}
	var lb [32]byte
	return companyWordName(m, string(appendLower(lb[:0], lastWord(m.text))))
}

// listJoinAfter returns the list joint between mention k of sentence s
// and the next mention of the sentence right after it: 1 for ",", 2 for
// "and", 3 for ", and", 0 for none.
func (a *article) listJoinAfter(s *sentence, k int) int {
	if k+1 >= len(a.ments) || a.ments[k+1].sent != a.ments[k].sent {
		return 0
	}
	e, n := int(a.ments[k].b), int(a.ments[k+1].a)
	switch {
	case n-e == 1 && a.toks[e].text == ",":
		return 1
	case n-e == 1 && a.toks[e].lower == "and":
		return 2
	case n-e == 2 && n <= s.b && a.toks[e].text == "," && a.toks[e+1].lower == "and":
		return 3
	}
	return 0
}

// listJoinBefore reports whether mention k of sentence s follows the
// mention before it across a list joint.
func (a *article) listJoinBefore(s *sentence, k int) bool {
	return k > 0 && a.listJoinAfter(s, k-1) != 0
}
