package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// typeAsAppositiveParts types as a character the name right after "as"
// that an appositive description follows: "appeared in season one as C,
// the botany teacher who ...", "cast him, in 1995, as C, an angel who
// ...", "As C, a smooth-talking rogue, P steals the film". The actor may
// be a pronoun or a name no rule read, so none is required; asPartCredits
// gives the credit when one stands before the "as". The name is of one to
// three words, typed by no cue or weakly a person, names no person of the
// article, no place, no company and no people of a place; a comma and
// "a", "an" or "the" or an owner's possessive ("as C, Kara's father") with
// a lower-case word follow it (appositiveLead). "known as", "such
// as", "as well as", comparisons ("the same as"), another name of a thing
// ("know it as X, the title ...") and a description naming a work or a
// thing are left alone, and so is a sentence-opening "As P, the producer,
// put it" whose description holds a real person's noun.
func (a *article) typeAsAppositiveParts() {
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		as := int(m.a) - 1
		e := int(m.b)
		if as < s.a || e+2 >= s.b || a.toks[as].lower != "as" || a.toks[e].text != "," {
			continue
		}
		desc := a.appositiveLead(s, e+1)
		if desc < 0 {
			continue
		}
		if !weakOrNone(m) || m.allCaps || m.pronoun || m.country || m.key == "" {
			continue
		}
		if as > s.a {
			if w := a.toks[as-1].lower; namingWords[w] || asComparisonWords[w] || asThingObjects[w] {
				continue
			}
		}
		if thing, person := a.describedKind(s, desc); thing || person && as == s.a {
			continue
		}
		if a.notAPartName(m) {
			continue
		}
		m.typ, m.strength = kg.Character, 2
	}
}

// appositiveLead returns the first describing word of an appositive that
// opens at token t of sentence s with "a", "an" or "the" ("C, the botany
// teacher") or with an owner of one or two capitalised words and a
// possessive ("C, Kara's father"), when it is a lower-case word; else -1.
func (a *article) appositiveLead(s *sentence, t int) int {
	switch a.toks[t].lower {
	case "a", "an", "the":
		t++
	default:
		n := 0
		for ; n < 2 && t < s.b && a.toks[t].kind == kWord && a.toks[t].cap; n++ {
			t++
		}
		if n == 0 || t >= s.b || a.toks[t].kind != kPoss {
			return -1
		}
		t++
	}
	if t >= s.b || a.toks[t].kind != kWord || a.toks[t].cap {
		return -1
	}
	return t
}

// asThingObjects, right before "as", make the name after it another name
// of a thing: "know it as X, the title ...".
var asThingObjects = setOf("it", "them", "this", "these", "those")

// asComparisonWords, right before "as", make it no part's "as": "such as
// C, a ...", "as well as C", "the same as C", "just as C".
var asComparisonWords = setOf("such", "well", "same", "so", "just", "much", "soon", "long", "far", "even", "insofar", "inasmuch")

// describedKind reads the words of the description that opens at token
// t of sentence s, up to a punctuation mark, a clause word or a
// preposition (at most six): thing when one names a work or a thing
// (namedThingNouns, workNouns: "know it as X, the title the channel
// used"), person when one is a real person's noun (realPersonNouns,
// crewAfterAs: "As P, the producer, put it").
func (a *article) describedKind(s *sentence, t int) (thing, person bool) {
	for n := 0; t < s.b && n < 6 && a.toks[t].kind == kWord; t, n = t+1, n+1 {
		w := a.toks[t].lower
		if clauseWords[w] || namePrepositions[w] || w == "of" {
			break
		}
		thing = thing || namedThingNouns[w] || workNouns[w]
		person = person || realPersonNouns[w] || crewAfterAs[w]
	}
	return thing, person
}

// notAPartName reports whether m, a name an appositive part rule would
// type a character, is rather a people, a place, a company or a person of
// the article (by name or by a strong person cue).
func (a *article) notAPartName(m *mention) bool {
	fk := foldKey(m.text)
	return demonym(fk) || moreDemonyms[fk] || isPlaceName(m) || orgish(m) || a.namesPerson(m) || a.strongPersonName(m)
}
