package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// isCraftByLine reports whether a capitalised line is a crew credit closed
// like a sentence: "Editing is by A B." or "Cinematography comes from A
// B." (a craft noun of craftJobs first, "is"/"was"/"comes"/"come", then
// "by"/"from"/"courtesy", and a full stop last). Headings end with no full
// stop, so the line is a sentence for craftBy to read, not a heading.
func isCraftByLine(toks []token) bool {
	n := len(toks)
	if n < 5 || toks[n-1].text != "." || toks[0].kind != kWord || craftJobs[toks[0].lower] == "" {
		return false
	}
	switch toks[1].lower {
	case "is", "was", "comes", "come":
	default:
		return false
	}
	switch toks[2].lower {
	case "by", "from", "courtesy":
		return true
	}
	return false
}

// crewParen reports whether "P (F)" (item i is P, item k the bracketed
// name) follows a crew job noun ("Cinematographer P (F) returns", "editor
// P (F)"): the brackets then hold P's earlier work, not a part, and P is
// typed a person. A bracketed name shaped like a person's ("writer C (P)",
// a character who writes, played by P) is left to the cast reading.
func (p *pctx) crewParen(i, k int) bool {
	if r, _ := p.crewNoun(i - 1); r == "" {
		return false
	}
	c, pm := p.mm(i), p.mm(k)
	if c.typ == kg.Character || pm.typ == kg.Person || pm.typ == kg.Character || !p.isPersonLike(i) {
		return false
	}
	if pm.words >= 2 && isGivenNameLower(firstWord(pm.text)) && !pm.quoted {
		return false
	}
	p.typ(i, kg.Person, 2)
	return true
}
