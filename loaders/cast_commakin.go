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

// partAppositiveEnd returns the item of the comma that closes an
// appositive describing a part in a paired list ("as C, the former leader
// of the town, and D"): item k a comma, "the"/"a"/"an", up to ten plain
// words and no name, and a comma with "and" and a name after it. Else -1.
func (p *pctx) partAppositiveEnd(k int) int {
	if p.w(k) != "," || !p.in(k+1, setRelations_0) {
		return -1
	}
	for e := k + 2; e < len(p.it) && e < k+13; e++ {
		if p.isM(e) {
			return -1
		}
		if p.w(e) == "," {
			if e > k+2 && p.w(e+1) == "and" && p.isM(e+2) {
				return e
			}
			return -1
		}
		if !isWordLike(p.w(e)) && p.w(e) != "'s" && p.w(e) != "-" {
			return -1
		}
	}
	return -1
}

// pairedPartAfter returns the item of D in a cast list's "A and B as C and
// D" (people and chars as castListAt reads them, item c the part C just
// read for B): A directly before "and B" with no part of its own, and
// after C "and" and a castable name that no "as" or owner's "'s" follows
// and that closes the list. Else -1.
func (p *pctx) pairedPartAfter(people, chars []int, c int) int {
	n := len(people)
	if n < 2 || chars[n-2] >= 0 || people[n-2] != people[n-1]-2 || p.w(people[n-1]-1) != "and" {
		return -1
	}
	d := c + 2
	if p.w(c+1) != "and" || !p.isM(d) || p.w(d+1) == "as" || p.w(d+1) == "'s" || !p.in(d+1, castListGlue) {
		return -1
	}
	if m := p.mm(d); m.quoted || !castableName(m) || m.typ != "" && m.typ != kg.Character || p.priorType(d) == kg.Person {
		return -1
	}
	return d
}

// pairedPartSkip returns the item after D when a list of names read up to
// item j (out, the names so far) stands at "and D" of "A and B as C and
// D" (A and B joined directly, C read after "as"), else j: D is B's part,
// not a third name of the list.
func (p *pctx) pairedPartSkip(out []int, j int) int {
	n := len(out)
	if n < 2 || out[n-2] != out[n-1]-2 || p.w(out[n-1]-1) != "and" || p.w(j) != "and" || !p.isM(j+1) {
		return j
	}
	d := j + 1
	if p.w(d+1) == "as" || p.w(d+1) == "'s" || !p.in(d+1, castListGlue) {
		return j
	}
	if m := p.mm(d); m.quoted || !castableName(m) || m.typ != "" && m.typ != kg.Character || p.priorType(d) == kg.Person {
		return j
	}
	return d + 1
}
