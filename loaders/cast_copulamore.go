package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// copulaMoreAdverbs may stand between "is"/"was" and the part of a cast
// copula ("P is once again C", "P is still C").
var copulaMoreAdverbs = setOf("once", "again", "still", "now", "also", "here", "briefly", "back")

// copulaOwners are the possessive pronouns of a cast or a production
// that may stand before the part of a cast copula ("P was their C" of a
// remake's cast, "P is still our C" of a show's makers); "his" and "her"
// are left out ("P was her C" may name a partner in life).
var copulaOwners = setOf("our", "their", "your")

// copulaMoreYoung describe a part's age before its name ("P was young
// C", "P is the older C").
var copulaMoreYoung = setOf("young", "younger", "older", "teenage", "adult", "grown-up", "elderly")

// copulaCastMore handles the cast copulas copulaCast leaves (item i is
// the person): an appositive between the person and the verb ("P, in her
// film debut, is C", "P, an Emmy nominee for F, is C"), adverbs after
// the verb ("P is once again C", "P is still C"), a cast's possessive
// pronoun ("P was their C"), an age before the part
// ("P was young C"), the part's relation to another before its name ("P
// is O's stepdaughter, C"), and a bracket after the part ("P is C
// (the Twin)"). The part must be a name nothing types as anything but
// a character; the person acted in the film the clause is about. It
// reports whether it read one.
func (p *pctx) copulaCastMore(i int) bool {
	if n := p.w(i + 1); n != "," && n != "is" && n != "was" {
		return false // (a cheap check first: this runs at every name)
	}
	if p.in(i-1, setStructural_0) || !p.isPersonLike(i) {
		return false
	}
	if pm := p.mm(i); pm.words < 2 && pm.typ != kg.Person && p.priorType(i) != kg.Person {
		return false
	}
	j := i + 1
	more := false
	if p.w(j) == "," {
		e := p.copulaAppositiveEnd(j + 1)
		if e < 0 {
			return false
		}
		j, more = e+1, true
	}
	if p.w(j) != "is" && p.w(j) != "was" {
		return false
	}
	j++
	for n := 0; n < 2 && !p.isM(j) && p.in(j, copulaMoreAdverbs); n++ {
		j, more = j+1, true
	}
	if p.in(j, copulaOwners) && p.isM(j+1) {
		j, more = j+1, true // "P was their C", "P is still our C"
	}
	if p.w(j) == "the" && p.in(j+1, copulaMoreYoung) && p.isM(j+2) {
		j, more = j+2, true
	} else if p.in(j, copulaMoreYoung) && p.isM(j+1) {
		j, more = j+1, true
	}
	k := j
	if !p.isM(k) {
		if c := p.copulaTitledPart(j); c > 0 {
			return p.copulaPartAt(i, c) // "P is the Princess Farah" (cast_copulatitled.go)
		}
		return p.copulaDescribed(i, j) // "P is the Otters' stern head coach, C"
	}
	if bareOrgRoleObject {
		if _, r := p.bodyRoleBare(k); r >= 0 {
			return p.copulaPartAt(i, r+1) // "P is FBI agent C" (org_bareroleobject.go)
		}
	}
	if (p.w(k+1) == "'s" || p.w(k+1) == "'") && !(p.w(k+1) == "'s" && !p.isM(k+2) && isWordLike(p.w(k+2)) && kinOrRoleWord(p.w(k+2)) && p.w(k+3) == "," && p.isM(k+4)) {
		return p.copulaDescribed(i, j) // "P is Ilona's jazz-loving grandmother, C"
	}
	// "O's stepdaughter, C": the part's relation to another part first
	if p.w(k+1) == "'s" && !p.isM(k+2) && isWordLike(p.w(k+2)) && kinOrRoleWord(p.w(k+2)) && p.w(k+3) == "," && p.isM(k+4) {
		if o := p.mm(k); !p.castChar(k) || o.typ == kg.Person && o.strength >= 2 {
			return false
		}
		k, more = k+4, true
	}
	if p.w(k+1) == "(" {
		more = true
	}
	if !more || p.isM(k+1) || !(p.wIn(k+1, castStop) || p.w(k+1) == "(") {
		return false
	}
	cm := p.mm(k)
	if !castableName(cm) || cm.typ != "" && cm.typ != kg.Character {
		return false
	}
	if pt := p.priorType(k); pt != "" && pt != kg.Character {
		return false
	}
	p.typ(i, kg.Person, 3)
	cm.setType(kg.Character, 3)
	p.claim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: p.topicFilm(k + 1), char: mArg(k)})
	return true
}

// copulaAppositiveEnd returns the item of the comma closing an appositive
// that starts at item j after a person ("all smiles and aviators,", "in
// her film debut,", "an Emmy nominee for F,"): at most fourteen items, no
// person in them, no clause word; -1 when there is none.
func (p *pctx) copulaAppositiveEnd(j int) int {
	for k := j; k < len(p.it) && k < j+14; k++ {
		if p.isM(k) {
			if p.isPersonLike(k) || p.mm(k).typ == kg.Person {
				return -1
			}
			continue
		}
		switch p.w(k) {
		case ",":
			if k == j {
				return -1
			}
			return k
		case ".", ";", "(", ")", "", "who", "which", "that", "or", "but", "is", "was", "are", "were", "has", "had", "said", "says":
			return -1
		}
	}
	return -1
}

// kinOrRoleWord reports whether w names a part by its tie to another
// ("daughter", "uncle", "boss", "partner").
func kinOrRoleWord(w string) bool {
	return copulaTies[w]
}

// copulaTies are the ties of "O's daughter, C".
var copulaTies = setOf("father", "mother", "son", "daughter", "brother", "sister", "uncle", "aunt", "cousin", "wife", "husband",
	"stepdaughter", "stepson", "stepfather", "stepmother", "grandmother", "grandfather", "grandson", "granddaughter", "niece",
	"nephew", "boss", "partner", "girlfriend", "boyfriend", "fiancée", "fiance", "fiancé", "mentor", "rival", "friend", "assistant",
	"deputy", "lover", "ex-wife", "ex-husband", "twin", "bodyguard", "sidekick", "nemesis", "parents", "widow")
