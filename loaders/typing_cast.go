package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// alignedCastClaims adds, once the patterns have run, the parts of two
// lists of the same length on either side of a part verb, paired in order:
// "Kristen Hollis, Imogen Marsh, Josh Pettiford and Jon Grealish are all
// returning to voice Sunniva, Ilka, Pibb and Bertil in Icebound III", "Leigh
// Brannock and Angus Pellew are in talks to return as Goggles and Tanner"
// (after "as", untyped names of one or two words are parts too; so are
// untyped names listed after "as" and describing words, "A and B turn up
// as LAPD detectives C and D", and after "are" or "were" when their list
// ends the clause, "A and B are C and D, the couple ..."). The
// actors' list ends at most six tokens before the verb, with no name
// between; its names are typed people or untyped personal names (then
// typed people), one at least typed; the parts are the characters
// typeVoicedLists typed after the verb. The production is the title
// after "in" that follows the parts (typed a film), else the article's
// subject. A part noun or a plural kin noun may stand between the verb
// and the parts ("A and B play younger versions of C and D", "A and B
// played the girl's parents, C and D": partNounVerb). It then runs
// whoseParts, the character cues that need the patterns' types
// (typeNamedParts, typeCopulaParts, typeJobCopulaParts, parenDescribedParts, gappedByParts,
// parallelAsCredits, listedCredits,
// typeTheDescribedParts, typeKinParts), the document-level typing passes
// (reorientSwappedCredits, dropProductionPossessives, dropCrewOnlyCastCredits, dropAttributiveParts,
// headlineAsParts, keepCharacterNames, keepCharacterForms,
// actorOwnedParts, objectGapParts, gappedVerbParts, dropEmployerAcronyms,
// cutCharacterTails, typeCastGroups, keepPersonNames, keepPersonFullNames,
// keepOwnerPersons, clearPlaceNames), and the credits of the parts found
// (attachParts, asPartCredits, playedByCredits, respectiveParts,
// otherSelfParts, coordinatedParts, appearOrphanParts), and last
// moveOwnedParts.
func (a *article) alignedCastClaims() {
	for k := 1; k < len(a.ments); k++ {
		m := &a.ments[k]
		b := int(m.a)
		s := &a.sents[m.sent]
		if b-1 <= s.a || a.ments[k-1].sent != m.sent {
			continue
		}
		verb := b - 1
		as := a.toks[verb].lower == "as"
		if !as && m.typ == kg.Character && !partVerbs[a.toks[verb].lower] {
			// "return as amateur sleuths A, B and C": describing words
			// between "as" and the parts
			if v := a.describedAs(s, k); v > 0 {
				verb, as = v, true
			}
		}
		described := false // a part noun before the parts: a three-word name is a part too ("Theo and Ada Rook Vale")
		if !as && !a.tokIn(verb, partVerbs) {
			// "A and B play younger versions of C and D"
			if v := a.partNounVerb(s, b-1); v > 0 {
				verb, as, described = v, true, true
			}
		}
		if !as && a.pastPartVerb(verb) && (m.typ == kg.Character || weakOrNone(m)) {
			as = true // "A and B played C and D"
		}
		if !as && !a.tokIn(verb, partVerbs) && weakOrNone(m) && m.words <= 2 && k+1 < len(a.ments) && a.listNext(m, &a.ments[k+1]) {
			// untyped parts in a list as long as the actors' list: "A and B
			// turn up as LAPD detectives C and D", "A and B are C and D,"
			if v := a.describedAs(s, k); v > 0 {
				verb, as = v, true
			} else if (a.toks[verb].lower == "are" || a.toks[verb].lower == "were") && a.listEndsClause(s, k) {
				as = true
			}
		}
		part := func(x *mention) bool {
			return x.typ == kg.Character || as && weakOrNone(x) && (x.words <= 2 || described && x.words == 3) && !a.demonymMention(x)
		}
		if !(a.tokIn(verb, partVerbs) && m.typ == kg.Character || as && part(m)) {
			continue
		}
		// the parts
		end := k + 1
		for end < len(a.ments) && part(&a.ments[end]) && a.listNext(&a.ments[end-1], &a.ments[end]) {
			end++
		}
		n := end - k
		if n < 2 {
			continue
		}
		if e := int(a.ments[end-1].b); e < len(a.toks) && a.toks[e].kind == kPoss {
			continue // "as Coach, Ames's mechanic": the last name owns an appositive, no list
		}
		// the actors
		last := k - 1
		for last > 0 && int(a.ments[last].a) > verb && int(a.ments[last].b) < len(a.toks) && (a.toks[a.ments[last].b].kind == kPoss || a.ments[last].typ == kg.Organisation) {
			last-- // an owner or an employer in the description ("the Vollmers' friends", "LAPD detectives")
		}
		if p := &a.ments[last]; verb-int(p.b) > 6 || p.sent != m.sent {
			continue
		}
		first := last
		for and := false; first > 0 && a.ments[first-1].sent == m.sent && a.listNext(&a.ments[first-1], &a.ments[first]); first-- {
			if a.andJoined(&a.ments[first-1]) {
				if and {
					break // "C, and A and B are D and E": the ", and" before ends a clause
				}
				and = true
			}
		}
		if last-first+1 != n || n == 2 && a.commaAnd(&a.ments[first]) || !a.actorList(first, last) {
			continue
		}
		film := anaArg(anaFilm)
		if e := int(a.ments[end-1].b); end < len(a.ments) && e+1 < s.b && a.toks[e].lower == "in" && int(a.ments[end].a) == e+1 && a.ments[end].sent == m.sent {
			if f := &a.ments[end]; f.typ == kg.Film || f.typ == "" && !f.personShaped() {
				f.setType(kg.Film, 1)
				film = arg{m: int32(end), of: -1, abs: true}
			}
		}
		if described && n == 2 {
			a.shareFamilyName(s, verb, k)
		}
		a.dropCrossedParts(m.sent, first, k, n)
		for i := 0; i < n; i++ {
			a.ments[first+i].setType(kg.Person, 1)
			if c := &a.ments[k+i]; c.typ != kg.Character {
				c.typ, c.strength = kg.Character, 2
			}
			a.claims = append(a.claims, pclaim{rel: kg.ActedIn, subj: arg{m: int32(first + i), of: -1, abs: true}, obj: film,
				char: arg{m: int32(k + i), of: -1, abs: true}, sent: m.sent})
		}
		k = end - 1
	}
	if len(a.ments) > maxDocPassMentions {
		return
	}
	a.whoseParts()
	a.typeNamedParts()
	a.typeCopulaParts()
	a.typeJobCopulaParts()
	a.typeDesignationParts()
	a.typeOwnedJobParts()
	a.typeOwnedParts()
	a.typeCuedTitledParts()
	a.typePronounCopulaParts()
	a.typeParenActorParts()
	a.typePartNounNames()
	a.pairedAsParts()
	a.parallelAsCredits()
	a.listedCredits()
	a.parenDescribedParts()
	a.gappedByParts()
	a.typeTheDescribedParts()
	a.reorientSwappedCredits()
	a.dropProductionPossessives()
	a.dropCrewOnlyCastCredits()
	a.dropAttributiveParts()
	a.moveOffPossessedParts()
	a.headlineAsParts()
	a.keepCharacterNames()
	a.keepCharacterForms()
	a.actorOwnedParts()
	a.objectGapParts()
	a.gappedVerbParts()
	a.dropEmployerAcronyms()
	a.cutCharacterTails()
	a.typeCastGroups()
	a.typeKinParts()
	a.keepPersonNames()
	a.keepPersonFullNames()
	a.keepOwnerPersons()
	a.clearPlaceNames()
	a.typeLateDescribedParts()
	a.typeAsAppositiveParts()
	a.typeCopulaAppositiveParts()
	a.typeVoiceOfParts()
	a.attachParts()
	a.asPartCredits()
	a.knownAsParts()
	a.bestKnownAsParts()
	a.playedByCredits()
	a.farPlayedByParts()
	a.bothSecondParts()
	a.respectiveParts()
	a.otherSelfParts()
	a.coordinatedParts()
	a.whereParts()
	a.appearOrphanParts()
	a.moveOwnedParts()
	a.theRoleParts()
}

