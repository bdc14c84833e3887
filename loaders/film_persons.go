package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// retypePersonFilms makes persons the personal names led by a given name
// that only weak cues typed a film (strength two or less, not quoted, no
// "the") when a cue typed their surname a person strongly elsewhere in the
// article, and gives the role claims that took them for their film the
// article's film instead ("Rebecca Fennimore is in talks to join ... in F, the follow-up
// to ..." beside "Ferguson would play C"): one name, one sense in one
// article.
func (a *article) retypePersonFilms() {
	var persons map[string]bool
	for mi := range a.ments {
		if m := &a.ments[mi]; m.typ == kg.Person && m.strength >= 3 && m.words == 1 {
			if persons == nil {
				persons = map[string]bool{}
			}
			persons[m.key] = true
		}
	}
	if persons == nil {
		return
	}
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.typ != kg.Film || m.strength > 2 || m.quoted || m.the || m.head || m.words < 2 || !m.personShaped() || !givenFirst(m.text) {
			continue
		}
		sp := strings.LastIndexByte(m.key, ' ')
		if sp < 0 || !persons[m.key[sp+1:]] {
			continue
		}
		for k := range a.ments {
			if o := &a.ments[k]; o.key == m.key && o.typ == kg.Film && !o.quoted && !o.head && o.strength <= 2 {
				o.typ, o.strength = kg.Person, 2
				a.refocusClaims(int32(k))
			}
		}
	}
}

// refocusClaims makes the film of the role claims that name mention k as
// their production the article's film anaphor again: the patterns took the
// mistyped name for the film the sentence is about.
func (a *article) refocusClaims(k int32) {
	for i := range a.claims {
		if c := &a.claims[i]; c.obj.m == k && filmAnaphorRel(c.rel) {
			c.obj = arg{m: -1, ana: anaFilm, of: -1, abs: true}
		}
	}
}

// untypeFilmFragments takes the film type from one-word names a cue typed a
// film though the article shows them to be something else: the surname of
// a personal name the article types a person ("Stevenson" beside
// "Elspeth Stevens, who made her debut on the prequel", or a surname of
// any personal name between "the" and a film noun: makerBeforeFilmNoun),
// or a surname before a family noun ("the Rivera family"), or a month
// before a number ("the first film's July 2022 release"). Quoted and
// headline titles are left alone. A surname becomes a person; the role
// claims that took either for their film get the article's film instead.
func (a *article) untypeFilmFragments() {
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.typ != kg.Film || m.words != 1 || m.quoted || m.head || m.the || m.sent == 0 {
			continue
		}
		switch {
		case months[m.key] != 0 && int(m.b) < len(a.toks) && a.toks[m.b].kind == kNum:
			m.typ, m.strength = "", 0
			a.refocusClaims(int32(mi))
		case m.strength <= 2 && int(m.b) < len(a.toks) && familyNouns[a.toks[m.b].lower]:
			m.typ, m.strength = "", 0 // "the Rivera family": a surname, no title
			a.refocusClaims(int32(mi))
		case m.strength <= 3 && a.isPersonSurname(m.key, 3), m.strength <= 2 && a.makerBeforeFilmNoun(mi):
			m.typ, m.strength = kg.Person, 2
			a.refocusClaims(int32(mi))
		}
	}
}

// isPersonSurname reports whether the one-word key is the last word of a
// name of two words or more typed a person by a cue of at least strength
// min.
func (a *article) isPersonSurname(key string, min int) bool {
	for k := range a.ments {
		o := &a.ments[k]
		if o.words >= 2 && o.typ == kg.Person && int(o.strength) >= min && len(o.key) > len(key) && o.key[len(o.key)-len(key)-1] == ' ' && o.key[len(o.key)-len(key):] == key {
			return true
		}
	}
	return false
}

