package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// Cast statements: "P as C" and its variants, paired lists of people and
// parts, "C (P)" brackets and the words that guard them.

// castLead are the words between a person and "as" in a cast statement
// ("P is returning as", "P reprises her role as", "P turns up as").
var castLead = setOf("turns", "turned", "shows", "showed", "pops", "popped", "up", "back", "again", "is", "was", "will", "be", "returning", "returns", "return", "reprising", "reprises",
	"reprise", "his", "her", "their", "role", "roles", "also", "now", "stars", "star", "starring", "appears", "appear",
	"appearing", "cast", "been", "has", "had", "set", "to", "play", "plays", "playing", "co-stars", "costars", "officially",
	"reportedly", "once", "joins", "joined", "joining", "signed", "on", "board", "the", "franchise", "film", "series",
	"returned", "first", "co-star", "stars", "steps", "in")

// castAs handles "P as C", "P is returning as the manager of the O", "P,
// who has been cast as C", "P is a delight as C", "P reprises his
// video-game role as C", "P as the astronaut C", "A and B return as C and
// D".
func (p *pctx) castAs(i int) {
	if p.aliasAs(i) {
		return // "P, who records as C": C is P's other name
	}
	if p.w(i-1) == "from" && p.w(i-2) == "over" {
		return // "P takes over from Q as C": read by takeOver
	}
	p.returnFor(i)
	p.careerIn(i)
	p.governedList(i) // (claims without stopping: "P as C" below may name the part)
	p.brokeOut(i)
	p.appositiveCredit(i) // (claims without stopping: the rules below read the clause after it)
	if p.youngerVersions(i) || p.listAsGroup(i) || p.castLabelLine(i) || p.castPassive(i) || p.originatedBy(i) || p.partHimself(i) || p.selfCast(i) || p.castInPassingTitle(i) || p.pluralCopulaCast(i) || p.partVerbCast(i) || p.forPlaying(i) || p.titleCastClaimed(i) || p.castByActor(i) || p.copulaCastMore(i) || p.oppositeIn(i) || p.castNews(i) {
		return
	}
	j := i + 1
	verbs := 0
	if p.w(j) == "," && p.in(j+1, setRelations_25) {
		// "A and B, back once again as C and D"
		j++
	}
	if p.w(j) == "," && p.w(j+1) == "as" && p.isPersonLike(i) {
		// "P, as the ghostly C, could not save it", "A and B, as C and D,"
		j++
		verbs++
	}
	if p.w(j) == "," && p.participleAs(j+1) {
		// "P, nominated again as his son C": a participle, then "as"
		j += 2
		verbs++
	}
	if p.w(j) == "," && (p.w(j+1) == "who" || p.w(j+1) == "cast") {
		j++
		if p.w(j) == "who" {
			j++
		}
		verbs++
	}
	for j < len(p.it) && j < i+7 && p.in(j, castLead) {
		j++
		verbs++
	}
	if p.w(j) == "as" && !p.isM(j+1) {
		// "P is as wonderfully brittle as ever as C": skip the comparison
		for k := j + 1; k < len(p.it) && k <= j+4 && !p.isM(k); k++ {
			if p.w(k) == "as" && p.in(k+1, setRelations_26) {
				j = k + 2
				break
			}
		}
	}
	if p.w(j) != "as" && p.personish(i) {
		// "reprises his video-game role as", "is a delight as"
		gap := j
		limit := 4
		for k := j; k < len(p.it) && k < j+8 && !p.isM(k); k++ {
			if p.in(k, performanceNouns) {
				limit = 8
			}
		}
		// "P was named best supporting actress for her role as C": a
		// performance noun right before "as" makes the gap a cast statement
		for k := j; k < len(p.it) && k < j+12 && !p.isM(k) && (p.w(k) != "," || p.describerComma(k)) && p.w(k) != "."; k++ {
			if p.w(k) == "as" && p.in(k-1, performanceNouns) && (p.in(k-2, possessivePronouns) || p.describedRole(j, k-1)) {
				c := p.nameAfterDescriptors(k+1, 3)
				if c < 0 && p.in(k+1, possessivePronouns) {
					// "as his sister-in-law, Ines"
					for n := k + 2; n < len(p.it) && n < k+6 && !p.isM(n); n++ {
						if p.w(n) == "," && p.isM(n+1) {
							c = n + 1
							break
						}
					}
				}
				if part, ok := p.modifiedNounPart(c); ok {
					// "a small role as a Bulgarian police inspector, Major C"
					if part < 0 {
						break
					}
					c = part
				}
				if c > 0 && p.w(c+1) == "'s" {
					// "a great part as Warden's partner, Quenna": the owner's part
					if c = p.ownedPart(c); c < 0 {
						break
					}
				}
				if c > 0 && !p.in(k-2, possessivePronouns) && p.w(c+1) == "and" {
					break // "in a dual role as twin brothers A and B": read below
				}
				if c > 0 && castableName(p.mm(c)) && (p.mm(c).typ == "" || p.mm(c).typ == kg.Character) {
					p.typ(i, kg.Person, 3)
					p.mm(c).setType(kg.Character, 3)
					p.claim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: p.topicFilm(c + 1), char: mArg(c)})
					return
				}
				break
			}
		}
		long := false // "P slips back into the striped suit as C": a clause-opening subject, a bare name closing the clause
		if limit == 4 && (i == 0 || p.w(i-1) == ",") {
			limit, long = 7, true
		}
		for n := 0; n < limit && gap < len(p.it); n++ {
			if p.isM(gap) {
				// "P rounds out the Quillby household as C": a name after
				// "the" that modifies a lower-case noun (or the group
				// joined) is no second person
				gm := p.mm(gap)
				noun := isWordLike(p.w(gap+1)) && !p.in(gap+1, castGapStop) && !p.in(gap+1, commonWords)
				if p.w(gap-1) == "the" && gap >= j && !gm.quoted && gm.typ != kg.Person && (noun ||
					p.w(gap+1) == "as" && !pcType(gm.typ) && !pcType(p.priorType(gap))) {
					gap++
					continue
				}
				break
			}
			if p.w(gap) == "as" {
				// "P is as wonderfully brittle as ever as C": a comparison, not the role
				cmp := -1
				for k := gap + 1; k < len(p.it) && k <= gap+4 && !p.isM(k); k++ {
					if p.w(k) == "as" && p.in(k+1, setRelations_26) {
						cmp = k + 2
						break
					}
				}
				if cmp < 0 {
					break
				}
				gap = cmp
				continue
			}
			if !isWordLike(p.w(gap)) && p.w(gap) != "'s" || p.in(gap, castGapStop) {
				gap = -1
				break
			}
			gap++
		}
		if long && gap > j+4 && !p.jobPartNamed(gap) && !(p.isM(gap+1) && (p.wIn(gap+2, castStop) || p.w(gap+2) == "as" && p.in(gap+3, setRelations_27)) && castableName(p.mm(gap+1))) {
			gap = -1
		}
		if gap > 0 && p.w(gap) == "as" {
			c := p.nameAfterDescriptors(gap+1, 2)
			if c < 0 && p.bothParts(gap+1) {
				c = gap + 2 // "pulls double duty as both C and D"
			}
			if c < 0 {
				c = p.commaKinPart(gap + 1) // "round out the cast as his mother, C"
			}
			if c < 0 {
				c = p.describedCommaPart(gap + 1) // "is icy as the warden, C" (cast_describedcomma.go)
			}
			roleSeen := false
			for k := j; k < gap; k++ {
				if p.w(k) == "role" || p.w(k) == "roles" {
					roleSeen = true
				}
			}
			cm := p.mm(c)
			if c >= 0 && cm.typ == kg.Organisation && p.namedAfter(gap+1) > 0 {
				// "has boarded the project as a rogue MI6 officer named C"
				j = gap
				verbs++
			} else if c >= 0 && (roleSeen || p.isPersonLike(i) && (cm.personShaped() || cm.typ == kg.Character || p.priorType(c) == kg.Character ||
				cm.typ == "" && !cm.quoted && !cm.colon && !cm.digit && !orgish(cm) && p.priorType(c) == "")) {
				j = gap
				verbs++
			}
		}
	}
	if p.w(j) != "as" || !p.personish(i) {
		return
	}
	pm := p.mm(i)
	if pm.typ != "" && pm.typ != kg.Person && pm.strength >= 2 {
		return
	}
	if pm.words < 2 && pm.typ != kg.Person && !pm.short && verbs == 0 && p.priorType(i) != kg.Person && !p.pairListNext(i) && !p.surnameOfNamedPerson(i, j) {
		return
	}
	j++
	if p.bothParts(j) && p.castChar(j+1) && p.castChar(j+3) && castableName(p.mm(j+1)) && castableName(p.mm(j+3)) && len(p.listBefore(i+1)) < 2 {
		// "P pulls double duty as both C and D": two parts in one film
		// (one person; "A and B return as both C and D" pairs them)
		p.typ(i, kg.Person, 3)
		film := p.castFilmOr(i, p.clauseFilm(j+4))
		for _, c := range [2]int{j + 1, j + 3} {
			p.mm(c).setType(kg.Character, 3)
			p.claim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: film, char: mArg(c)})
		}
		return
	}
	// "P will return as showrunner alongside Q": a job noun after "as" is
	// a crew role, and Q shares it (a co-worker, not a character)
	if k := j; !p.isM(k) {
		if p.in(k, setRelations_28) && !p.isM(k+1) {
			k++
		}
		after := k + 1
		if p.is(after, "of", "photography") {
			after += 2
		}
		if rel, job := p.crewNoun(k); rel != "" && !p.isM(k) && p.in(after, setRelations_29) {
			k = after - 1
			p.typ(i, kg.Person, 3)
			film := p.topicFilm(k + 1)
			p.claim(pclaim{rel: rel, subj: mArg(i), obj: film, job: job})
			if p.in(k+1, setRelations_30) && p.isM(k+2) && p.isPersonLike(k+2) {
				p.typ(k+2, kg.Person, 3)
				p.claim(pclaim{rel: rel, subj: mArg(k + 2), obj: film, job: job})
			}
			return
		}
	}
	if v := p.voiceOf(j); v > 0 {
		// "is back as the voice of Gru": the part voiced
		j = v
	}
	// "as Jonas's brother Teddy": the name after the possessive
	if p.isM(j) && p.w(j+1) == "'s" {
		c := p.ownedPart(j)
		if c < 0 {
			c = p.describedCommaPart(j) // "as Tam's father, the poet C" (cast_describedcomma.go)
		}
		if c < 0 && isWordLike(p.w(j+2)) && !p.in(j+2, commonWords) {
			// "as Walker's partner": a part with no name, not Walker
			p.typ(i, kg.Person, 3)
			p.claim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: p.topicFilm(j + 2)})
			return
		}
		if c > 0 {
			j = c
		}
	} else if c := p.commonOwnerPart(j); c > 0 {
		// "as the couple's daughter Bryony"
		j = c
	} else if c := p.nameAfterDescriptors(j, 3); c > j && !(p.w(j) == "the" && c == j+1) {
		// "as the astronaut Hollis Dane", "as a young Tiberius Frost"
		if cm := p.mm(c); !cm.quoted && !(cm.typ == kg.Film && cm.strength >= 2) && !(cm.typ == kg.Organisation && cm.strength >= 2) {
			j = c
		}
	}
	if c := p.commaDescribedName(j); c > j {
		// "as an adopted, hyper-enthusiastic Pipit"
		j = c
	}
	if c := p.plainDescribedName(j); c > j {
		// "as aspiring star Trixie Volt,": bare describing nouns, then the part
		j = c
	}
	if p.isM(j) {
		j = p.pastModifier(j)
	} else if c := p.namedAfter(j); c > 0 {
		// "as a grieving alien girl named Merrit"
		j = c
	} else if (p.w(j) == "a" || p.w(j) == "an" || p.w(j) == "the" || p.in(j, possessivePronouns) || p.is(j, "one", "of")) && !p.isM(j+1) {
		// "as a Spanish sea captain, Ansgar", "as a grifter, Tess", "as
		// her mother, Velra Tor-Ai", "as one of his followers, Danny Soot"
		owned := p.in(j, possessivePronouns) || p.w(j) == "one"
		if c := p.nameAfterDescriptors(j, 3); c < 0 || owned && !p.isM(j+1) {
			for k := j + 1; k < len(p.it) && k < j+6 && !p.isM(k); k++ {
				if p.w(k) == "," {
					// (a person-shaped name after "the tour commissioner,"
					// is the part when the noun names one and no crew job)
					partBefore := k > j+1 && (partNoun(p.w(k-1)) || kinOrRoleWord(p.w(k-1)) || p.wIn(k-1, copulaPartNouns)) && !p.isCrewNounAhead(j+1)
					if c := p.mm(k + 1); c != nil && (p.w(k+2) == "," || p.w(k+2) == "." || p.w(k+2) == "and" || p.w(k+2) == "" || p.w(k+2) == "-") && (!c.personShaped() || (owned || partBefore || nameTitles[strings.ToLower(strings.TrimSuffix(firstWord(c.text), "."))]) && c.typ == "") || c != nil && c.typ == kg.Character {
						j = k + 1
					}
					break
				}
				if !isWordLike(p.w(k)) {
					break
				}
			}
		}
	}
	if !p.isM(j) {
		if c := p.describedCommaPart(j); c > 0 {
			j = c // "as the warden, C" (cast_describedcomma.go)
		}
	}
	if k, ok := p.modifiedNounPart(j); ok {
		if k < 0 {
			// "as a CIA cryptographer": a described part with no name (in
			// the title the sentence names when a rule read "F, with P as")
			if p.titleCredited(i, false) {
				return
			}
			p.typ(i, kg.Person, 3)
			p.claim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: p.topicFilm(j + 1)})
			return
		}
		j = k
	}
	if c := p.mm(j); c != nil && !c.quoted && !(c.typ == kg.Film && c.strength >= 2) && !(c.typ == kg.Organisation && c.strength >= 3) {
		if p.castPairs(i, j) {
			return
		}
		p.typ(i, kg.Person, 3)
		c.setType(kg.Character, 3)
		film := p.castFilmOr(i, p.clauseFilm(j+1))
		if f := p.withListFilm(i); f >= 0 && film.m < 0 {
			film = mArg(f) // "F, ..., with A as C and B as D": F's cast
		}
		if f := p.pastInFilm(i, j); f.valid() {
			// "P, who last appeared as C in F, is back": F's credit
			p.pastClaim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: f, char: mArg(j)})
			if !p.returnAfterClause(j) {
				return
			}
		}
		if o := p.originalRelative(i); o.valid() {
			film = o // "The 1976 original, which starred P as C"
		}
		earlier := p.earlierPartFilm(j)
		if earlier.valid() {
			// "returning as C, the careerist she played in the first film":
			// the return is to the film at hand, the part was first played there
			film = p.focusFilm()
			p.claim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: earlier, char: mArg(j)})
		}
		if p.in(i-1, setRelations_31) && film.ana == anaFilm && !film.abs || p.in(i-1, setRelations_31) && film.abs {
			if f := p.subjectBefore(i - 1); f.valid() {
				film = f
			}
		} else if f := p.bringsBackFilm(i); f >= 0 && (film.ana == anaFilm || film.abs) {
			film = mArg(f)
		}
		p.claim(p.withdrawnCredit(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: film, char: mArg(j)}))
		p.memberAfter(j, j+1)
		p.predecessorPart(i, j)
		p.secondPart(i, j, film)
		return
	}
	if p.w(j) == "the" && p.isM(j+1) && !p.mm(j+1).quoted {
		// "as the Southern detective N": a capitalised adjective and a
		// lower-case noun only modify the name after them
		k := p.pastModifier(j + 1)
		c := p.mm(k)
		if k == j+1 && p.modifierOnly(k) {
			// "returns as the Harbor City detective for the first time":
			// a described part with no name
			p.typ(i, kg.Person, 3)
			p.claim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: p.topicFilm(k + 1)})
			return
		}
		if !(c.typ == kg.Organisation && c.strength >= 3) && !(c.typ == kg.Film && c.strength >= 2) {
			if p.castPairs(i, k) {
				return // "A and B return as the Quint children, C and D"
			}
			p.typ(i, kg.Person, 3)
			c.setType(kg.Character, 3)
			p.claim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: p.topicFilm(k + 1), char: mArg(k)})
			p.memberAfter(k, k+1)
			return
		}
	}
	if p.in(j, possessivePronouns) && verbs == 0 {
		if f := p.withPartFilm(i, j); f.valid() {
			p.typ(i, kg.Person, 3)
			p.claim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: f}) // "..., with P as his wife" (cast_withpart.go)
			return
		}
	}
	if p.w(j) == "the" || p.w(j) == "a" || p.w(j) == "an" || p.in(j, possessivePronouns) && verbs > 0 && p.w(i+1) == "," {
		// a role description: "as the manager of The Grand Lisbon hotel",
		// "P, as her shady employer, chews the scenery"
		if verbs == 0 && !castContext(p) {
			if f := p.withPartFilm(i, j); f.valid() {
				p.typ(i, kg.Person, 3)
				p.claim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: f}) // "..., with P as his wife" (cast_withpart.go)
			}
			return
		}
		p.typ(i, kg.Person, 3)
		p.claim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: p.topicFilm(j)})
		if org, role, ok := p.roleOf(j); ok {
			p.claim(pclaim{rel: kg.MemberOf, subj: charOf(i), obj: mArg(org), role: role})
		}
	}
}

