package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// typeLateDescribedParts types as a character, after the persons of the
// article are known, a name led by a part's description after an actor and
// "as": "P as the jittery ward boy C", "P as his wife C", "P returns as the
// tribal chief, C". A determiner (partDeterminers) and one to four
// lower-case describing words (partLead: no crew or job noun, no clause
// word) stand between "as" and the name, a comma allowed before it; the
// last describing word is a noun, no real person's noun (not "as the
// mustachioed Westerner": an adjective, and the name a description). The actor is a mention
// typed a person right before "as", or at most twelve tokens before it
// with a casting word between (castClauseBefore) and no semicolon. The
// name is of one to three words, typed by no cue or weakly a person,
// names no person of the article and no people of a place ("as the
// cheerful Londoner"), and ends the phrase (a punctuation mark or a
// describedPartEnds word after it, not "as the young Army officer");
// "known as" and its kind are left alone. asPartCredits then gives the credit.
func (a *article) typeLateDescribedParts() {
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		if !weakOrNone(m) || m.allCaps || m.pronoun || m.country || m.key == "" || int(m.b) < s.b && a.toks[m.b].kind == kPoss {
			continue
		}
		bare := int(m.a)-2 > s.a && a.toks[m.a-1].lower == "as"
		if e := int(m.b); e < s.b && !(a.toks[e].kind == kPunct && a.toks[e].text != "'s" || tokIn(&a.toks[e], describedPartEnds) || bare && tokIn(&a.toks[e], bareAsEnds)) {
			continue // "as the young Army officer": a modifier
		}
		if fk := foldKey(m.text); demonym(fk) || moreDemonyms[fk] {
			continue
		}
		as := -1
		if bare {
			as = int(m.a) - 1 // "P went on to lead F as C for a decade": no describing words
		} else {
			last := int(m.a) - 1
			if last > s.a && a.toks[last].kind == kPunct && a.toks[last].text == "," {
				last--
			}
			if last-2 <= s.a {
				continue
			}
			if n := &a.toks[last]; n.kind != kWord || n.cap || realPersonNouns[n.lower] || partDeterminers[n.lower] || namedThingNouns[n.lower] || workNouns[n.lower] ||
				praiseWords[n.lower] || strings.HasSuffix(n.lower, "ed") || strings.HasSuffix(n.lower, "ing") || strings.HasSuffix(n.lower, "ly") {
				continue
			}
			d := a.partLead(s, last, 4)
			if d < 0 {
				d = a.longPartLead(s, last)
			}
			if d-1 <= s.a || a.toks[d-1].lower != "as" || a.namedAsBefore(s, d) {
				continue
			}
			as = d - 1
		}
		if w := a.toks[as-1].lower; namingWords[w] || w == "such" || bare && (notDescribing[a.toks[as-1].lower] || a.namedAsBefore(s, as+1)) {
			continue
		}
		p := a.asActorBefore(k, as, bare)
		if p < 0 || a.namesPerson(m) || a.strongPersonName(m) {
			continue
		}
		m.typ, m.strength = kg.Character, 2
	}
}

// bareAsEnds may follow a part's name right after "as" besides
// describedPartEnds: "as C for nearly a decade", "as C through season two".
var bareAsEnds = setOf("for", "through", "until", "since", "before", "after", "opposite", "alongside")

// asActorBefore returns the actor of the part after token as in the
// sentence of mention k: the nearest mention before the "as", typed a
// person, at most twelve tokens away with no semicolon between, right
// before the "as" or with a casting word between (castClauseBefore); or
// -1; never an owner ("P's F"). Titles and companies between are passed
// over, with the casting word then required ("P went on to lead F as C");
// with bare (no describing words after "as") the casting word is always
// required and the actor is no list's last name.
func (a *article) asActorBefore(k, as int, bare bool) int {
	m := &a.ments[k]
	passed := false
	for j := k - 1; j >= 0 && a.ments[j].sent == m.sent; j-- {
		o := &a.ments[j]
		if int(o.b) > as {
			continue
		}
		if as-int(o.b) > 12 || a.semicolonBetween(int(o.b), as) {
			return -1
		}
		if o.typ == kg.Film || o.typ == kg.Organisation {
			passed = true
			continue
		}
		if o.typ != kg.Person || o.pronoun || a.toks[o.b].kind == kPoss || !(!bare && !passed && int(o.b) == as || a.castClauseBefore(int(o.b), as)) {
			return -1
		}
		if bare && j > 0 && a.ments[j-1].sent == m.sent && a.ments[j-1].typ == kg.Person && a.listNext(&a.ments[j-1], o) {
			return -1 // "A and B return as C and D": the lists pair up elsewhere
		}
		return j
	}
	return -1
}

// longPartLead is partLead over a longer description: at most six
// describing words, commas between two of them ("the sweaty, fast-talking
// bail bondsman C") and one possessive of a lower-case noun ("the
// hospital's long-suffering orderly C") allowed; it returns the
// determiner that opens them, or -1.
func (a *article) longPartLead(s *sentence, last int) int {
	poss := false
	for t, n := last, 0; t-1 > s.a && n < 9; t, n = t-1, n+1 {
		w := &a.toks[t]
		switch {
		case w.kind == kPunct && w.text == ",":
			if t == last || a.toks[t-1].kind != kWord || a.toks[t-1].cap {
				return -1
			}
			continue
		case w.kind == kPoss:
			if poss || t == last || a.toks[t-1].kind != kWord || a.toks[t-1].cap {
				return -1
			}
			poss = true
			continue
		}
		if w.kind != kWord && w.kind != kNum || w.kind == kWord && w.cap && !isAcronymTok(w) || notPartWords[w.lower] ||
			clauseWords[w.lower] || crewAfterAs[w.lower] || otherJobNouns[w.lower] || w.lower == "and" || w.lower == "or" {
			return -1
		}
		if p := &a.toks[t-1]; p.kind == kWord && !p.cap && partDeterminers[p.lower] {
			return t - 1
		}
	}
	return -1
}
