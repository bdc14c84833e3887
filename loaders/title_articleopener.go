package loaders

// articleOpeners are the capitalised function words a title may open with
// before "a" or "an" ("Like a Gull", "Once Upon a Lantern" after
// "Upon", "Just a Kiss", "Not a Drill").
var articleOpeners = setOf("like", "upon", "once", "just", "not", "only", "never", "always", "without", "after", "before",
	"beyond", "into", "under", "for", "from", "as", "about", "all", "such", "what", "how", "when", "where", "why")

// articleAfterOpener reports whether the capitalised function word at
// token i (or "Once Upon" from i) is followed by a lower-case "a" or "an"
// and a capitalised word no lexicon holds as a function word, on one
// line: the opening of a title ("Like a Gull", "Once Upon a Lantern").
func articleAfterOpener(toks []token, s *sentence, i int) bool {
	t := &toks[i]
	if t.kind != kWord || !t.cap || t.allCaps || !tokIn(t, articleOpeners) {
		return false
	}
	k := i + 1
	if k+1 < s.b && toks[k].kind == kWord && toks[k].cap && toks[k].lower == "upon" && toks[k].nl == 0 {
		k++ // "Once Upon a ..."
	}
	if k+1 >= s.b {
		return false
	}
	art, n := &toks[k], &toks[k+1]
	return art.kind == kWord && !art.cap && (art.lower == "a" || art.lower == "an") && art.nl == 0 &&
		n.kind == kWord && n.cap && n.nl == 0 && !tokIn(n, commonWords) && !tokIn(n, monthKeys) && !tokIn(n, weekdays)
}