// bothParts reports whether "both C and D" starts at item j.
func (p *pctx) bothParts(j int) bool {
	return p.is(j, "both") && p.isM(j+1) && p.is(j+2, "and") && p.isM(j+3) && p.in(j+4, castStop)
}

// pairListNext reports whether the name at item i continues a list of
// "P as C" pairs ("A as C and Mackenzo as D"): "and" or a comma before it,
// and before that a part a cast rule of this sentence typed after "as".
// A one-word name there is a mononymous actor, not a stray surname.
func (p *pctx) pairListNext(i int) bool {
	if p.w(i-1) != "and" && p.w(i-1) != "," || p.w(i+1) != "as" {
		return false
	}
	c := i - 2
	if p.w(c) == "," && p.w(i-1) == "and" {
		c--
	}
	cm := p.mm(c)
	return cm != nil && cm.typ == kg.Character && cm.strength >= 3 && p.w(c-1) == "as"
}

// clauseVerbs may stand between a relative clause and "as" in the main
// clause ("P, who ..., turns up as C").
var clauseVerbs = setOf("turns", "turned", "turn", "up", "shows", "appears", "appeared", "is", "was", "returns",
	"returned", "comes", "came", "back", "also", "now", "will", "be", "steps", "in", "again", "here", "stars", "starred", "cameos",
	"joins", "joined", "the", "cast", "ensemble")