// listEndsClause reports whether the list of names that mention k of
// sentence s opens ends the clause (pairEnd after its last name), so that "A and B are C and D, the couple
// ..." lists parts and "A and B are Emmy and Oscar winners" does not.
func (a *article) listEndsClause(s *sentence, k int) bool {
	end := k
	for end+1 < len(a.ments) && a.ments[end+1].sent == a.ments[k].sent && a.listNext(&a.ments[end], &a.ments[end+1]) {
		end++
	}
	if end == k {
		return false
	}
	return a.pairEnd(s, int(a.ments[end].b))
}

// maxDocPassMentions bounds the article size (in mentions) up to which the
// document-wide part and credit passes below run: they compare mentions
// with claims pairwise, and a news article has a few hundred mentions. A
// pathological input (a 50 MB article) skips them and keeps the
// sentence-level credits.
const maxDocPassMentions = 5000

// actorList reports whether mentions first..last are all people or
// untyped personal names, at least one typed a person.
func (a *article) actorList(first, last int) bool {
	typed := false
	for i := first; i <= last; i++ {
		p := &a.ments[i]
		switch {
		case p.typ == kg.Person:
			typed = true
		case p.typ == "" && p.personShaped():
		default:
			return false
		}
	}
	return typed
}

// describedAs returns the token of the "as" before the describing words
// that lead to mention k of sentence s ("as amateur sleuths and true-crime
// podcasters C"), when partAfterAs reads k as a part; else -1.
func (a *article) describedAs(s *sentence, k int) int {
	if !a.partAfterAs(s, k) {
		return -1
	}
	t := int(a.ments[k].a) - 1
	for t > s.a && a.toks[t].lower != "as" {
		t--
	}
	return t
}

