package loaders

// A cast statement's film, read forward from the statement ("P plays C in
// F"), stops at a coordinated clause with a predicate of its own: in "He
// played Chief Okolo in F, opposite P as C, and had a turn as a pastor in
// G", G is the pastor's film, not C's; in "In F he was C, and in G he turned
// up as D", G is D's. The old rule stopped only at ", and Q" with Q a person.

// coordClauseOn switches the rule (tests switch it off to check it matters).
var coordClauseOn = true

// coordClauseStart reports whether item i is the comma of ", and" or ",
// but" that opens a clause of its own: the next word is no name and no
// article ("and had a turn", "and in G he", "and she played"), where a
// list would go on with a name or a noun phrase.
func (p *pctx) coordClauseStart(i int) bool {
	if !coordClauseOn || p.w(i) != "," || p.w(i+1) != "and" && p.w(i+1) != "but" || p.isM(i+2) || i+2 >= len(p.it) {
		return false
	}
	w := p.w(i + 2)
	return isWordLike(w) && w != "the" && w != "a" && w != "an" && w != "as" && w != "his" && w != "her" && w != "their" && w != "its"
}