// clauseOpeners open a relative clause or an appositive after a person's
// name ("P, who ...,", "P, best known for F,", "P, the star of F,").
var clauseOpeners = setOf("who", "whose", "best", "known", "fresh", "still", "the", "a", "an")

// castAfterClause handles the main clause after a relative clause or an
// appositive: "P, who spent a decade as C1 in the previous films, turns up
// as the bounty hunter C2", "P, best known for F, joins as C".
func (p *pctx) castAfterClause(i int) {
	if p.w(i+1) != "," || !p.in(i+2, clauseOpeners) || !p.isPersonLike(i) {
		return
	}
	k := i + 3
	for k < len(p.it) && k < i+28 && p.w(k) != "," {
		if p.w(k) == "." || p.w(k) == ";" {
			return
		}
		k++
	}
	if p.w(k) != "," {
		return
	}
	j := k + 1
	for n := 0; n < 4 && p.in(j, clauseVerbs); n++ {
		j++
	}
	if p.in(j, setRelations_32) {
		// "P, who broke out as C1 in F, plays C2"
		j--
	} else if g := p.sceneGap(j); g > j && j == k+1 {
		// "P, an Dunwoody regular, steals every scene as C"
		j = g
	} else if p.w(j) != "as" || j == k+1 {
		return
	}
	c := p.nameAfterDescriptors(j+1, 3)
	if c < 0 {
		return
	}
	if p.w(c+1) == "'s" {
		// "joins as Howard's daughter Judy": the part after the owner
		if c = p.nameAfterDescriptors(c+2, 2); c < 0 {
			return
		}
	}
	cm := p.mm(c)
	c = p.pastModifier(c)
	cm = p.mm(c)
	if !castableName(cm) || cm.typ != "" && cm.typ != kg.Character || pcType(p.priorType(c)) && p.priorType(c) != kg.Character {
		return
	}
	p.typ(i, kg.Person, 3)
	cm.setType(kg.Character, 3)
	p.claim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: p.topicFilm(c + 1), char: mArg(c)})
}

