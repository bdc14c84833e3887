package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// commaKinPart returns the item of the part in "sister, Jo" at item n (a
// family or role tie, maybe after "his"/"her" or one describing word, a
// comma and a name closed by a comma, a full stop or the sentence's end),
// as the later parts of a paired list name them ("A and B round out the
// cast as Ezra's mother, Hetty, and sister, Jo"); else -1.
func (p *pctx) commaKinPart(n int) int {
	k := n
	if p.in(k, possessivePronouns) {
		k++
	}
	if !kinOrRoleWord(p.w(k)) && isWordLike(p.w(k)) && !p.isM(k) && !commonWords[p.w(k)] && kinOrRoleWord(p.w(k+1)) {
		k++ // "younger sister, Jo"
	}
	if !kinOrRoleWord(p.w(k)) || p.w(k+1) != "," || !p.isM(k+2) {
		return -1
	}
	c := k + 2
	if m := p.mm(c); m.quoted || !castableName(m) || m.typ != "" && m.typ != kg.Character {
		return -1
	}
	if e := p.w(c + 1); e != "," && e != "." && e != "" && e != ";" {
		return -1
	}
	return c
}

// twinNouns before a pair of parts say that one actor plays both.
var twinNouns = setOf("twins", "twin")

// twinParts reports whether the part at item c opens a pair one actor
// plays: "twins"/"the twins" right before it ("doubles as twins C and
// D", "plays the twins C and D"), or a verb of doubling before it
// ("doubles as C and D").
func (p *pctx) twinParts(c int) bool {
	if p.w(c+1) != "and" {
		return false
	}
	if p.in(c-1, twinNouns) || p.w(c-1) == "," && p.in(c-2, twinNouns) {
		return true
	}
	return p.w(c-1) == "as" && p.in(c-2, doublingVerbs)
}

// doublingVerbs say that one actor plays two parts ("P doubles as C and D").
var doublingVerbs = setOf("doubles", "doubled", "doubling")
