package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// Parts named straight after an acting verb: "P will reprise C", "P plays
// the washed-up rodeo star C", "A and B share the role of C".

// describedPartVerbs take a part after describing words ("plays the
// washed-up rodeo star C").
var describedPartVerbs = setOf("play", "plays", "playing", "played", "portray", "portrays", "portraying", "portrayed", "voice", "voices",
	"voicing", "voiced")

// shareVerbs say that the people before them split one part.
var shareVerbs = setOf("share", "shares", "shared", "sharing", "split", "splits")

// partDescriberStops end the describing words before a part's name: words
// that open a clause, a phrase or another noun's complement.
var partDescriberStops = setOf("of", "for", "in", "on", "at", "from", "with", "to", "by", "who", "whose", "which", "that",
	"and", "or", "but", "as", "role", "part", "roles", "parts", "opposite", "alongside", "against", "beside", "than", "like")

// partVerbCast handles a part named right after an acting verb behind the
// person at item i: "P will reprise C" (no "as"), "P plays the washed-up
// rodeo star C" (describing nouns such as "star" that other readers stop
// at), "A and B share the role of C". The part is a castable name, not
// typed anything but a character, and closes the phrase. It reports
// whether it claimed anything.
func (p *pctx) partVerbCast(i int) bool {
	if p.isM(i) && p.invertedPart(i) {
		return true
	}
	v := i + 1
	talks := false
	for n := 0; n < 6 && !p.isM(v); n++ {
		if t := p.talksTo(v); t > v {
			v, talks = t, true // "P is in final talks to play C"
			continue
		}
		if !p.in(v, auxWords) && !p.in(v, setRelations_16) {
			break
		}
		v++
	}
	switch {
	case p.in(v, repriseVerbs):
		if p.isM(v+1) && p.castPairs(i, v+1) {
			return true // "A and B will reprise C and D"
		}
		if p.w(i-1) == "and" && p.isM(i-2) && p.w(v+2) == "and" && p.isM(v+3) {
			return false // a list of people for a list of parts they do not match
		}
		return p.castPartAt(i, v+1)
	case p.in(v, describedPartVerbs):
		if c := p.partAfterNouns(v + 1); c > 0 {
			// "A and B play the sisters C and D": a list of parts for a list
			return p.castPairs(i, c) || p.castPartAt(i, c)
		}
		if c := p.commaDescribedName(v + 1); c > 0 {
			return p.castPartAt(i, c) // "P plays the charming, doomed C"
		}
		if p.is(v+1, "both") && p.isM(v+2) && p.is(v+3, "and") && p.isM(v+4) {
			// "P voices both C and D": two parts in the one film
			a := p.castPartAt(i, v+2)
			return p.castPartAt(i, v+4) || a
		}
		if d := p.bothTheSecond(v); d > 0 {
			// "P plays both C and the Ghost" (cast_bothparts.go)
			a := p.castPartAt(i, v+2)
			return p.castPartAt(i, d) || a
		}
		if talks && p.isM(v+1) && p.w(v+2) != "'s" {
			// the verb-led rules do not look past "in talks to"
			return p.castPartAt(i, v+1)
		}
		if p.isM(v+1) && p.w(v+2) == "'s" && p.castChar(v+1) {
			// "P plays Joshua's mother, Bernadette": the part is the name
			// after the owner's noun; with none, the owner is not the part
			if c := p.ownedPart(v + 1); c > 0 {
				return p.castPartAt(i, c)
			}
			if isWordLike(p.w(v+3)) && !p.wIn(v+3, commonWords) && p.isPersonLike(i) {
				p.typ(i, kg.Person, 3)
				p.claim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: p.topicFilm(v + 3)})
				return true
			}
		}
		c := p.appositivePart(v + 1)
		if c < 0 {
			c = p.versionOf(v + 1)
		}
		if c > 0 {
			// "A and B play younger versions of C and D", "A and B played the
			// girl's parents, C and D Garlow": a list of parts for a list
			return p.castPairs(i, c) || p.castPartAt(i, c)
		}
	case p.in(v, lendVerbs) && p.in(v+1, possessivePronouns):
		// "P lends his baritone to C", "P lent her gravelly voice to C"
		k := v + 2
		for n := 0; n < 3 && !p.isM(k) && isWordLike(p.w(k)) && p.w(k) != "to"; n++ {
			k++
		}
		if k == v+2 || !p.is(k, "to") {
			return false
		}
		if c := p.nameAfterDescriptors(k+1, 3); c > 0 {
			return p.castPartAt(i, c)
		}
	case p.in(v, shareVerbs) && p.is(v+1, "the") && p.in(v+2, setOf2RolePart) && p.is(v+3, "of"):
		people := p.listBefore(v)
		if len(people) < 2 || people[len(people)-1] != i {
			return false
		}
		ok := false
		for _, q := range people {
			if p.isPersonLike(q) && p.castPartAt(q, v+4) {
				ok = true
			}
		}
		return ok
	}
	return false
}

// talksTo returns the item after "in (final) talks to" or "in early
// negotiations to" at item v ("P is in final talks to play C"), or v when
// no such phrase starts there.
func (p *pctx) talksTo(v int) int {
	if !p.is(v, "in") {
		return v
	}
	k := v + 1
	if p.in(k, talksAdj) {
		k++
	}
	if !p.in(k, talksNouns) || !p.is(k+1, "to") {
		return v
	}
	return k + 2
}

// talksAdj may qualify the talks of "in final talks to".
var talksAdj = setOf("final", "early", "advanced", "serious", "late", "final-stage", "preliminary")

// talksNouns are the talks of "in talks to".
var talksNouns = setOf("talks", "negotiations", "discussions")