// pastModifier returns the item of the name a mention at item k only
// modifies: "Squid expert Dr. Doreen Halsworth", "a Spanish sea captain,
// Ansgar" (the mention, lower-case nouns, maybe a comma, a name); else k.
func (p *pctx) pastModifier(k int) int {
	m := p.mm(k)
	if m == nil || m.typ == kg.Character && m.strength >= 3 {
		return k
	}
	j := k + 1
	for n := 0; n < 5 && !p.isM(j) && isWordLike(p.w(j)) && (!p.wIn(j, commonWords) || p.w(j) == "and" && j > k+1 && isWordLike(p.w(j+1)) && !p.wIn(j+1, commonWords)); n++ {
		// ("Crestmark founder and chief executive Lyle Ray": two nouns joined by "and")
		j++
	}
	if j == k+1 {
		return k
	}
	if p.w(j) == "," {
		j++
	}
	if c := p.mm(j); c != nil && !c.quoted && !c.digit && c.typ != kg.Film && c.typ != kg.Organisation && c.typ != kg.Person {
		return j
	}
	return k
}

// lastCharacterBefore returns the mention of the character named last
// before this sentence in its paragraph or the one before ("his goddaughter,
// Vivian Corr. P plays her"): a character, or a name of one to four words
// nobody plays, or -1. A character named earlier in the sentence itself
// comes first ("But Tobin was the kid in it, and P played him").
func (p *pctx) lastCharacterBefore() int {
	switch c := p.clauseCharacterBefore(); {
	case c >= 0:
		return c
	case c == -2:
		return -1
	}
	a := p.a
	first := -1
	for k := len(a.ments) - 1; k >= 0; k-- {
		if a.ments[k].sent < p.si {
			first = k
			break
		}
	}
	for k := first; k >= 0 && a.ments[k].sent >= p.si-2; k-- {
		m := &a.ments[k]
		if m.sent == p.si || a.sents[m.sent].titleCase {
			continue
		}
		if m.typ == kg.Character {
			return k
		}
		if m.typ == "" && m.personShaped() && !m.short {
			return k
		}
		if m.typ != "" {
			return -1
		}
	}
	return -1
}

// performanceNouns in the words between an actor and "as" speak of a
// performance ("makes the most of a single scene as C").
var performanceNouns = setOf("role", "roles", "scene", "scenes", "turn", "performance", "cameo", "part", "appearance", "debut",
	"ensemble", "cast", "lineup", "line-up")

// castGapStop are words that, between a name and "as", say something other
// than casting ("known as", "served as").
var castGapStop = setOf("known", "credited", "billed", "serve", "serves", "served", "serving", "act", "acts", "acted",
	"work", "works", "worked", "working", "hired", "listed", "described", "referred", "such", "same", "well", "soon",
	"long", "far", "much", "identified", "named", "rebranded", "marketed", "retitled", "renamed", "and", "or", "but")

// castPairs handles "A and B return as C and D": when person item i ends a
// list of people and the characters after "as" at item c form a list of
// the same length, each person plays the character at the same place. It
// reports whether it claimed anything.
func (p *pctx) castPairs(i, c int) bool {
	persons := p.listBefore(i + 1)
	twins := len(persons) == 1 && p.twinParts(c)
	if len(persons) < 2 && !(len(persons) == 1 && p.find("dual", 0) >= 0) && !twins {
		return false
	}
	if b := persons[0] - 1; p.w(b) == "aka" || p.w(b) == "the" && p.w(b-1) == "aka" {
		return false // "C, aka the Reaper, P as D": the alias is no one in the list
	}
	chars := []int{c}
	k := c + 1
	beforeComma, kComma := 0, 0 // the parts before the first ", and" and the item of its comma
	for k < len(p.it) {
		if e := p.partAppositiveEnd(k); e > 0 && len(chars) < len(persons) {
			k = e // "as C, the former leader of the town, and D"
		}
		if p.w(k) == "," && p.w(k+1) == "and" {
			if beforeComma == 0 {
				beforeComma, kComma = len(chars), k
			}
			k++
		}
		if p.w(k) != "," && p.w(k) != "and" {
			break
		}
		n := k + 1
		if p.in(n, possessivePronouns) && p.in(n+1, kinNouns) && p.isM(n+2) {
			// "as C and his wife D": the kin noun describes the next part
			n += 2
		} else if p.w(n) == "the" && p.isM(n+1) {
			// "play Madame Grisolde and the Sorcerer"
			n++
		} else if d := p.nameAfterDescriptors(n, 2); d > n && !p.in(n, setRelations_0) && !p.in(n, possessivePronouns) {
			// "as Mossop's father David and brother Harry": a describing noun
			n = d
		} else if d := p.commaKinPart(n); d > n {
			// "as Ezra's mother, Hetty, and sister, Jo": a tie, a comma, the part
			n = d
		}
		if p.isM(n) && p.w(n+1) == "'s" {
			if d := p.ownedPart(n); d > n {
				n = d // "as A's mother C and B's patient D"
			}
		}
		if !p.isM(n) || p.mm(n).quoted || p.mm(n).typ == kg.Film && p.mm(n).strength >= 2 || p.w(n+1) == "as" || p.w(n+1) == "'s" || p.in(n+1, pairClauseVerbs) {
			break // (a name before "as" opens the next "P as C" of a cast list; "C and D, Claire's parents": an appositive; ", and Q is ...": Q's own clause)
		}
		chars = append(chars, n)
		k = n + 1
	}
	if len(persons) == 1 && len(chars) == 2 && (p.find("dual", 0) >= 0 && p.find("role", 0) >= 0 || twins) {
		// "casts P in a dual role as twin brothers Flint and Tinder"
		persons = append(persons, persons[0])
	}
	if len(chars) > len(persons) && beforeComma == len(persons) {
		// "A and B reprise their roles as C and D, and E and F are back
		// at the helm": ", and" opens a clause of its own
		chars, k = chars[:beforeComma], kComma
	}
	if len(chars) != len(persons) {
		return false
	}
	p.completeSurname(chars)
	film := p.topicFilm(k)
	if f := p.withListFilm(persons[0]); f >= 0 && film.m < 0 {
		film = mArg(f) // "F, ..., with A and B as C and D": F's cast
	}
	for n, pi := range persons {
		p.typ(pi, kg.Person, 3)
		p.mm(chars[n]).setType(kg.Character, 3)
		p.claim(pclaim{rel: kg.ActedIn, subj: mArg(pi), obj: film, char: mArg(chars[n])})
	}
	return true
}

