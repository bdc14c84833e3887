package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// typeWithCastTitles types as films (strength 2), before the patterns
// run, the names opening their sentence or written after an owner's
// possessive that an appositive casting clause follows: a comma,
// "with", a personal name and "as" and no crew job ("Marrow Lane, with Ada Quist as the
// night nurse, opened ...", "Tam Lucky (2011), with Ula Brandt back as
// ..."), two names joined by "and" before "as" among them ("with Ada
// Quist and Pim Okafor as the sisters"). Only a production has a cast
// named so. The name is one no cue typed, with its year in brackets
// maybe between; places, countries, nationalities, common words, personal
// names led by a given name and names typed otherwise elsewhere are left
// alone (bareTitleCandidate).
func (a *article) typeWithCastTitles() {
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		if m.typ != "" || k+1 >= len(a.ments) || a.ments[k+1].sent != m.sent {
			continue
		}
		e := int(m.b)
		if e+2 < s.b && a.toks[e].text == "(" && isYear(a.toks[e+1].text) && a.toks[e+2].text == ")" {
			e += 3 // "Tam Lucky (2011), with ..."
		}
		if e+1 >= s.b || a.toks[e].text != "," || a.toks[e+1].lower != "with" || !a.castWithAs(k+1, e+2) {
			continue
		}
		b := int(m.a)
		if m.the || m.theOpen {
			b--
		}
		if b > s.a && a.toks[b-1].kind != kPoss {
			continue // ("P as C, with Q as D": a part, not a production)
		}
		if b > s.a && k > 0 && int(a.ments[k-1].b) == b-1 && nameTitles[strings.TrimSuffix(a.toks[a.ments[k-1].a].lower, ".")] {
			continue // ("Ms Tam's Night Cases, with ...": the title's own possessive)
		}
		if !a.bareTitleCandidate(k) {
			continue
		}
		m.setType(kg.Film, 2)
	}
}

// castWithAs reports whether mention p opens at token t as a personal
// name (typed a person, or of two words or more led by a given name) that
// "as" or "back as" follows, or a second such name after "and" that does.
func (a *article) castWithAs(p, t int) bool {
	for n := 0; n < 2 && p < len(a.ments); n++ {
		m := &a.ments[p]
		if int(m.a) != t || !castName(m) {
			return false
		}
		s := &a.sents[m.sent]
		e := int(m.b)
		if e < s.b && a.toks[e].lower == "back" {
			e++
		}
		if e < s.b && a.toks[e].lower == "as" {
			return !a.crewAfterAsAt(e+1, s.b)
		}
		if e >= s.b || a.toks[e].lower != "and" {
			return false
		}
		p, t = p+1, e+1
	}
	return false
}

// crewAfterAsAt reports whether the words from token t (before token end)
// name a crew job, past the articles and job prefixes of jobPrefixes ("as
// executive producer", "as the director"): a crew member, not a part.
func (a *article) crewAfterAsAt(t, end int) bool {
	for t < end && jobPrefixes[a.toks[t].lower] {
		t++
	}
	return t < end && crewAfterAs[a.toks[t].lower]
}

// castName reports whether mention m reads as an actor's name: typed a
// person, or untyped and a personal name of two words or more led by a
// given name.
func castName(m *mention) bool {
	if m.typ == kg.Person {
		return true
	}
	return m.typ == "" && m.words >= 2 && m.personShaped() && givenFirst(m.text)
}

// bareTitleCandidate reports whether mention o may be read as a title by its
// place alone: untyped, no personal name led by a given name
// (titleCandidate), nor a place, country, nationality, common word,
// weekday, month, channel or studio, nor a name typed otherwise
// elsewhere in the article.
func (a *article) bareTitleCandidate(o int) bool {
	m := &a.ments[o]
	if m.typ != "" || m.key == "" || m.country || m.placeIn || !titleCandidate(m) || isPlaceName(m) {
		return false
	}
	w := a.toks[m.a].lower
	if m.words == 1 && (commonWords[w] || demonym(w) || moreDemonyms[w] || weekdays[w] || months[w] != 0) {
		return false
	}
	if platformNames[m.key] || studioNames[m.key] || a.otherSense(o) {
		return false
	}
	return true
}
