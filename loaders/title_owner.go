package loaders

import (
	"github.com/franchisekg/franchisekg/internal/kg"
)

// possessiveMaker reports whether some body mention with key is followed by
// a possessive and, within three lower-case words, a production noun or a
// newer-work noun ("Netflix's follow-up", "the studio's untitled sequel",
// "HBO's new drama"): the name of whoever makes or owns productions, not
// the production the article is about.
func (a *article) possessiveMaker(key string) bool {
	return a.possessiveThen(key, func(w string) bool {
		return productionNoun(w) || newerNouns[w] || companyOwnedNouns[w]
	})
}

// possessiveThen reports whether some body mention with key is followed by
// a possessive and, within three lower-case words, a word for which want
// returns true.
func (a *article) possessiveThen(key string, want func(lower string) bool) bool {
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		if m.key != key {
			continue
		}
		e := int(m.b)
		if e+1 >= s.b || a.toks[e].kind != kPoss {
			continue
		}
		for n := e + 1; n < s.b && n < e+4; n++ {
			t := &a.toks[n]
			if t.kind != kWord || t.cap {
				break
			}
			if want(t.lower) {
				return true
			}
		}
	}
	return false
}

// headlineQuotesTitle reports whether the headline line holds a quoted
// title ("'The Pale Man 2': ...").
func (a *article) headlineQuotesTitle() bool {
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.sent > 0 {
			break
		}
		if m.quoted && m.head {
			return true
		}
	}
	return false
}

// typeAcronymOwnedTitles types as films the untyped names right after the
// possessive of an all-capitals name of two to four letters ("lived with
// FX's Daimyo", "on AMC's Dark Harbor"): networks write their productions
// so, a person seldom has an acronym for a name. The owner becomes a real
// company. Personal names led by a given name, one common word, demonyms,
// places, names before a word that makes them a part of the company
// ("BBC's Salford offices") or another possessive are left alone.
func (a *article) typeAcronymOwnedTitles() {
	for s, mi := range a.bodyMentions() {
		m := &a.ments[mi]
		if mi == 0 || m.typ != "" || m.quoted || m.allCaps || m.acronymLead || m.country || m.words > 4 {
			continue
		}
		b := int(m.a)
		if m.the {
			continue
		}
		if b-1 <= s.a || a.toks[b-1].kind != kPoss {
			continue
		}
		o := &a.ments[mi-1]
		if o.sent != m.sent || int(o.b) != b-1 || !o.allCaps || o.words != 1 || len(o.text) < 2 || len(o.text) > 4 {
			continue
		}
		if o.typ != "" && o.typ != kg.Organisation && !(o.typ == kg.Film && o.strength < 3) {
			continue
		}
		if e := int(m.b); e < s.b && (a.toks[e].kind == kPoss || a.toks[e].kind == kWord && !a.toks[e].cap && ownerNonWorks[a.toks[e].lower]) {
			continue
		}
		if !titleCandidate(m) || m.words == 1 && (commonWords[a.toks[m.a].lower] || demonym(a.toks[m.a].lower)) {
			continue
		}
		m.setType(kg.Film, 2)
		if o.typ != kg.Organisation {
			o.typ, o.strength = "", 0
			o.setRealOrg()
		}
	}
}

// typeHeadlineCapsTitles types as films the untyped one-word body names
// that a title-case headline writes in capitals while the body writes them
// in Title Case ("Our Recap of the GONE Panel" over "Saturday's Gone
// reunion"): a headline shouts a title, not an acronym the body spells
// the same way. Words of fewer than four letters, given names, common
// words and names the body also writes in capitals are left alone.
func (a *article) typeHeadlineCapsTitles() {
	if len(a.sents) < 2 || !a.sents[0].titleCase {
		return
	}
	h := &a.sents[0]
	for i := h.a; i < h.b; i++ {
		t := &a.toks[i]
		if t.kind != kWord || !t.allCaps || len(t.lower) < 4 || commonWords[t.lower] || isGivenName(t.lower) || i > h.a && a.toks[i-1].allCaps && a.toks[i-1].kind == kWord ||
			i+1 < h.b && a.toks[i+1].allCaps && a.toks[i+1].kind == kWord {
			continue
		}
		var body []int
		caps := false
		for s, k := range a.bodyMentions() {
			m := &a.ments[k]
			if m.words != 1 || m.key != t.lower {
				continue
			}
			if m.allCaps {
				caps = true
				break
			}
			if int(m.a) > s.a && m.typ == "" {
				body = append(body, k)
			}
		}
		if caps {
			continue
		}
		for _, k := range body {
			a.ments[k].setType(kg.Film, 2)
		}
	}
}

// typeOpeningPossessiveTitles types as a film the name that a personal
// name's possessive puts at the very start of the article's first body
// sentence, before a lower-case word ("Ryan Cogland's Sinners refused to
// budge this weekend", "Greta Hallam's Dollhouse crossed $1 billion"): a
// lead names a production by its maker so. Names led by a given name (a
// part: "P's Colm Rattray") and names typed otherwise are left alone.
func (a *article) typeOpeningPossessiveTitles() {
	si := 0
	if len(a.sents) > 1 && (a.sents[0].titleCase || a.toks[a.sents[1].a].nl > 0) {
		si = 1 // a headline line of its own
	}
	if si >= len(a.sents) || a.sents[si].titleCase {
		return
	}
	s := &a.sents[si]
	var o, m *mention
	for mi := range a.ments {
		if int(a.ments[mi].sent) == si {
			o = &a.ments[mi]
			if mi+1 < len(a.ments) {
				m = &a.ments[mi+1]
			}
			break
		}
	}
	if o == nil || m == nil || int(o.a) != s.a || m.sent != o.sent || int(o.b)+1 != int(m.a) || a.toks[o.b].kind != kPoss || m.the {
		return
	}
	if !(o.typ == kg.Person || o.typ == "" && o.personShaped() && givenFirst(o.text)) {
		return
	}
	if e := int(m.b); e >= s.b || a.toks[e].kind != kWord || a.toks[e].cap || ownerNonWorks[a.toks[e].lower] || workNouns[a.toks[e].lower] {
		return
	}
	if m.typ != "" && !(m.typ == kg.Character && m.strength < 3) || !titleCandidate(m) || m.words == 1 && commonWords[a.toks[m.a].lower] {
		return
	}
	m.typ, m.strength = "", 0
	m.setType(kg.Film, 2)
}

// typeMakerYearTitles types as films the untyped names after a personal
// name's possessive that a year follows ("Hideki Sorano's X in 1998", "P's
// X (2002)"): a dated work of a person is a production, not a part the
// person plays. The owner is typed a person or is an untyped personal
// name of two to four words; names led by a given name are left alone.
func (a *article) typeMakerYearTitles() {
	for s, mi := range a.bodyMentions() {
		m := &a.ments[mi]
		if mi == 0 || m.typ != "" || m.quoted || m.the {
			continue
		}
		b, e := int(m.a), int(m.b)
		if b-1 <= s.a || a.toks[b-1].kind != kPoss || e+1 >= s.b {
			continue
		}
		o := &a.ments[mi-1]
		if o.sent != m.sent || int(o.b) != b-1 || !(o.typ == kg.Person || o.typ == "" && o.personShaped()) {
			continue
		}
		if w := a.toks[e].lower; !(w == "in" || w == "(") || a.toks[e+1].kind != kNum || !isYear(a.toks[e+1].text) {
			continue
		}
		if !titleCandidate(m) || m.words == 1 && commonWords[a.toks[m.a].lower] {
			continue
		}
		m.setType(kg.Film, 3)
	}
}