// pairClauseVerbs after a name end a list of parts: the name opens a clause
// of its own ("A plays C, and Q is the youngest brother").
var pairClauseVerbs = setOf("is", "was", "are", "were", "will", "has", "had", "plays", "played", "voices", "voiced", "returns",
	"returned", "stars", "starred", "joins", "joined")

// kinNouns say that two characters are one family.
var kinNouns = setOf("brothers", "sisters", "siblings", "twins", "twin", "father", "mother", "daughter", "son", "husband",
	"wife", "cousins", "parents", "spouses", "brother", "sister")

// namedAfter returns the item of the name in "a <describing words> named
// C" / "called C" from item k, or -1; one company among the describing
// words only modifies the noun ("a rogue MI6 officer named C").
func (p *pctx) namedAfter(k int) int {
	if !p.in(k, setRelations_0) {
		return -1
	}
	start := k + 1
	j, org := start, false
	for n := 0; n < 5 && p.w(j) != "named" && p.w(j) != "called"; n++ {
		if m := p.mm(j); m != nil {
			if org || m.typ != kg.Organisation {
				break
			}
			org = true // "as a rogue MI6 officer named C": a company only modifies the noun
		} else if !isWordLike(p.w(j)) || p.wIn(j, commonWords) {
			break
		}
		j++
	}
	if j == start || p.w(j) != "named" && p.w(j) != "called" || !p.isM(j+1) {
		return -1
	}
	if c := p.mm(j + 1); !castableName(c) || c.typ != "" && c.typ != kg.Character {
		return -1
	}
	return j + 1
}

// completeSurname gives the first of two characters joined by "and" the
// surname of the second ("brothers Anton and Jory Kessel", "father and
// daughter Cyril and Nina Falzone"): a one-word name directly before "and"
// and a two-word name.
func (p *pctx) completeSurname(chars []int) {
	if len(chars) != 2 || chars[1] != chars[0]+2 || p.w(chars[0]+1) != "and" {
		return
	}
	a, b := p.mm(chars[0]), p.mm(chars[1])
	if a.words != 1 || b.words != 2 || a.typ != "" && a.typ != kg.Character || pcType(p.priorType(chars[0])) || b.quoted || a.quoted {
		return
	}
	kin := false // "brothers", "father and daughter": one family
	for k := chars[0] - 1; k >= 0 && k >= chars[0]-4 && !p.isM(k); k-- {
		if p.wIn(k, kinNouns) {
			kin = true
		}
	}
	if !kin {
		return
	}
	a.text += " " + lastWord(b.text)
	a.key = nameKey(a.text)
	a.words = 2 // once only: the next cast statement over the pair finds it whole
}

// castContext reports whether the sentence speaks of casting.
func castContext(p *pctx) bool {
	return p.sentenceHas(castWords)
}

var castWords = setOf("starring", "stars", "star", "cast", "role", "plays", "play", "playing", "returning", "reprise",
	"reprising", "features", "featuring", "headlined", "co-star", "co-stars", "appearance", "appearances", "portrays", "portray")