// versionNouns name a part in "play younger versions of C", "play the roles
// of C and D".
var versionNouns = setOf("version", "versions", "role", "roles", "part", "parts", "incarnation", "incarnations",
	"counterpart", "counterparts")

// pairNouns, a plural after the part verb, name the parts of a list
// ("played the girl's parents, C and D", "are the Vollmers' friends C and
// D").
var pairNouns = setOf("parents", "siblings", "brothers", "sisters", "twins", "friends", "sons", "daughters", "couple",
	"duo", "pair", "children", "kids", "cousins", "neighbours", "neighbors", "bosses", "partners", "colleagues", "co-workers",
	"coworkers", "confidantes", "confidants", "lovers", "villains", "rivals", "henchmen", "sidekicks", "roommates",
	"classmates", "teammates", "grandparents", "allies", "enemies")

// kinPairHeads are kin nouns of one person; two of them joined by "and"
// before a list of two parts name one part each ("as Pip's mum and
// stepdad, C and D").
var kinPairHeads = setOf("mum", "mom", "mother", "dad", "father", "stepdad", "stepmum", "stepmom", "stepmother", "stepfather",
	"husband", "wife", "son", "daughter", "brother", "sister", "boyfriend", "girlfriend", "uncle", "aunt", "grandmother",
	"grandfather", "grandma", "grandpa", "fiance", "fiancee", "fiancé", "fiancée", "partner", "lover")

// familyPairNouns say that the two parts after them are one family, so a
// first name before "and" takes the second name's surname ("play the
// parents, Theo and Ada Rook": Theo Rook).
var familyPairNouns = setOf("parents", "siblings", "brothers", "sisters", "twins", "sons", "daughters", "couple", "cousins",
	"children", "kids", "mum", "mom", "mother", "dad", "father", "stepdad", "stepmum", "stepmom", "stepmother", "stepfather",
	"husband", "wife", "son", "daughter", "brother", "sister", "uncle", "aunt", "grandmother", "grandfather", "grandma", "grandpa")

