package loaders

// chartScreenNouns, after "to" and a number, count a release's venues
// ("expanded P's F to 1,200 theaters").
var chartScreenNouns = setOf("theaters", "theatres", "screens", "cinemas", "locations", "venues")

// chartClauseAfter reports whether the name at item c, right after a
// person's possessive, is the film of a chart line: "P's F was fourth
// with $11.1 million", "P's F, also from Warner Bros., held on to fifth
// with $5.8 million", "P's F was a studio release and took $288 million",
// "expanded P's F to 1,200 theaters". After the name (and an optional
// aside between commas) a box-office verb or "was" opens a clause that
// names a sum ("$") before it ends; or "to", a number and a screen noun
// follow the name. The possessor is then the film's star or maker, not
// the player of a part named F.
func (p *pctx) chartClauseAfter(c int) bool {
	k := c + 1
	if p.w(k) == "to" {
		w := p.w(k + 1)
		return w != "" && w[0] >= '0' && w[0] <= '9' && p.in(k+2, chartScreenNouns)
	}
	if p.w(k) == "," {
		e := k + 1
		for e < len(p.it) && e < k+8 && p.w(e) != "," && !p.fallbackBoundary(e) {
			e++
		}
		if p.w(e) != "," {
			return false
		}
		k = e + 1
	}
	if p.isM(k) || p.w(k) != "was" && !p.in(k, boxOfficeVerbs) && !p.in(k, grossVerbs) {
		return false
	}
	for j := k + 1; j < len(p.it) && j < k+12; j++ {
		switch p.w(j) {
		case "$":
			return true
		case ".", ";", "":
			return false
		}
	}
	return false
}