// roleOf reads "the ROLE of (the) O" or "the O's ROLE" at item j and returns
// the organisation mention's item, the role and whether it matched.
func (p *pctx) roleOf(j int) (int, string, bool) {
	if p.w(j) != "the" && p.w(j) != "a" && p.w(j) != "an" {
		return 0, "", false
	}
	// "a Reverend Mother-in-training of the O": a capitalised title of rank
	if m := p.mm(j + 1); m != nil && p.w(j+2) == "of" && !m.quoted && !m.digit && m.typ != kg.Film && m.typ != kg.Person && rankTitle(m.text) {
		o := j + 3
		if p.w(o) == "the" {
			o++
		}
		if om := p.mm(o); om != nil && !om.quoted && !om.digit && (om.typ == "" || om.typ == kg.Organisation) && (!om.personShaped() || p.w(o-1) == "the" || orgish(om)) {
			om.setType(kg.Organisation, 3)
			if om.world == "" {
				om.world = kg.WorldFictional
			}
			role := strings.ToLower(m.text)
			if strings.HasSuffix(role, "-in-training") {
				role = "trainee"
			}
			return o, role, true
		}
	}
	// "a/the ORG ROLE": "a Diplomatic Security Service agent"
	if m := p.mm(j + 1); m != nil && p.wIn(j+2, roleWords) && !m.quoted && m.typ != kg.Film && m.typ != kg.Person && m.typ != kg.Character && !m.digit {
		m.setType(kg.Organisation, 2)
		return j + 1, p.w(j + 2), true
	}
	// "a NOUN of/in/at the ORG", "a NOUN employed by / working for ORG"
	for k := j + 1; k < len(p.it) && k < j+5 && !p.isM(k); k++ {
		w := p.w(k)
		if w == "," || w == "who" || w == "which" || w == "that" || w == "." || w == "and" {
			break
		}
		o := -1
		switch {
		case (w == "of" || w == "in" || w == "at") && k > j+1:
			o = k + 1
		case w == "with" && k > j+1 && p.wIn(k-1, roleWords):
			o = k + 1
		case (w == "employed" || w == "hired" || w == "recruited") && p.w(k+1) == "by":
			o = k + 2
		case (w == "working" || w == "works") && (p.w(k+1) == "for" || p.w(k+1) == "at"):
			o = k + 2
		}
		if o >= 0 && (w == "working" || w == "works") {
			oo := o
			if p.w(oo) == "the" {
				oo++
			}
			if m := p.mm(oo); m != nil && !orgish(m) && !(p.w(oo+1) == "," && p.in(oo+2, setRelations_1) && p.appositiveOrg(oo+3)) {
				break
			}
		}
		if o < 0 {
			continue
		}
		if p.w(o) == "the" {
			o++
		}
		m := p.mm(o)
		if m == nil || m.quoted || m.typ == kg.Film || m.typ == kg.Person || m.typ == kg.Character || m.typ == kg.Franchise || m.digit {
			break
		}
		if (w == "of" || w == "in" || w == "at" || w == "with") && !p.wIn(k-1, roleWords) && m.typ != kg.Organisation && !orgish(m) {
			break
		}
		m.setType(kg.Organisation, 3)
		if m.world == "" && !realOrgWords[strings.ToLower(lastWord(m.text))] {
			m.world = kg.WorldFictional
		}
		role := p.w(k - 1)
		if k == j+1 || w == "employed" || w == "working" || w == "works" || w == "hired" || w == "recruited" {
			role = p.w(k - 1)
		}
		if !roleWords[role] {
			role = ""
		}
		return o, role, true
	}
	k := j + 1
	for k < len(p.it) && k < j+4 && !p.isM(k) && !p.wIn(k, roleWords) {
		k++
	}
	if p.wIn(k, roleWords) && !p.isM(k) {
		role := p.w(k)
		if p.w(k+1) == "of" {
			o := k + 2
			if p.w(o) == "the" {
				o++
			}
			if m := p.mm(o); m != nil && !m.quoted && m.typ != kg.Film && m.typ != kg.Person {
				m.setType(kg.Organisation, 3)
				if m.world == "" {
					m.world = kg.WorldFictional
				}
				return o, role, true
			}
		}
		return 0, "", false
	}
	if p.w(j) == "the" && p.isM(j+1) && p.w(j+2) == "'s" && p.wIn(j+3, roleWords) {
		m := p.mm(j + 1)
		m.setType(kg.Organisation, 3)
		if m.world == "" {
			m.world = kg.WorldFictional
		}
		return j + 1, p.w(j + 3), true
	}
	return 0, "", false
}

// rankTitle reports whether a capitalised phrase names a rank or office
// ("Reverend Mother-in-training", "Grand Master", "High Priestess"): one of
// its words, or a part of a hyphenated word, is a role or title word.
func rankTitle(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		for _, part := range strings.Split(w, "-") {
			if roleWords[part] || nameTitles[part] || part == "training" {
				return true
			}
		}
	}
	return false
}

