package loaders

// byFillerAdverbs may stand alone between a credit participle and its
// "by" ("produced jointly by X", "directed again by P").
var byFillerAdverbs = setOf("again", "instead", "throughout", "jointly", "largely", "partly", "mostly", "entirely",
	"mainly", "solely", "primarily", "principally", "chiefly", "wholly")

// byFillerEnd returns the item after an adverbial filler that starts at
// item k and may stand between a credit participle and its "by": one of
// byFillerAdverbs, "once again", "in part", "in large part", "for the
// most part", "this season", "this time". It returns k when none starts
// there.
func (p *pctx) byFillerEnd(k int) int {
	switch {
	case p.in(k, byFillerAdverbs) && !p.isM(k):
		return k + 1
	case p.is(k, "once", "again"), p.is(k, "in", "part"), p.is(k, "this", "season"), p.is(k, "this", "time"):
		return k + 2
	case p.is(k, "in", "large", "part"):
		return k + 3
	case p.is(k, "for", "the", "most", "part"):
		return k + 4
	}
	return k
}
