package loaders

// openingTitleCue reports whether the words from item j mark the untyped
// name before them, opening a sentence with a cast statement, as a film: a
// relative clause with F its object or its cast ("F, which the Welks
// co-directed in 2017 with A as C", "F, which starred A as C"),
// a starring phrase ("F, starring A as C", also after a bracketed other
// title: "F (Its Other Title), starring A as C") or a bracketed year ("F
// (2009), Dana Welk's biopic, casts A as C").
func (p *pctx) openingTitleCue(j int) bool {
	if p.w(j) == "(" && !isYear(p.w(j+1)) {
		// "F (Its Other Title), starring A as C": a bracketed alternative
		// title, then the cue
		k := j + 1
		for k < len(p.it) && k < j+6 && p.w(k) != ")" && p.w(k) != "," {
			k++
		}
		if p.w(k) != ")" {
			return false
		}
		j = k + 1
	}
	if p.w(j) == "," && p.w(j+1) == "which" {
		// an object clause ("which the Welks co-directed", "which Welk
		// made") or a cast ("which starred A"), not a company's ("which is
		// releasing it")
		return p.isM(j+2) || p.in(j+2, determiners) || p.w(j+2) == "starred" || p.w(j+2) == "stars" || p.w(j+2) == "featured"
	}
	if p.w(j) == "," {
		return p.w(j+1) == "starring"
	}
	return p.w(j) == "(" && isYear(p.w(j+1)) && p.w(j+2) == ")"
}