// partNounVerb returns the part verb that token last of sentence s ends
// the description of, over at most four lower-case words (and
// possessives) that hold a part noun and end with "of" ("play younger
// versions of"), or that end with a plural pairNouns word, a comma
// optional ("played the girl's parents,", "are the Vollmers' friends"; a
// copula counts there), or -1.
func (a *article) partNounVerb(s *sentence, last int) int {
	if last <= s.a {
		return -1
	}
	pair := false
	switch {
	case a.toks[last].lower == "of":
	case a.toks[last].text == "," && last-1 > s.a && pairNouns[a.toks[last-1].lower]:
		pair = true
	case a.tokIn(last, pairNouns):
		pair, last = true, last+1
	case a.toks[last].text == "," && last-3 > s.a && kinPairHeads[a.toks[last-1].lower] && a.toks[last-2].lower == "and" && kinPairHeads[a.toks[last-3].lower]:
		pair, last = true, last-2 // "as Pip's mum and stepdad, C and D": two kin nouns, one a part each
	default:
		return -1
	}
	noun := pair
	for t := last - 1; t > s.a && t >= last-6; t-- {
		w := &a.toks[t]
		if w.kind == kPoss || pair && w.kind == kQuote && a.toks[t-1].kind == kWord && strings.HasSuffix(a.toks[t-1].lower, "s") {
			continue // (a plural's apostrophe may read as a quote)
		}
		if pair && w.kind == kWord && w.cap && t > s.a && (a.toks[t+1].kind == kPoss || a.toks[t+1].kind == kQuote) {
			continue // "the Vollmers' friends"
		}
		if w.kind != kWord || w.cap {
			return -1
		}
		if partVerbs[w.lower] || playedVerbs[w.lower] || pair && (w.lower == "are" || w.lower == "were" || w.lower == "as") {
			if noun {
				return t
			}
			return -1
		}
		if versionNouns[w.lower] {
			noun = true
		} else if pair && w.lower == "and" && a.tokIn(t-1, pairNouns) && a.tokIn(t+1, pairNouns) {
			// "Andie's co-workers and confidantes, C and D": two plural nouns of one list
		} else if !pairNouns[w.lower] && (clauseWords[w.lower] || w.lower != "the" && notPartWords[w.lower]) {
			return -1
		}
	}
	return -1
}

// dropCrossedParts drops the claims of sentence sent that give an actor of
// the list first..first+n-1 a part of the aligned list k..k+n-1 at another
// place, or a name between the lists when the parts come after the actors
// (an owner in the description): a rule
// that read one pair of "A and B play Ruth's parents, C and D" gave B the
// part C (or Ruth, whose part C later passes find); the aligned lists give
// A C and B D.
func (a *article) dropCrossedParts(sent int32, first, k, n int) {
	lo := k
	if k > first {
		lo = first + n // (the names between the lists too)
	}
	out := a.claims[:0]
	for _, c := range a.claims {
		if c.sent == sent && c.subj.abs && int(c.subj.m) >= first && int(c.subj.m) < first+n {
			if part, ok := c.part(); ok && part.abs && int(part.m) >= lo && int(part.m) < k+n && int(part.m)-k != int(c.subj.m)-first {
				continue // (or the owner in the description, "Ruth": a later pass would move it to C)
			}
		}
		out = append(out, c)
	}
	a.claims = out
}

// shareFamilyName gives the first of two parts listed after a family noun
// ("played the girl's parents, Theo and Ada Rook") the second's surname:
// a one-word name right before "and", the second of two or three words
// (the surname all of it after the first word: "Ada Birk Rook"), a
// familyPairNouns word between the verb and the parts, and the first
// name's key not found elsewhere whole.
func (a *article) shareFamilyName(s *sentence, verb, k int) {
	c, d := &a.ments[k], &a.ments[k+1]
	if c.words != 1 || d.words < 2 || c.quoted || d.quoted || int(c.b)+1 != int(d.a) || a.toks[c.b].lower != "and" {
		return
	}
	family := false
	for t := verb + 1; t < int(c.a); t++ {
		if familyPairNouns[a.toks[t].lower] {
			family = true
		}
	}
	sp := strings.IndexByte(d.text, ' ')
	if !family || sp < 0 {
		return
	}
	c.text += d.text[sp:]
	c.key = nameKey(c.text)
	c.words = d.words
}