// untypeHyphenAdjectives takes the type from names that end in a
// capitalised compound adjective ("Academy Award-winning", "Budapest-based",
// "New York-based"): they describe a film or a person and name nothing.
// The role claims that took one for their film get the article's film.
func (a *article) untypeHyphenAdjectives() {
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.typ == "" || m.quoted || m.head || m.b <= m.a {
			continue
		}
		if t := &a.toks[m.b-1]; t.kind != kWord || !containsByte(t.text, '-') || !hyphenAdjective(t.text) {
			continue
		}
		if m.typ == kg.Film {
			a.refocusClaims(int32(mi))
		}
		m.typ, m.strength = "", 0
	}
}

// companyPartNouns after a name make it a company's ("Sony's X label", "the
// X banner").
var companyPartNouns = setOf("label", "labels", "banner", "imprint", "division", "subsidiary", "shingle")

// retypeCompanyFilms makes real companies of the names weak cues typed a
// film (strength two or less, not quoted, no headline title) that the
// article shows to be companies: a mention before a company-part noun
// ("Sony Pictures' X label will distribute"), a name joined by "and" to a
// company name ending in a company word ("co-produced by France's X and Y
// Productions"), one after "of" and a person ("P and Q of X"), or a
// maker's possessive (possessiveMaker) of a name typed a company elsewhere
// ("the sequel to X's most-watched film" beside "X has dated it"). Every
// mention of the name changes; role claims that took it for their film get
// the article's film.
func (a *article) retypeCompanyFilms() {
	var keys map[string]bool
	for s, mi := range a.bodyMentions() {
		m := &a.ments[mi]
		if m.typ != kg.Film || m.strength > 2 || m.quoted || m.head || m.the {
			continue
		}
		e := int(m.b)
		company := e < s.b && a.toks[e].kind == kWord && companyPartNouns[a.toks[e].lower]
		if !company && e+1 < s.b && a.toks[e].lower == "and" && mi+1 < len(a.ments) {
			n := &a.ments[mi+1]
			company = n.sent == m.sent && int(n.a) == e+1 && n.words >= 2 && realOrgWords[a.toks[n.b-1].lower]
		}
		if !company && int(m.a)-1 > s.a && a.toks[m.a-1].lower == "of" && mi > 0 {
			p := &a.ments[mi-1]
			company = p.sent == m.sent && int(p.b) == int(m.a)-1 && (p.typ == kg.Person || p.typ == "" && p.personShaped() && givenFirst(p.text))
		}
		if !company && e < s.b && a.toks[e].kind == kPoss && a.companyNamed(m.key) {
			company = a.possessiveMaker(m.key) // "Netflix's most-watched original film" beside "Netflix has dated"
		}
		if company {
			keys = addKey(keys, m.key)
		}
	}
	for mi := range a.ments {
		if m := &a.ments[mi]; keys[m.key] && (m.typ == "" || m.typ == kg.Film && m.strength <= 2 && !m.quoted && !m.head) {
			if m.typ == kg.Film {
				a.refocusClaims(int32(mi))
			}
			m.typ, m.strength = "", 0
			m.setRealOrg()
			m.strength = 2
		}
	}
}

// makerBeforeFilmNoun reports whether one-word mention mi stands between
// "the" and a film noun ("who produced the Pellingham picture") and is the
// last word of a personal name of the article, typed or not: the film of
// that person, who is named there, not its title.
func (a *article) makerBeforeFilmNoun(mi int) bool {
	m := &a.ments[mi]
	s := &a.sents[m.sent]
	if int(m.a)-1 < s.a || int(m.b) >= s.b || a.toks[m.a-1].lower != "the" || !filmNouns[a.toks[m.b].lower] {
		return false
	}
	for k := range a.ments {
		o := &a.ments[k]
		if o.words >= 2 && (o.typ == kg.Person || o.typ == "" && o.personShaped()) && len(o.key) > len(m.key) &&
			o.key[len(o.key)-len(m.key)-1] == ' ' && o.key[len(o.key)-len(m.key):] == m.key {
			return true
		}
	}
	return false
}

// familyNouns after a surname make it a family's name ("the X family").
var familyNouns = setOf("family", "families", "clan", "household", "dynasty", "siblings", "brothers", "sisters")
