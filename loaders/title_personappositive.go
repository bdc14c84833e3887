package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// personAppositiveNext are the words after the production noun of an
// appositive that make it describe a work, not a person's trade ("a heist
// comedy about ...", "a drama directed by ..."; not "a comedy writer").
var personAppositiveNext = setOf("about", "that", "which", "whose", "directed", "starring", "written", "produced", "released",
	"based", "set", "adapted", "inspired", "co-written", "co-starring", "following")

// appositiveDeterminers open an appositive that may describe a work.
var appositiveDeterminers = setOf("a", "an", "the", "his", "her", "their", "its")

// typePersonShapedAppositiveTitles types as films names shaped like a
// person's ("Tam Lucky", a given name first) that an appositive right
// after them describes as a work: maybe a year in brackets, a comma, "a",
// "an", "the" or a possessive determiner, at most four lower-case
// describing words, years or studio names, a production noun or "release"
// and a word that goes on describing the work ("Tam Lucky, a scrappy heist
// comedy about two brothers", "Nora Vance, the 2019 drama directed by P",
// "Nora Vance (2010), his drama about ...", "Tam Lucky, the Lantern
// release starring P"). A name typed a
// person by a stronger cue than its shape is left alone, as is an
// appositive with "of" or a role word before the noun ("the star of the
// film").
func (a *article) typePersonShapedAppositiveTitles() {
	toks := a.toks
	for mi := range a.ments {
		m := &a.ments[mi]
		s := &a.sents[m.sent]
		e := int(m.b)
		if e+2 < s.b && toks[e].text == "(" && isYear(toks[e+1].text) && toks[e+2].text == ")" {
			e += 3 // "Nora Vance (2010), his drama about ..."
		}
		if e+4 >= s.b || toks[e].text != "," || m.quoted || s.titleCase || m.typ != "" && !(m.typ == kg.Person && m.strength <= 1) ||
			!m.personShaped() || !givenFirst(m.text) {
			continue
		}
		if toks[e+1].cap || !appositiveDeterminers[toks[e+1].lower] {
			continue
		}
		for k := e + 2; k < s.b && k < e+7; k++ {
			t := &toks[k]
			if t.kind == kNum && (isYear(t.text) || isOrdinalNum(t.lower)) {
				continue
			}
			if t.kind == kWord && t.cap && (studioNames[t.lower] || platformNames[t.lower]) {
				continue // "the Lantern release starring ...": a studio's work
			}
			if t.kind != kWord || t.cap || t.lower == "of" || t.lower == "and" || tokIn(t, roleWords) {
				break
			}
			if !cueJoinNouns[t.lower] && t.lower != "release" || k+1 < s.b && cueJoinNouns[toks[k+1].lower] {
				continue // (a describing noun: "a heist comedy")
			}
			if n := k + 1; n < s.b && toks[n].kind == kWord && !toks[n].cap && personAppositiveNext[toks[n].lower] {
				m.setType(kg.Film, 2)
			}
			break
		}
	}
}
