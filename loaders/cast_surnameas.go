package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// surnameOfNamedPerson reports whether the one-word mention at item i,
// before the "as" at item j, is the last word of an earlier name of two to
// four words of the article, personal in shape and typed a person or
// nothing yet ("Darby" after "we thank Rhys Darby"), so that "starred
// Darby as C" reads as a credit as it does when the surname is met first.
// A name, "the" or a described name ("a new character, C") must follow
// "as" ("frames Sonja as a wanderer" names no part); a name typed a character is no evidence ("Gantry" after the
// character "Walter Gantry"), nor is a surname after a tie to another
// person ("Barton cast his collaborator Dapp as C", which other rules
// read).
func (p *pctx) surnameOfNamedPerson(i, j int) bool {
	m := p.mm(i)
	if m == nil || m.words != 1 || m.key == "" || p.wIn(i-1, realRelationNouns) || !p.isM(j+1) && p.w(j+1) != "the" && !p.describedNameAfter(j+1) {
		return false
	}
	mi := p.mi(i)
	for k := mi - 1; k >= 0 && k >= mi-400; k-- {
		o := &p.a.ments[k]
		if (o.typ == "" || o.typ == kg.Person) && o.words >= 2 && o.words <= 4 && !o.quoted && o.personShaped() && lastKeyWord(o.key) == m.key {
			return true
		}
	}
	return false
}

// describedNameAfter reports whether "a" or "an" at item k, one to three
// lower-case words, a comma and a name follow ("a new character, Reg
// Vane").
func (p *pctx) describedNameAfter(k int) bool {
	if p.w(k) != "a" && p.w(k) != "an" {
		return false
	}
	for n := k + 1; n < len(p.it) && n <= k+4; n++ {
		if p.w(n) == "," {
			return n > k+1 && p.isM(n+1)
		}
		if p.isM(n) || !isWordLike(p.w(n)) {
			return false
		}
	}
	return false
}
