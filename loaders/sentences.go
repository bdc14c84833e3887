package loaders

// sentence is a span of tokens [a, b) with its byte offsets in the original
// text.
type sentence struct {
	a, b       int
	start, end int
	titleCase  bool // a headline or heading: every word capitalised
	forced     bool // cut because it grew too long
}

// maxSentenceTokens bounds a sentence; longer runs (a 1 MB line with no full
// stop) are cut into pieces of this many tokens.
const maxSentenceTokens = 200

// abbreviations are words that a full stop does not end a sentence after.
var abbreviations = setOf("mr", "mrs", "ms", "dr", "jr", "sr", "st", "dir", "prof", "gen", "gov", "sen",
	"rep", "vs", "v", "etc", "inc", "ltd", "co", "corp", "no", "nos", "vol", "approx", "ca", "feat", "ft",
	"mt", "lt", "col", "capt", "sgt", "rev", "hon", "est", "dept", "univ", "jan", "feb", "mar", "apr",
	"jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "fig", "al", "aka", "pt", "ep", "eps", "seq", "bros",
	"mme", "mlle", "messrs", "gov", "pres", "supt", "ave", "blvd", "rd", "op", "cf", "maj", "cpl", "pvt", "adm",
	"cmdr", "cdr", "brig", "det", "insp")

// splitSentences splits toks into sentences.
func splitSentences(text string, toks []token, buf []sentence) []sentence {
	if len(toks) == 0 {
		return buf
	}
	a := 0
	lineStart := int(toks[0].start)
	emit := func(b int, forced bool) {
		if b <= a {
			return
		}
		s := sentence{a: a, b: b, start: int(toks[a].start), end: int(toks[b-1].end), forced: forced}
		s.titleCase = isTitleCase(toks[a:b])
		buf = append(buf, s)
		a = b
	}
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if i > a && t.nl > 0 {
			// a line break before token i
			prev := &toks[i-1]
			lineLen := int(prev.end) - lineStart
			if t.nl >= 2 || !(lineLen >= 60 && !isFinal(prev) && t.kind == kWord && !t.cap) {
				emit(i, false)
			}
			lineStart = int(t.start)
		} else if t.nl > 0 {
			lineStart = int(t.start)
		}
		if i-a >= maxSentenceTokens {
			emit(i, true)
		}
		if !isFinal(t) {
			continue
		}
		if k := i - 1; k >= 0 && toks[k].end == t.start && (toks[k].text == "(" || toks[k].text == "." && k > 0 && toks[k-1].end == toks[k].start &&
			(toks[k-1].text == "(" || k > 1 && toks[k-1].text == "." && toks[k-2].text == "(")) {
			continue // "Summer Tide (...Or, How We Got Here)": an ellipsis opening a bracket ends nothing
		}
		// absorb closing quotes and brackets glued to the stop
		j := i + 1
		for j < len(toks) && !toks[j].space && (toks[j].kind == kQuote && !toks[j].open || toks[j].kind == kPunct && (toks[j].text == ")" || toks[j].text == "]") || isFinal(&toks[j])) {
			j++
		}
		if j >= len(toks) {
			emit(len(toks), false)
			return buf
		}
		next := &toks[j]
		if next.nl > 0 {
			emit(j, false)
			i = j - 1
			continue
		}
		if !next.space && next.kind == kWord && !next.cap {
			continue // "e.g.x", "3.5"
		}
		if t.text == "." && i > 0 && toks[i-1].kind == kWord && toks[i-1].end == t.start {
			w := toks[i-1].lower
			if abbreviations[w] && !nameSuffixEnd(w, next) && !companySuffixEnd(w, toks, j) || (len(toks[i-1].text) == 1 && toks[i-1].cap) {
				continue
			}
		}
		if t.text == "!" && j == i+1 && bangInTitle(toks, i) {
			continue // "Mamma Lu! Here We Sing Again", "Boom! Studios": the title goes on
		}
		if (t.text == "!" || t.text == "?") && j == i+1 && markBeforeYear(toks, i) {
			continue // "Run, Rabbit, Run! (1971)": a title's mark, then its year
		}
		if next.kind == kWord && next.cap || next.kind == kQuote && next.open || next.kind == kNum ||
			next.kind == kPunct && (next.text == "(" || next.text == "[") || next.kind == kDash {
			emit(j, false)
			i = j - 1
		}
	}
	emit(len(toks), false)
	return buf
}