// charParen handles "C (P)", "C (played by P)" and "C the NOUN (P)" (and
// "P, the voice of C": voiceAppositive; "C, P's character": possessedPart;
// "C, the negotiator P played in F": describedPlayer;
// "As C in F, P ...": frontAs).
func (p *pctx) charParen(i int) {
	if p.w(i+1) == "the" && p.nounParen(i) || p.voiceAppositive(i) || p.possessedPart(i) || p.describedPlayer(i) || p.frontAs(i) {
		return
	}
	if p.w(i+1) != "(" || p.describedPairs(i) {
		return
	}
	// "Dark Water (dir. Paul Marr)": the film's director
	if p.w(i+2) == "dir" && p.w(i+3) == "." && p.isM(i+4) && p.w(i+5) == ")" && p.isPersonLike(i+4) {
		if f := p.mm(i); !f.quoted && (f.typ == "" || f.typ == kg.Film) {
			f.setType(kg.Film, 2)
			p.typ(i+4, kg.Person, 3)
			p.claim(pclaim{rel: kg.Directed, subj: mArg(i + 4), obj: mArg(i)})
		}
		return
	}
	k := i + 2
	if p.is(k, "played", "by") || p.is(k, "portrayed", "by") {
		k += 2
	} else if p.in(k, bracketActorNouns) && p.isM(k+1) {
		k++ // "C (newcomer P)"
	}
	if !p.isM(k) && p.describedParen(i) {
		return
	}
	if !p.isM(k) || p.w(k+1) != ")" && p.w(k+1) != "," {
		return
	}
	if k == i+2 && p.w(k+1) == ")" && chartFigureAfter(p, k+2) {
		return // "Salt Meadow (Quillon) – $7.5 million": a chart's title and company (chartParen)
	}
	c, pm := p.mm(i), p.mm(k)
	if k == i+2 && p.crewParen(i, k) {
		return
	}
	if k == i+2 && p.creditList(k) && p.isPersonLike(i) && c.typ != kg.Character {
		// "Nora Vale (Tidemark, The Grand)": the brackets list earlier
		// credits of the person
		p.typ(i, kg.Person, 2)
		return
	}
	if k == i+2 && p.w(k+1) == ")" && p.in(k+2, crewVerbsAfterParen) && p.isPersonLike(i) && !pcType(pm.typ) && !pcType(p.priorType(k)) {
		// "Jeremy Vale (Moon Shadow) wrote the screenplay": the brackets
		// hold an earlier credit of the person, the verb their job
		p.typ(i, kg.Person, 2)
		var rel kg.RelType
		switch p.w(k + 2) {
		case "wrote", "co-wrote", "writes", "penned", "scripted":
			rel = kg.Wrote
		case "directed", "co-directed", "directs", "helmed", "helms":
			rel = kg.Directed
		case "produced", "produces":
			rel = kg.Produced
		}
		if rel != "" && !p.isM(k+3) {
			p.typ(i, kg.Person, 3)
			p.claim(pclaim{rel: rel, subj: mArg(i), obj: p.topicFilm(k + 3)})
		}
		return
	}
	if p.newsParenCredit(i, k) {
		return // "P (F) has boarded ..." (cast_newsparen.go)
	}
	if pt := p.parenCreditPart(i, k); pt > 0 || k == i+2 && p.w(k+1) == ")" && p.in(k+2, parenCastVerbs) && p.isM(k+3) && p.w(k+4) != "'s" && castableName(p.mm(k+3)) && p.isPersonLike(i) && !pcType(pm.typ) && !pcType(p.priorType(k)) &&
		isGivenNameLower(firstWord(c.text)) && !isGivenNameLower(firstWord(pm.text)) {
		// "Manny Quinterra (Bad Cousins) is Xander": the person, an earlier
		// credit in brackets, and the part after the verb
		if pt <= 0 {
			pt = k + 3
		}
		p.typ(i, kg.Person, 3)
		pm.setType(kg.Film, 2)
		p.mm(pt).setType(kg.Character, 3)
		p.claim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: mArg(k)})
		p.claim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: p.topicFilm(pt + 1), char: mArg(pt)})
		return
	}
	if k == i+2 && p.w(k+1) == ")" && p.creditBeforeAs(i, k) {
		return
	}
	if k == i+2 && p.creditParens() && p.isPersonLike(i) && pm.typ != kg.Person && pm.typ != kg.Character {
		// "added three actors to its cast: Lenna Harte (Do Re Mi), Omar
		// Qadri (Sound of Brass)": the brackets name earlier credits
		pm.setType(kg.Film, 1)
		if p.castListMember(i) {
			p.typ(i, kg.Person, 3)
			p.claim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: p.topicFilm(0)})
		}
		return
	}
	order := 0
	if k == i+2 {
		order = p.pairOrder(i)
	}
	if k == i+2 && order > 0 && c.typ != kg.Character && !(pm.typ == kg.Person && pm.strength >= 2) && castableName(pm) && !pm.digit && p.isPersonLike(i) {
		// "A (C1) and B (C2) were also recognized", "Her co-stars A (C1),
		// B (C2)": the list reads person first
		p.typ(i, kg.Person, 3)
		pm.setType(kg.Character, 3)
		p.claim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: p.topicFilm(0), char: mArg(k)})
		return
	}
	if k == i+2 && order >= 0 && p.castListMember(i) && p.listOfPairs(i) && c.typ != kg.Character && pm.typ != kg.Person && !pm.quoted && !pm.digit && p.isPersonLike(i) {
		// "joined on stage by Celia Marlowby (Oona Tal-Ree), Dorian Pike
		// (Vorak)": in a list of people, "P (C)"
		p.typ(i, kg.Person, 3)
		pm.setType(kg.Character, 3)
		p.claim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: p.topicFilm(0), char: mArg(k)})
		return
	}
	if c.quoted || c.colon || c.digit || c.typ == kg.Film && c.strength >= 2 || c.typ == kg.Organisation && c.strength >= 2 || c.typ == kg.Franchise {
		return
	}
	if k == i+2 && order >= 0 && p.w(k+1) == ")" && c.words >= 2 && pm.words == 1 && c.typ != kg.Character && !pcType(pm.typ) && castableName(pm) && p.isPersonLike(i) &&
		isGivenNameLower(firstWord(c.text)) && !isGivenName(pm.key) && p.priorType(k) != kg.Person && !p.shortOfPersonShaped(k) {
		// "Greta Moll (Gloom) and Ross Tanner (Spite) are also back":
		// a full personal name, the one-word part in brackets
		p.typ(i, kg.Person, 3)
		pm.setType(kg.Character, 3)
		p.claim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: p.focusFilm(), char: mArg(k)})
		return
	}
	if c.typ == kg.Person && c.strength >= 3 || !p.personish(k) || pm.words < 2 && pm.typ != kg.Person && p.priorType(k) != kg.Person {
		return
	}
	if pm.typ == kg.Character && pm.strength >= 3 || p.titleBeforeParen(i) {
		return
	}
	p.typ(k, kg.Person, 3)
	c.setType(kg.Character, 3)
	film := p.focusFilm()
	// "X follows C (P)", "the film follows C (P)"
	b := i - 1
	for b >= 0 && p.in(b, adjFilm) {
		b--
	}
	if p.in(b, setRelations_2) {
		if f, _, ok := p.filmRefBack(b - 1); ok {
			film = f
		}
	}
	p.claim(pclaim{rel: kg.ActedIn, subj: mArg(k), obj: film, char: mArg(i)})
	// "C (P), the head of the O" and "C (P) who is beginning her training in ... of the O"
	p.memberAfter(i, k+2)
}

// creditBeforeAs handles "P (The Badger) co-stars as C", "P (Commerce)
// leads the cast as C" (item i is P, item k the bracketed name): up to
// four cast-statement words and "as" after the brackets make them hold
// an earlier credit of P, and the part after "as" is P's in the film the
// text is about. A title-shaped bracket ("The Badger", two words or more) is
// P's credit too. It reports whether it read the statement.
func (p *pctx) creditBeforeAs(i, k int) bool {
	v := k + 2
	if p.w(v) == "," && p.w(v+1) == "who" && p.bareCreditAs(k, v+2) {
		v += 2 // "P (Tidemark), who has been cast as C"
	}
	for n := 0; n < 4 && !p.isM(v) && (p.in(v, castLead) || p.in(v, passingLeadVerbs)); n++ {
		v++
	}
	if v == k+2 && !p.bareCreditAs(k, k+2) || !p.is(v, "as") || !p.isPersonLike(i) {
		return false
	}
	pm := p.mm(k)
	if pcType(pm.typ) || pcType(p.priorType(k)) {
		return false
	}
	c := p.nameAfterDescriptors(v+1, 3)
	if c < 0 || !p.in(c+1, castStop) || !p.castChar(c) || !castableName(p.mm(c)) || p.mm(c).typ == kg.Person {
		return false
	}
	p.typ(i, kg.Person, 3)
	p.mm(c).setType(kg.Character, 3)
	if pm.the || pm.words >= 2 || pm.quoted {
		pm.setType(kg.Film, 2)
		p.claim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: mArg(k)})
	}
	p.claim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: p.castFilmOr(i, p.clauseFilm(c+1)), char: mArg(c)})
	return true
}

// parenCastVerbs follow "P (credit)" and introduce P's part ("Manny
// Quinterra (Bad Cousins) is Xander").
var parenCastVerbs = setOf("is", "plays", "voices", "portrays")

// crewVerbsAfterParen follow "P (credit)" and give P a crew job ("Jeremy
// Vale (Moon Shadow) wrote the screenplay").
var crewVerbsAfterParen = setOf("wrote", "co-wrote", "directed", "co-directed", "directs", "writes", "penned", "produced",
	"produces", "helmed", "helms", "scripted", "created", "co-created", "composed", "scored", "shot", "edited")

// dropPluralTitle removes a plural title opening the character mention at
// item k ("Ensigns Corvell and Tasko" names "Corvell").
func (p *pctx) dropPluralTitle(k int) {
	m := p.mm(k)
	if m == nil || m.words < 2 {
		return
	}
	first, rest, ok := strings.Cut(m.text, " ")
	lw := strings.ToLower(first)
	if !ok || !strings.HasSuffix(lw, "s") || !nameTitles[strings.TrimSuffix(lw, "s")] {
		return
	}
	m.dropFirstWord(first, rest)
}

