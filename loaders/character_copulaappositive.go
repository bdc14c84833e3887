package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// typeCopulaAppositiveParts types as a character the name after a copula
// that an appositive description follows, when the subject right before
// the copula is a name or "he"/"she": "Ardelle is Mirel Osk, the courier
// at the centre of the plot", "he will always be Tobin Marsh, the boastful
// swordsman of F", "P, who was C, the tech billionaire", "P is once more
// C, the enchanter nobody listens to". The copula is "is" or "was" (or
// "will be", "would be"), with at most two adverbs (copulaAppositiveAdverb); the
// subject is no film or company; the name is of one to three words, typed
// by no cue or weakly a person, names no person of the article, no place,
// company or people of a place; a comma and "a", "an" or "the" with a
// lower-case word follow it, and the description names no work or thing
// and no real person's job (describedKind: "is P, the voice of C"). A
// subject typed a person of two words or more gets the credit, in the film
// after "in" or the article's production.
func (a *article) typeCopulaAppositiveParts() {
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		e := int(m.b)
		if e+2 >= s.b || a.toks[e].text != "," {
			continue
		}
		if d := a.toks[e+1].lower; d != "a" && d != "an" && d != "the" {
			continue
		}
		if w := &a.toks[e+2]; w.kind != kWord || w.cap {
			continue
		}
		v := int(m.a) - 1
		for n := 0; n < 2 && v > s.a && copulaAppositiveAdverb(a.toks[v].lower); n++ {
			v--
		}
		if v > s.a+1 && a.toks[v].lower == "be" {
			v--
			for n := 0; n < 2 && v > s.a && copulaAppositiveAdverb(a.toks[v].lower); n++ {
				v-- // "will once again be"
			}
			if w := a.toks[v].lower; w != "will" && w != "would" {
				continue
			}
		} else if v <= s.a || !copulaParts[a.toks[v].lower] {
			continue
		}
		if !weakOrNone(m) || m.allCaps || m.pronoun || m.country || m.key == "" {
			continue
		}
		subj := v - 1 // the token before the copula (or its "will")
		if subj < s.a {
			continue
		}
		pk := -1
		if w := a.toks[subj].lower; w == "he" || w == "she" {
			// the pronoun is the actor of a tribute or a profile
		} else {
			if w == "who" && subj-1 > s.a && a.toks[subj-1].text == "," {
				subj -= 2 // "P, who was C, the ..."
			}
			pk = a.mentionEndingAt(k, subj+1)
			if pk < 0 {
				continue
			}
			if p := &a.ments[pk]; p.typ == kg.Film || p.typ == kg.Organisation || p.quoted {
				continue
			}
		}
		if thing, person := a.describedKind(s, e+2); thing || person {
			continue
		}
		if a.notAPartName(m) {
			continue
		}
		m.typ, m.strength = kg.Character, 2
		if pk < 0 || a.ments[pk].typ != kg.Person || a.ments[pk].words < 2 || a.ments[pk].pronoun {
			continue
		}
		film := anaArg(anaFilm)
		if f := a.filmAfterIn(s, k); f >= 0 {
			film = arg{m: int32(f), of: -1, abs: true}
		}
		a.giveActorPart(pk, k, film)
	}
}

// copulaAppositiveAdverb reports whether w may stand between the copula
// and the part: copulaAdverbs and the "more" of "once more".
func copulaAppositiveAdverb(w string) bool {
	return copulaAdverbs[w] || w == "more"
}
