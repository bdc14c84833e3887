package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// A part owned by an actor's possessive after a word that pairs it with
// another part: "the brother of P's C", "the pairing of P's C and Q's D",
// "a foil for P's C", "her scene with P's C", "opposite P's C". Such a
// possessive names a character even when a weak cue read the name as the
// owner's film ("in P's F", "the star of P's F" stay films: "in" and "on"
// lead to no partner, and "of" or "for" only after a partnerNouns noun).

// partnerNouns, right before "of", "for" or "to" and an owner's
// possessive, pair the name after it with another part: kin, foes,
// companions and scenes.
var partnerNouns = setOf("brother", "sister", "son", "daughter", "father", "mother", "wife", "husband", "cousin",
	"uncle", "aunt", "nephew", "niece", "grandson", "granddaughter", "twin", "sibling", "widow", "fiancee", "fiance",
	"girlfriend", "boyfriend", "lover", "sidekick", "nemesis", "rival", "foil", "partner", "pairing", "double",
	"deputy", "assistant", "henchman", "right-hand", "love", "enemy", "archenemy", "arch-enemy", "friend")

// partnerPreps lead straight to a partner part ("opposite P's C").
var partnerPreps = setOf("opposite", "alongside", "against", "beside")

// sceneNouns, right before "with" and an owner's possessive, make the name
// after it a partner part ("her scene with P's C", "a feud with P's C";
// not "kicked off with P's F", "a bidding war with P's company").
var sceneNouns = setOf("scene", "scenes", "romance", "feud", "rivalry", "friendship", "fight", "duel", "showdown",
	"flirtation", "affair", "chemistry", "banter", "exchanges", "confrontation")

// partnerOwner reports whether the owner's possessive before mention k of
// sentence s (the mention right before k, its possessive right before k)
// follows a partnerPreps word, or "of", "for" or "to" after a
// partnerNouns noun ("the younger brother of P's C"); the second of a
// pair joined by "and" follows the first ("of P's C and Q's D").
func (a *article) partnerOwner(s *sentence, k int) bool {
	if k == 0 {
		return false
	}
	o := &a.ments[k-1]
	j := int(o.a) - 1
	if o.sent != a.ments[k].sent || j <= s.a {
		return false
	}
	if a.toks[j].lower == "and" && k >= 3 {
		// "of P's C and Q's D": the first pair decides
		if c := &a.ments[k-2]; c.sent == o.sent && int(c.b) == j && int(c.a) >= 1 && a.toks[c.a-1].kind == kPoss {
			return a.partnerOwner(s, k-2)
		}
		return false
	}
	if e := int(a.ments[k].b); e < s.b && (a.toks[e].text == "(" || a.toks[e].kind == kNum) {
		return false // "P's F (2012)": a dated title
	}
	w := a.toks[j].lower
	if partnerPreps[w] {
		return !a.workAppositiveAt(s, int(a.ments[k].b)) // not "alongside Q's F, another desert epic" (cast_possworkappositive.go)
	}
	if (w == "of" || w == "for" || w == "to") && j-1 > s.a {
		return partnerNouns[a.toks[j-1].lower]
	}
	if w == "with" && j-1 > s.a {
		return sceneNouns[a.toks[j-1].lower]
	}
	return false
}

// weakTitle reports whether mention m is a name of one to three words that
// a weak cue alone (strength 2 or less) typed a film: no quotes, colon,
// digits or heading.
func weakTitle(m *mention) bool {
	return m.typ == kg.Film && m.strength <= 2 && m.words <= 3 && !m.quoted && !m.colon && !m.digit && !m.head && !m.the
}

// creditedElsewhere reports whether the person of mention o, by its key,
// makes anything in the article (a claim other than ACTED_IN or PORTRAYED)
// besides a claim on mention k, the name its possessive owns ("P's F"
// read as P's film).
func (a *article) creditedElsewhere(o, k int) bool {
	key := a.ments[o].key
	for _, c := range a.claims {
		if c.rel == kg.ActedIn || c.rel == kg.Portrayed || !c.subj.abs || c.subj.m < 0 || a.ments[c.subj.m].key != key {
			continue
		}
		if c.obj.abs && int(c.obj.m) == k {
			continue
		}
		return true
	}
	return false
}

// dropOwnedFilmClaims removes the claims that person mention o made
// mention k, the name its possessive owns, when k turns out a part.
func (a *article) dropOwnedFilmClaims(o, k int) {
	var drop []int
	for i, c := range a.claims {
		if c.subj.abs && int(c.subj.m) == o && c.obj.abs && int(c.obj.m) == k {
			drop = append(drop, i)
		}
	}
	if drop != nil {
		a.dropClaims(drop)
	}
}
