package loaders

// aliasAsOn switches aliasAs on (a test switches it off).
var aliasAsOn = true

// aliasVerbs, in "P, who records as C", make C another name P goes by (a
// stage, pen or online name), not a part P plays.
var aliasVerbs = setOf("records", "recorded", "posts", "posted", "raps", "rapped", "blogs", "blogged", "tweets",
	"streams", "streamed", "wrestles", "wrestled", "writes", "wrote", "publishes", "published", "djs")

// aliasAs reports whether the person at item i opens "P, who records as
// C" or "P, who posts online as C": a relative clause whose verb is an
// aliasVerbs word, then at most one adverb, then "as". Only string
// compares run unless ", who" follows the name.
func (p *pctx) aliasAs(i int) bool {
	if !aliasAsOn || p.w(i+1) != "," || p.w(i+2) != "who" || !aliasVerbs[p.w(i+3)] {
		return false
	}
	return p.w(i+4) == "as" || !p.isM(i+4) && isWordLike(p.w(i+4)) && p.w(i+5) == "as"
}
