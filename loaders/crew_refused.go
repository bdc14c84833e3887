package loaders

// refusalAdverbs may stand between a name and a refusal ("famously
// turned down", "initially passed on").
var refusalAdverbs = setOf("famously", "initially", "originally", "first", "reportedly", "previously", "nearly", "almost")

// refusedPart reports whether the person at item i is said to have
// refused or missed a part: the name, maybe ", who" and auxiliaries, then
// "passed on", "turned down", "declined", "rejected", "refused", "lost
// out on" or "missed out on" ("P passed on the role of
// C", "P, who turned down the part of C"). Such a person plays no one.
func (p *pctx) refusedPart(i int) bool {
	j := i + 1
	if p.w(j) == "," && p.w(j+1) == "who" {
		j += 2
	}
	for n := 0; n < 4 && !p.isM(j) && (p.in(j, auxWords) || p.in(j, refusalAdverbs)); n++ {
		j++
	}
	if p.isM(j) {
		return false
	}
	switch p.w(j) {
	case "declined", "rejected", "refused":
		return p.w(j+1) == "the" || p.w(j+1) == "a"
	case "passed":
		return p.w(j+1) == "on"
	case "turned":
		return p.w(j+1) == "down"
	case "lost", "missed":
		return p.w(j+1) == "out" && p.w(j+2) == "on"
	}
	return false
}
