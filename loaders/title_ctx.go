package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// laterWorkVerbs after "went on to" make the name after them a work of
// the one who went on: "went on to co-create X", "would go on to direct X".
var laterWorkVerbs = setOf("create", "co-create", "direct", "co-direct", "make", "write", "co-write", "produce", "helm")

// goOnForms stand before "on to" in "went on to make X".
var goOnForms = setOf("went", "go", "goes", "going", "gone")

// workStarNouns after a name make it a production someone starred in:
// "The X star", "his former X co-star", "his X castmate".
var workStarNouns = setOf("star", "co-star", "castmate", "alum", "alumna", "alumnus")

// workStarOwners before a one-word name and a star noun ("his X co-star",
// "her former X castmate") leave it no nationality or trade ("the K-pop
// star", "WWE star" are left alone).
var workStarOwners = setOf("his", "her", "their", "former")

// typeContextTitles types as films, after every other typing pass, the
// names nothing typed that stand where only a work fits: after "went on
// to" and a verb of making ("went on to co-create X"), or before a star
// noun (workStarNouns) when the name holds two words or more or follows a
// possessive pronoun ("Y star Ula Brandt", "his X castmate"); a name after
// a capitalised "The" is left alone ("The X star will play C", as
// typeWorkerTitles does). A name read as a
// place, a nationality (its key cleared) or a personal name led by a given
// name is left alone, and so is one typed otherwise elsewhere. The other
// untyped mentions of the name are films too, weakly.
func (a *article) typeContextTitles() {
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.typ != "" || m.key == "" || m.quoted || m.country {
			continue
		}
		s := &a.sents[m.sent]
		if s.titleCase || !a.laterWorkCue(m, s) && !a.starNounCue(m, s) {
			continue
		}
		if isPlaceName(m) || demonym(a.toks[m.a].lower) || moreDemonyms[a.toks[m.a].lower] || m.personShaped() && givenFirst(m.text) || a.otherSense(mi) {
			continue
		}
		m.setType(kg.Film, 2)
		m.passingCue = true
		a.lateSameName(mi)
	}
}

// laterWorkCue reports whether mention m follows "went on to" and a verb
// of making (laterWorkVerbs).
func (a *article) laterWorkCue(m *mention, s *sentence) bool {
	b := int(m.a)
	if m.the {
		b--
	}
	if b-4 < s.a {
		return false
	}
	return tokIn(&a.toks[b-1], laterWorkVerbs) && a.toks[b-2].lower == "to" && a.toks[b-3].lower == "on" && tokIn(&a.toks[b-4], goOnForms)
}

// starNounCue reports whether mention m stands before a star noun
// (workStarNouns), of two words or more, or after a possessive pronoun
// or "former", and not after a capitalised "The".
func (a *article) starNounCue(m *mention, s *sentence) bool {
	e := int(m.b)
	if e >= s.b || !tokIn(&a.toks[e], workStarNouns) || a.toks[e].cap {
		return false
	}
	b := int(m.a) - 1
	if m.the {
		b--
	}
	if b >= s.a && a.toks[b].kind == kWord && a.toks[b].cap && a.toks[b].lower != "the" {
		return false // ("a Monday Night Revue alum": a name cut short)
	}
	if b >= s.a && (a.toks[b].lower == "and" || a.toks[b].text == ",") && (e+1 >= s.b || !a.toks[e+1].cap) {
		return false // ("Ula Brandt and Pim Okafor co-star as ...": the verb)
	}
	if m.the || m.theOpen {
		return false // (not "The F star will play C": typeWorkerTitles leaves it alone)
	}
	if m.words >= 2 && !m.allCaps {
		return true
	}
	return b >= s.a && tokIn(&a.toks[b], workStarOwners)
}
