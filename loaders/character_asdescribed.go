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
		if e := int(m.b); e < s.b && !(a.toks[e].kind == kPunct && a.toks[e].text != "'s" || describedPartEnds[a.toks[e].lower]) {
			continue // "as the young Army officer": a modifier
		}
		if demonym(foldKey(m.text)) || moreDemonyms[foldKey(m.text)] {
			continue
		}
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
		if d-1 <= s.a || a.toks[d-1].lower != "as" || a.namedAsBefore(s, d) {
			continue
		}
		as := d - 1
		if w := a.toks[as-1].lower; namingWords[w] || w == "such" {
			continue
		}
		p := -1
		for j := k - 1; j >= 0 && a.ments[j].sent == m.sent; j-- {
			o := &a.ments[j]
			if int(o.b) > as {
				continue
			}
			if as-int(o.b) <= 12 && o.typ == kg.Person && !o.pronoun && !a.semicolonBetween(int(o.b), as) &&
				(int(o.b) == as || a.castClauseBefore(int(o.b), as)) {
				p = j
			}
			break
		}
		if p < 0 || a.namesPerson(m) || a.strongPersonName(m) {
			continue
		}
		m.typ, m.strength = kg.Character, 2
	}
}