// lendVerbs open "P lends his baritone to C".
var lendVerbs = setOf("lends", "lent", "lend", "lending")

// setOf2RolePart are the nouns of "share the role of C".
var setOf2RolePart = setOf("role", "part")

// partAfterNouns returns the item of the name after an article and one to
// four plain describing words at item j, any of which may be a noun other
// readers stop at ("the washed-up rodeo star C"), or -1.
func (p *pctx) partAfterNouns(j int) int {
	if !p.in(j, roleArticles) {
		return -1
	}
	k := j + 1
	for ; k < len(p.it) && k <= j+4; k++ {
		if p.isM(k) {
			break
		}
		if w := p.w(k); !isWordLike(w) || partDescriberStops[w] || notDescribing[w] || possessivePronouns[w] || auxWords[w] {
			return -1
		}
	}
	if k == j+1 || !p.isM(k) {
		return -1
	}
	return k
}

// castPartAt claims that the person at item i plays the part named at
// item c in the film the sentence is about, when c is a castable name
// nothing types other than a character, closing its phrase. It reports
// whether it claimed.
func (p *pctx) castPartAt(i, c int) bool {
	if !p.in(c+1, castStop) || p.w(c+1) == "-" {
		return false
	}
	return p.claimPart(i, c)
}

// claimPart claims that the person at item i plays the part named at item
// c in the film the sentence is about, when c is a castable name nothing
// types other than a character. It reports whether it claimed.
func (p *pctx) claimPart(i, c int) bool {
	cm := p.mm(c)
	if cm == nil || !castableName(cm) || cm.typ != "" && cm.typ != kg.Character {
		return false
	}
	if pt := p.priorType(c); pt != "" && pt != kg.Character || p.a.headKeys[cm.key] {
		return false
	}
	if !p.isPersonLike(i) && !p.personish(i) {
		return false
	}
	if pm := p.mm(i); pm.words < 2 && pm.typ != kg.Person && p.priorType(i) != kg.Person && (p.priorType(i) != "" || !p.shortOfPersonShaped(i)) {
		return false // a lone surname no cue typed a person, nor short for an earlier full name
	}
	p.typ(i, kg.Person, 3)
	cm.setType(kg.Character, 3)
	p.claim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: p.castFilmOr(i, p.topicFilm(c+1)), char: mArg(c)})
	return true
}

// appositivePart returns the item of the part named in an appositive after
// an article and one to three plain words or an owner's possessive at item
// j ("the sheriff, Moss Vane" after "to play", "the girl's parents, C and
// D", "the villain, a crime boss named C"), or -1.
func (p *pctx) appositivePart(j int) int {
	if !p.in(j, setRelations_0) {
		return -1
	}
	for k := j + 1; k < len(p.it) && k <= j+4; k++ {
		if p.w(k) == "," && k > j+1 && p.isM(k+1) {
			return k + 1
		}
		if p.w(k) == "," && k > j+1 {
			return p.namedAfter(k + 1) // "plays the villain, a crime boss named C"
		}
		if p.isM(k) || !isWordLike(p.w(k)) && p.w(k) != "'s" || p.wIn(k, partDescriberStops) || p.wIn(k, notDescribing) {
			return -1
		}
	}
	return -1
}

// versionAdj describe the age of a part's other version ("a younger
// version of C").
var versionAdj = setOf("young", "younger", "old", "older", "teenage", "teen", "adult", "child", "grown-up", "earlier", "future", "alternate")

// versionOf returns the item of the part in "(a) younger version(s) of C"
// from item j, or -1.
func (p *pctx) versionOf(j int) int {
	if p.in(j, roleArticles) {
		j++
	}
	if p.in(j, versionAdj) {
		j++
	}
	if !p.is(j, "version") && !p.is(j, "versions") || !p.is(j+1, "of") || !p.isM(j+2) {
		return -1
	}
	return j + 2
}

// invertedOpeners open an inverted cast statement ("Playing C is P",
// "Starring as C is P").
var invertedOpeners = setOf("playing", "voicing", "portraying", "starring", "appearing", "returning")

// invertedPart handles an inverted cast statement with the part at item
// c: "Playing C is P" (a sentence-initial "Playing" the name took in is
// dropped from it), "Starring as C is P", "Also returning as C is P": the
// opener at the sentence's start, "as" after a verb that takes no object,
// the part, "is"/"was"/"will be", and the person closing the clause. It
// reports whether it claimed.
func (p *pctx) invertedPart(c int) bool {
	start := 0
	if p.is(0, "also") {
		start = 1
	}
	cm := p.mm(c)
	var lead, rest string
	if c == start && cm.words >= 2 {
		// "Playing Moss Vane is P": the opener inside the name
		f, r, _ := strings.Cut(cm.text, " ")
		if f == "" || f[0]|0x20 != 'p' && f[0]|0x20 != 'v' {
			return false // (ToLower turns no other first byte into 'p' or 'v')
		}
		if lf := strings.ToLower(f); lf != "playing" && lf != "voicing" && lf != "portraying" {
			return false
		}
		lead, rest = f, r
	} else if o := c - 2; o != start || !p.is(c-1, "as") || !p.in(o, invertedOpeners) || p.is(o, "playing") || p.is(o, "voicing") || p.is(o, "portraying") {
		return false
	}
	v := c + 1
	if p.is(v, "will") && p.is(v+1, "be") {
		v++
	} else if !p.is(v, "is") && !p.is(v, "was") {
		return false
	}
	i := v + 1
	if !p.isM(i) || !p.in(i+1, castStop) || p.w(i+1) == "and" || !p.isPersonLike(i) {
		return false
	}
	if lead != "" {
		cm.dropFirstWord(lead, rest)
	}
	return p.claimPart(i, c)
}
