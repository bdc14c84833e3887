package loaders

// Person lists with an appositive inside ("A, his longtime collaborator,
// and B") or a team named as one ("A and the team of B and C").

// teamWords name a group of writers or directors credited as one ("the
// team of A and B", "the writing duo of A and B").
var teamWords = setOf("team", "duo", "pair", "trio")

// teamOf returns the item after "the (writing) team of" at item k ("the
// team of B and C"), or k.
func (p *pctx) teamOf(k int) int {
	if p.w(k) != "the" || p.isM(k) {
		return k
	}
	j := k + 1
	if p.w(j) == "writing" || p.w(j) == "directing" || p.w(j) == "producing" {
		j++
	}
	if !p.in(j, teamWords) || p.w(j+1) != "of" || !p.isM(j+2) {
		return k
	}
	return j + 2
}

// appositiveLeads open a short description of a name inside a list ("A,
// his longtime collaborator, and B").
var appositiveLeads = setOf("his", "her", "their", "a", "an", "the")

// listAppositiveEnd returns, for ", <description>, and" at item j after a
// name of a list, the item of the "and" (the list goes on after it), or
// j. The description is at most six words, with no name, opening with a
// possessive or an article.
func (p *pctx) listAppositiveEnd(j int) int {
	if p.w(j) != "," || !p.in(j+1, appositiveLeads) || p.isM(j+1) {
		return j
	}
	for k := j + 2; k < len(p.it) && k < j+8; k++ {
		if p.isM(k) || !isWordLike(p.w(k)) && p.w(k) != "," {
			return j
		}
		if p.w(k) == "," {
			if p.w(k+1) == "and" && p.isM(k+2) && p.isPersonLike(k+2) {
				return k + 1
			}
			return j
		}
	}
	return j
}

// teamOfBefore returns, for "A and the (writing) team of" ending with
// "of" at item j, the item of A, or -1.
func (p *pctx) teamOfBefore(j int) int {
	if p.w(j) != "of" || !p.in(j-1, teamWords) {
		return -1
	}
	k := j - 2
	if p.w(k) == "writing" || p.w(k) == "directing" || p.w(k) == "producing" {
		k--
	}
	if p.w(k) != "the" || p.w(k-1) != "and" || !p.isM(k-2) || !p.isPersonLike(k-2) {
		return -1
	}
	return k - 2
}