// creditParens reports whether the brackets after names in this sentence
// hold earlier credits rather than parts: some bracketed name is shaped
// like a title (a lower-case word inside, three or more words, a number,
// a colon, quotes) and none is a single word.
func (p *pctx) creditParens() bool {
	title, one := false, false
	for k := 1; k+1 < len(p.it); k++ {
		if p.w(k-1) != "(" || !p.isM(k) || p.w(k+1) != ")" {
			continue
		}
		m := p.mm(k)
		if m.titleWords || m.digit || m.colon || m.quoted || m.typ == kg.Film && m.strength >= 2 {
			title = true // (or a name a cue typed a title: "P (Hollow Acre) and Q have been tapped")
		}
		for t := m.a + 1; t < m.b-1; t++ {
			// "Sound of Metal": a lower-case word that is no name particle ("de")
			if tk := &p.a.toks[t]; tk.kind == kWord && !tk.cap && !particles[tk.lower] {
				title = true
			}
		}
		if m.words == 1 {
			one = true
		}
	}
	return title && !one
}

// listOfPairs reports whether the "X (Y)" at item i reads as a list of
// people with their parts: more than one bracket in the sentence, or a
// label that introduces people ("starring", "Cast:"), not a lone "with X
// (Y)" ("picks up with C (P)").
func (p *pctx) listOfPairs(i int) bool {
	n := 0
	for k := range p.it {
		if p.w(k) == "(" {
			n++
		}
	}
	if n >= 2 {
		return true
	}
	b := i - 1
	for b >= 0 && (p.w(b) == "the" || p.w(b) == "and" || p.w(b) == ",") {
		b--
	}
	return !p.is(b, "with")
}

// castListMember reports whether mention item i stands in a list of names
// (with "(X)" after each) that follows a word introducing people: "joined
// by", "starring", "with", "alongside", "including", "cast" (listIntroAt).
func (p *pctx) castListMember(i int) bool {
	b := i - 1
	for b >= 0 {
		switch {
		case p.w(b) == ")":
			for b >= 0 && p.w(b) != "(" {
				b--
			}
			b--
		case p.w(b) == "," || p.w(b) == "and":
			b--
		case p.isM(b):
			b--
		default:
			if p.w(b) == "by" {
				// "joined on stage by P (C)", not "adopted as a dog by C
				// (P)": the agent of a story verb
				// "are voiced by P (C), Q (D)": a cast verb's agents
				join := p.in(b-1, castPassiveVerbs)
				for k := b - 1; k >= 0 && k >= b-4 && !p.isM(k); k-- {
					join = join || strings.HasPrefix(p.w(k), "join") || p.w(k) == "accompanied" || p.w(k) == "flanked" || p.w(k) == "cast"
				}
				return join
			}
			return p.listIntroAt(b)
		}
	}
	return false
}

// voiceOf returns the item of C in "the voice of C" / "the English voice
// of C" at item j, else -1.
func (p *pctx) voiceOf(j int) int {
	if p.w(j) != "the" {
		return -1
	}
	k := j + 1
	if !p.isM(k) && p.w(k) != "voice" && isWordLike(p.w(k)) {
		k++ // one describer ("the original voice of")
	}
	if p.w(k) != "voice" || p.w(k+1) != "of" || !p.isM(k+2) {
		return -1
	}
	if c := p.mm(k + 2); c.quoted || c.typ != "" && c.typ != kg.Character && c.strength >= 2 {
		return -1
	}
	return k + 2
}

// describeStops end the plain describing words before a part's name.
var describeStops = setOf("and", "or", "in", "of", "for", "with", "to", "from", "by", "well", "much", "many", "long",
	"soon", "far", "part", "one", "a", "an", "the", "his", "her", "their", "its", "ever", "usual", "always", "if", "though")

// plainDescribedName returns the item of the part after one to three
// plain lower-case describing words from item j ("aspiring star C",
// "grumpy neighbour C") when the name closes the clause, else -1.
func (p *pctx) plainDescribedName(j int) int {
	k := j
	for n := 0; n < 3 && !p.isM(k) && isWordLike(p.w(k)) && !p.wIn(k, describeStops); n++ {
		k++
	}
	if k == j || !p.isM(k) || !p.wIn(k+1, castStop) {
		return -1
	}
	if c := p.mm(k); !castableName(c) || c.typ != "" && c.typ != kg.Character {
		return -1
	}
	return k
}

// clauseCharacterBefore returns the mention of the one character named in
// this sentence before the actor whose "him"/"her" follows ("But Tobin was
// the kid in the middle of it, and P played him"): a character, or an
// untyped personal name; -1 when none is named, -2 when two names or
// another person are (the pronoun is then not read here).
func (p *pctx) clauseCharacterBefore() int {
	var names []int
	stop := -1
	for k := range p.it {
		if w := p.w(k); !p.isM(k) && (w == "him" || w == "her" || p.anaphorPart(k)) {
			stop = k
			break
		}
		if p.isM(k) {
			names = append(names, k)
		}
	}
	if len(names) < 2 {
		return -1
	}
	c := -1
	for _, k := range names[:len(names)-1] { // the last name is the actor's
		m := p.mm(k)
		pt := p.priorType(k)
		switch {
		case m.typ == kg.Character || m.typ == "" && pt == kg.Character || m.typ == "" && pt == "" && m.personShaped() && !m.short:
			if c != -1 {
				return -2
			}
			c = p.mi(k)
		case m.typ == kg.Person || pt == kg.Person:
			return p.partAfterPerson(names, stop)
		}
	}
	return c
}

// ownedPart returns the item of the part after an owner's possessive at
// item j ("as Jonas's brother Teddy", "as Vost's estranged brother,
// Malik"), or -1 when no name follows the describing words.
func (p *pctx) ownedPart(j int) int {
	if c := p.nameAfterDescriptors(j+2, 2); c > j+2 {
		return c
	}
	k := j + 2
	if p.isM(k) {
		return -1
	}
	for n := 0; n < 3 && !p.isM(k) && isWordLike(p.w(k)) && !p.wIn(k, commonWords); n++ {
		k++
	}
	if k > j+2 && p.w(k) == "," && p.isM(k+1) && p.wIn(k+2, castStop) && !p.isM(k+2) {
		if c := p.mm(k + 1); castableName(c) && (c.typ == "" || c.typ == kg.Character) {
			return k + 1
		}
	}
	return -1
}