// bangInTitle reports whether the exclamation mark at token i, glued to
// a capitalised word, belongs to a title or a company's name that goes on
// after it with a capitalised word: a company noun ("Boom! Studios"),
// three capitalised words ("Mamma Lu! Here We Sing Again") or two before
// a comma or a bracket ("Mind Her Shop! The Movie, the sequel").
func bangInTitle(toks []token, i int) bool {
	if i == 0 || i+1 >= len(toks) || toks[i-1].kind != kWord || !toks[i-1].cap || toks[i-1].end != toks[i].start || toks[i+1].nl > 0 {
		return false
	}
	if n := &toks[i+1]; n.kind == kWord && n.cap && realOrgWords[n.lower] {
		return true
	}
	k := i + 1
	for k < len(toks) && k <= i+3 && toks[k].kind == kWord && toks[k].cap && toks[k].nl == 0 {
		k++
	}
	if k > i+3 {
		return true
	}
	// "Mind Her Shop! The Movie, the sequel ...": two capitalised words,
	// no given name first, then a comma or a bracket (not "Three Hildas!
	// Nell Tarvin played ...": a new sentence)
	return k == i+3 && k < len(toks) && toks[k].nl == 0 && !isGivenName(toks[i+1].lower) &&
		(toks[k].text == "," || toks[k].text == "(")
}

// markBeforeYear reports whether the exclamation or question mark at
// token i, glued to a capitalised word, is followed on its line by a
// bracketed year ("Run, Rabbit, Run! (1971)", "Where To, Mister? (1968)"): the
// end of a title, not of a sentence.
func markBeforeYear(toks []token, i int) bool {
	return i > 0 && i+3 < len(toks) && toks[i-1].kind == kWord && toks[i-1].cap && toks[i-1].end == toks[i].start &&
		toks[i+1].nl == 0 && toks[i+1].text == "(" && isYear(toks[i+2].text) && toks[i+3].text == ")"
}

// nameSuffixEnd reports whether the full stop of a name suffix w ("jr",
// "sr") also ends the sentence: the next word is a capitalised function
// word that opens a new sentence ("... stars Robert Quayle Jr. The film
// ..."), not the continuation of a name.
func nameSuffixEnd(w string, next *token) bool {
	return (w == "jr" || w == "sr") && next.kind == kWord && next.cap && next.space && commonWords[next.lower]
}

// isFinal reports whether t ends a sentence (. ! ? …).
func isFinal(t *token) bool {
	if t.kind != kPunct {
		return false
	}
	switch t.text {
	case ".", "!", "?", "\u2026", "\u203d":
		return true
	}
	return false
}

// isTitleCase reports whether a sentence is a headline or heading: at least
// two capitalised words and no lower-case word but short function words.
func isTitleCase(toks []token) bool {
	caps, words := 0, 0
	// "Cast: A (C), B (D)": a credits list, not a heading
	if len(toks) > 3 && toks[0].kind == kWord && toks[1].text == ":" && listLabels[toks[0].lower] {
		for i := range toks {
			if toks[i].text == "(" || toks[i].text == "," {
				return false
			}
		}
	}
	if isBulletCastLine(toks) || isCastPairLine(toks) || isCraftByLine(toks) || nameAnswerLine(toks) {
		return false
	}
	for i := range toks {
		t := &toks[i]
		if t.kind != kWord {
			continue
		}
		words++
		if t.cap {
			caps++
			continue
		}
		if !tokIn(t, titleFunctionWords) {
			return false
		}
	}
	return caps >= 2 && words <= 24
}

// isCastPairLine reports whether a capitalised line is a cast list closed
// like a sentence: "A as C, B as D." or "And A as C?" or "A is C." ("is"
// in lower case and a full stop last), a full stop or a question mark last
// and "as" between two capitalised words (or "the" and one). Headings end
// with no full stop, so the line is a sentence.
func isCastPairLine(toks []token) bool {
	n := len(toks)
	if n < 4 || toks[n-1].text != "." && toks[n-1].text != "?" {
		return false
	}
	for i := 1; i < n-2; i++ {
		t := &toks[i]
		if t.kind != kWord || t.lower != "as" && (t.text != "is" || toks[n-1].text != ".") || toks[i-1].kind != kWord || !toks[i-1].cap {
			continue
		}
		if nx := &toks[i+1]; nx.kind == kWord && (nx.cap || nx.lower == "the" && toks[i+2].cap) {
			return true
		}
	}
	return false
}

// isBulletCastLine reports whether a line is a list item of a cast list,
// "- A as C" or "• A as C": a bullet first and "as" among its words. Such a
// line is capitalised like a heading but holds a credit, so it is read as a
// sentence.
func isBulletCastLine(toks []token) bool {
	if len(toks) < 4 {
		return false
	}
	if toks[0].kind != kDash && (toks[0].kind != kPunct || toks[0].text != "\u2022" && toks[0].text != "*") {
		return false
	}
	for i := 2; i < len(toks)-1; i++ {
		if toks[i].kind == kWord && toks[i].lower == "as" {
			return true
		}
	}
	return false
}

var titleFunctionWords = setOf("a", "an", "the", "of", "and", "or", "to", "in", "on", "at", "for", "by",
	"with", "from", "vs", "x", "versus", "de", "la", "le", "da", "van", "von", "der", "del", "is", "as", "but", "nor")
