package loaders

// bothTheSecond returns the item of the second part of "P plays both C
// and the D" (item v is the acting verb) when that part is named with
// "the" ("plays both Tobin and the Ghost"), or -1.
func (p *pctx) bothTheSecond(v int) int {
	if p.is(v+1, "both") && p.isM(v+2) && p.is(v+3, "and") && p.is(v+4, "the") && p.isM(v+5) {
		return v + 5
	}
	return -1
}
