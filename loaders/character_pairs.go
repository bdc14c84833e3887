package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// pairedAsParts types as a character, once the patterns have run, the
// second name of "as C and D" where C is the part of an actor's credit:
// "Daveed Diggs doubles as the Marquis de Lafayette and Thomas Jefferson,"
// and adds that the actor portrays D (the credit keeps its one part). D follows "and" right
// after C, is of one to three words, typed by no cue or weakly a person,
// names no person of the article, and ends the clause (pairEnd: not "as
// the sloth Sid and Denis Leary as ...") with no relative clause that
// casts it ("D, who plays ..."). C is led by "as" or "as the".
func (a *article) pairedAsParts() {
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		n := k + 1
		if m.typ != kg.Character || n >= len(a.ments) || a.ments[n].sent != m.sent || int(m.b)+1 != int(a.ments[n].a) || a.toks[m.b].lower != "and" {
			continue
		}
		b := int(m.a) - 1
		if b > s.a && a.toks[b].lower == "the" {
			b--
		}
		if b <= s.a || a.toks[b].lower != "as" {
			continue
		}
		d := &a.ments[n]
		if !weakOrNone(d) || d.pronoun || !a.pairEnd(s, int(d.b)) || a.castRelativeAfter(s, int(d.b)) || a.namesPerson(d) {
			continue
		}
		ci := -1
		for i := range a.claims {
			if c := &a.claims[i]; c.rel == kg.ActedIn && c.char.abs && int(c.char.m) == k && c.subj.abs && c.subj.m >= 0 {
				ci = i
				break
			}
		}
		if ci < 0 {
			continue
		}
		d.typ, d.strength = kg.Character, 2
		a.claims = append(a.claims, pclaim{rel: kg.Portrayed, subj: a.claims[ci].subj, obj: arg{m: int32(n), of: -1, abs: true}, sent: m.sent})
	}
}
