package loaders

import (
	"github.com/franchisekg/franchisekg/internal/kg"
)

// parallelAsCredits adds, once the patterns have run, the credits of the
// other "X as Y" pairs of a sentence that already holds a credit written
// "P as [describing words] C": a cast list's
// items share their shape, so "brings back Luke Reyes as agent Ty Frell and
// adds Zenna as Kai Moro" and "New to the cast: Ovela as Lina Park, and
// Tom Reyes as Detective Vantry" credit the one-word stage name too. X is of
// one to three words, typed by no cue or a person, not a pronoun nor
// after a number (a name cut short: "60 Grams") or a notActorLead word; Y is of
// one to three words, typed by no cue, weakly a person, or a character;
// "as" stands alone between them. The credit is in the model credit's
// production. X becomes a person and Y a character (strength 2). It
// returns nothing; claims and mentions change in place.
func (a *article) parallelAsCredits() {
	n := len(a.claims)
	last := int32(-1)
	for i := 0; i < n; i++ {
		c := a.claims[i]
		if c.rel != kg.ActedIn || c.sent == last || !c.subj.abs || c.subj.m < 0 || !c.char.abs || c.char.m < 0 {
			continue
		}
		p, ch := &a.ments[c.subj.m], &a.ments[c.char.m]
		if p.sent != c.sent || ch.sent != c.sent || ch.a <= p.b || a.toks[p.b].lower != "as" {
			continue
		}
		last = c.sent
		lo := a.firstMentionFrom(int(c.sent))
		for j := lo; j+1 < len(a.ments) && a.ments[j+1].sent == c.sent; j++ {
			x, y := &a.ments[j], &a.ments[j+1]
			if int32(j) == c.subj.m || !a.asBetween(x, y) || x.pronoun || x.words > 3 || y.pronoun || a.leadOfName(x) {
				continue
			}
			if !(weakOrNone(x) || x.typ == kg.Person) || !(weakOrNone(y) || y.typ == kg.Character && y.words <= 3) {
				continue
			}
			if a.creditedIn(int32(j), c.sent) {
				continue
			}
			x.setType(kg.Person, 2)
			if y.typ != kg.Character {
				y.typ, y.strength = kg.Character, 2
			}
			a.claims = append(a.claims, pclaim{rel: kg.ActedIn, subj: arg{m: int32(j), of: -1, abs: true}, obj: c.obj,
				char: arg{m: int32(j + 1), of: -1, abs: true}, sent: c.sent})
		}
	}
}

// notActorLead words before a name make it no actor's: a thing ruled or
// a place ("rules the Hegemony as Brother Ashe", "in Rome as ...").
var notActorLead = setOf("the", "a", "an", "of", "in", "on", "at", "from", "into", "to", "for")

// leadOfName reports whether the token before mention x, in its sentence,
// is a number (a name cut short: "60 Grams") or a notActorLead word.
func (a *article) leadOfName(x *mention) bool {
	t := int(x.a) - 1
	if t < a.sents[x.sent].a {
		return false
	}
	return a.toks[t].kind == kNum || notActorLead[a.toks[t].lower]
}

// asBetween reports whether "as" alone stands between mentions x and y.
func (a *article) asBetween(x, y *mention) bool {
	return int(x.b)+1 == int(y.a) && !y.the && a.toks[x.b].lower == "as"
}

// creditedIn reports whether mention mi is the actor of an ACTED_IN claim
// of sentence si.
func (a *article) creditedIn(mi, si int32) bool {
	for k := range a.claims {
		if c := &a.claims[k]; c.sent == si && c.rel == kg.ActedIn && c.subj.abs && c.subj.m == mi {
			return true
		}
	}
	return false
}

// listedCredits adds, once the patterns have run, the credit of the last
// name of a list of actors whose other names a pattern credited: "That
// film stars Matt Dorn, Tom Hale and Zenna" (a one-word stage name no cue
// typed). At least two credits of one sentence, in one production and
// with no part, have actors that follow one another in a list (listNext);
// the name right after the last of them, in the same list, is of one to
// three words, typed by no cue, not a country, and ends the list
// (listEnds). It becomes a person (strength 2) with the same credit.
func (a *article) listedCredits() {
	n := len(a.claims)
	for i := 0; i+1 < n; i++ {
		c, d := a.claims[i], a.claims[i+1]
		if c.rel != kg.ActedIn || d.rel != kg.ActedIn || c.sent != d.sent || c.obj != d.obj || c.char.m >= 0 || d.char.m >= 0 ||
			!c.subj.abs || !d.subj.abs || c.subj.m < 0 || d.subj.m != c.subj.m+1 || !a.listNext(&a.ments[c.subj.m], &a.ments[d.subj.m]) {
			continue
		}
		last := int(d.subj.m)
		for j := i + 2; j < n && a.claims[j].rel == kg.ActedIn && a.claims[j].sent == c.sent && a.claims[j].subj.abs && int(a.claims[j].subj.m) == last+1; j++ {
			last++ // a longer list
		}
		k := last + 1
		if k >= len(a.ments) || a.ments[k].sent != c.sent || !a.listNext(&a.ments[last], &a.ments[k]) {
			continue
		}
		m := &a.ments[k]
		s := &a.sents[m.sent]
		if m.typ != "" || m.words > 3 || m.quoted || m.the || m.digit || m.country || m.pronoun || !a.listEnds(s, int(m.b)) || a.creditedIn(int32(k), c.sent) {
			continue
		}
		m.setType(kg.Person, 2)
		a.claims = append(a.claims, pclaim{rel: kg.ActedIn, subj: arg{m: int32(k), of: -1, abs: true}, obj: c.obj, char: noArg, sent: c.sent})
	}
}

// listEnds reports whether token e of sentence s ends a list of names: the
// clause ends there (pairEnd), or "and" opens a new predicate, no name
// ("stars A, B and C and, like F, was shot ...").
func (a *article) listEnds(s *sentence, e int) bool {
	if a.pairEnd(s, e) {
		return true
	}
	return a.toks[e].lower == "and" && e+1 < s.b && !(a.toks[e+1].kind == kWord && a.toks[e+1].cap)
}
