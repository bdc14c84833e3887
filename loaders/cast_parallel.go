package loaders

import (
	"sort"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// parallelAsCredits adds, once the patterns have run, the credits of the
// other "X as Y" pairs of a sentence that already holds a credit written
// "P as [describing words] C": a cast list's
// items share their shape, so "brings back Luke Reyes as agent Ty Holt and
// adds Zenna as Kai Moro" and "New to the cast: Ovela as Lina Park, and
// Tom Reyes as Detective Kell" credit the one-word stage name too. X is of
// one to three words, typed by no cue or a person, not a pronoun nor
// after a number (a name cut short: "50 Cent") or a notActorLead word; Y is of
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
		lo := sort.Search(len(a.ments), func(j int) bool { return a.ments[j].sent >= c.sent })
		for j := lo; j+1 < len(a.ments) && a.ments[j+1].sent == c.sent; j++ {
			x, y := &a.ments[j], &a.ments[j+1]
			if int32(j) == c.subj.m || !a.asBetween(x, y) || x.pronoun || x.words > 3 || y.pronoun || a.toks[x.a-1].kind == kNum || notActorLead[a.toks[x.a-1].lower] {
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
// a place ("rules the Empire as Brother Day", "in Rome as ...").
var notActorLead = setOf("the", "a", "an", "of", "in", "on", "at", "from", "into", "to", "for")

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
