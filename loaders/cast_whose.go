package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// whoseParts claims the part named right after ", whose" behind an actor:
// "Jennifer Cole, whose Tanya Reed died at the end of season two" makes
// Tanya Reed a character Jennifer Cole played in the article's production.
// The actor is typed a person or is an untyped personal name opening with
// a given name; the part is untyped or weakly a person and opens with a
// given name (or a cue typed it a character), and is no owner ("whose
// X's"). It returns nothing; it types both and appends the claims.
func (a *article) whoseParts() {
	for k := 1; k < len(a.ments); k++ {
		c, p := &a.ments[k], &a.ments[k-1]
		b := int(c.a)
		if c.sent != p.sent || b-2 != int(p.b) || a.toks[b-1].lower != "whose" || a.toks[b-2].text != "," {
			continue
		}
		if e := int(c.b); e < len(a.toks) && a.toks[e].kind == kPoss {
			continue
		}
		actor := p.typ == kg.Person || p.typ == "" && p.personShaped() && isGivenName(lowerFirst(firstWord(p.text)))
		part := c.typ == kg.Character || weakOrNone(c) && c.personShaped() && isGivenName(lowerFirst(firstWord(c.text)))
		if !actor || !part {
			continue
		}
		p.setType(kg.Person, 3)
		if c.typ != kg.Character {
			c.typ, c.strength = kg.Character, 2
		}
		a.claims = append(a.claims, pclaim{rel: kg.ActedIn, subj: arg{m: int32(k - 1), of: -1, abs: true}, obj: anaArg(anaFilm),
			char: arg{m: int32(k), of: -1, abs: true}, sent: c.sent})
	}
}
