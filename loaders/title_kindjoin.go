package loaders

// kindJoinNouns name the kind of one production; said in lower case just
// before a capitalised run ("the family comedy X", "the series X") they
// announce a single title.
var kindJoinNouns = setOf("comedy", "documentary", "musical", "romance", "telenovela", "teleserye", "cartoon")

// kindTitleJoiners are the small words a title may hold between its
// capitalised words ("Hotel for Pets", "Walking with Ghosts"). "in",
// "at", "on" and "from" are left out: after a title they more often
// name a place, a date or a company ("the film X in Lisbon").
var kindTitleJoiners = setOf("and", "with", "of", "for", "to")

// kindTitleJoin returns the end of a title that a singular kind noun in
// lower case announces ("the family comedy Dancing with Embers", "the
// series Home for Winter", "the drama Women of a Certain Place"), where
// the capitalised run from i stops at the small word at j: the title
// goes on over the small word, an optional article and the capitalised
// words after it. It returns j when the run is not so announced, when the
// words after the small word are a person ("with Perrin Vasquez", or
// any two capitalised words after "and" or "with"), a
// company ("for Netflix"), a demonym or a possessive owner ("and
// Fenwick's"), and when the run holds a small word already.
func (a *article) kindTitleJoin(s *sentence, i, j int, capWord func(int) bool) int {
	toks := a.toks
	t := &toks[j]
	if t.kind != kWord || t.cap || !tokIn(t, kindTitleJoiners) || i <= s.a || j+1 >= s.b {
		return j
	}
	kn := &toks[i-1]
	if toks[i].allCaps {
		return j // "the series VII and VIII": numerals in capitals are a list
	}
	if kn.kind != kWord || kn.cap || !(tokIn(kn, filmNouns) || tokIn(kn, seriesNouns) || tokIn(kn, kindJoinNouns)) {
		return j
	}
	for k := i; k < j; k++ {
		if !capWord(k) && toks[k].kind != kNum {
			return j // one small word only
		}
	}
	k := j + 1
	if toks[k].kind == kWord && !toks[k].cap && (toks[k].lower == "a" || toks[k].lower == "an" || toks[k].lower == "the") {
		k++
	}
	if !capWord(k) {
		return j
	}
	w := toks[k].lower
	if isGivenName(w) || tokIn(&toks[k], realOrgWords) || platformNames[w] || studioNames[w] || demonym(w) || tokIn(&toks[k], weekdays) {
		return j
	}
	e := k + 1
	for e < s.b && capWord(e) {
		e++
	}
	if e < s.b && toks[e].kind == kPoss {
		return j // "the film X and Rowan's Y": an owner opens the next name
	}
	if e-k >= 2 && (platformNames[toks[k].lower+" "+toks[k+1].lower] || tokIn(&toks[e-1], realOrgWords)) {
		return j
	}
	if (t.lower == "and" || t.lower == "with") && e-k > 1 {
		return j // "the drama X with Corin Alvarez": a name after "and" or "with" is a person's
	}
	if t.lower == "for" && !(e < s.b && (toks[e].text == "(" || toks[e].text == ",")) {
		return j // "the series X for Max.": made for a channel
	}
	return e
}
