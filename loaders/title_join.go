package loaders

// repeatJoiners are the small lower-case words a title keeps inside that
// the capitalised-run reader stops at ("Ferry to Incheon", "Lost in
// Tokyo"); "and", "or" and "of" are left out (lists, and runs the reader
// already reads).
var repeatJoiners = setOf("to", "in", "for", "on", "at", "with", "from", "under", "into", "beyond", "beneath", "the", "a")

// routeWords before a name make "X to Y" a route or a span, not a title
// ("from Seoul to Busan", "between London and Paris").
var routeWords = setOf("from", "between", "in", "at", "to", "via", "near")

// smallWordPair reports whether mentions l and r (next to each other in
// the mention list) could be the two halves of one title split at one or
// two small title words ("Ferry" "to" "Incheon"): one sentence, neither
// quoted, a colon name or a short form, r not led by "the", at most three
// words each.
func (a *article) smallWordPair(l, r *mention) bool {
	if l.sent != r.sent || l.quoted || r.quoted || l.colon || r.colon || l.short || r.short || r.the || l.words > 3 || r.words > 3 {
		return false
	}
	gap := int(r.a - l.b)
	return gap >= 1 && gap <= 2 && a.smallGap(int(l.b), int(r.a))
}

// joinRepeatedTitles merges two mentions of one sentence joined by one or
// two small title words ("Ferry" "to" "Incheon") when the article writes the
// same words, in the same case, at least twice: a title with a small word
// inside, named again, not two names that met once. A route ("from A to
// B"), a list ("A and B"), personal names led by a given name and quoted
// or colon names are left alone. The merged mention reads as a title
// (titleWords) and its type is left to the typing steps.
func (a *article) joinRepeatedTitles() {
	for k := 0; k+1 < len(a.ments); k++ {
		l, r := &a.ments[k], &a.ments[k+1]
		if !a.smallWordPair(l, r) {
			continue
		}
		la, ok := a.titleJoinStart(l)
		if !ok {
			continue
		}
		if l.personShaped() && givenFirst(l.text) || r.personShaped() && givenFirst(r.text) {
			continue
		}
		if !a.spanRepeated(la, int(r.b)) {
			continue
		}
		a.joinWithNext(k, int(l.sent), la, int(r.b))
	}
}

// titleJoinStart returns the first token of a title that starts with
// mention l (its "the" included), and false when a route word stands
// before it ("the A1 to B"), where no title joins.
func (a *article) titleJoinStart(l *mention) (int, bool) {
	la := int(l.a)
	if l.the || l.theOpen {
		la--
	}
	return la, !(la-1 >= a.sents[l.sent].a && routeWords[a.toks[la-1].lower])
}

// joinWithNext replaces mentions k and k+1 with one mention of title
// words spanning tokens [la, rb) of sentence si, and returns it.
func (a *article) joinWithNext(k, si, la, rb int) *mention {
	n := len(a.ments)
	a.addMention(si, la, rb, false)
	merged := a.ments[n]
	a.ments = a.ments[:n]
	merged.titleWords = true
	a.ments[k] = merged
	a.ments = append(a.ments[:k+1], a.ments[k+2:]...)
	return &a.ments[k]
}

// smallGap reports whether tokens [i, j) are lower-case repeatJoiners.
func (a *article) smallGap(i, j int) bool {
	for x := i; x < j; x++ {
		if t := &a.toks[x]; t.kind != kWord || t.cap || !tokIn(t, repeatJoiners) {
			return false
		}
	}
	return true
}

// spanRepeated reports whether the tokens [i, j) appear again, with the
// same case, in another sentence of the article, not after a route word
// and not before a capitalised word (a longer name), unless that
// sentence is a title-case headline, where every word is capitalised.
func (a *article) spanRepeated(i, j int) bool {
	n := j - i
	first := a.toks[i].text
	for x := a.sents[0].a; x+n <= len(a.toks); x++ {
		if x == i || a.toks[x].text != first {
			continue
		}
		same := true
		for y := 1; y < n && same; y++ {
			same = a.toks[x+y].text == a.toks[i+y].text
		}
		if same && (x == 0 || !routeWords[a.toks[x-1].lower]) && (x+n >= len(a.toks) || !a.toks[x+n].cap || a.inTitleCaseHeadline(x)) {
			return true
		}
	}
	return false
}

// joinCommaTitles merges two mentions of one sentence joined by a comma
// alone ("Hey" "," "Tilly") when the article writes the same pair so at
// least twice and no list goes on after them: a title with a comma inside
// ("Love, Harbor", "Hello, Marlow"), named again, not two names listed
// once. The first part must be one or two words and no given name (a list
// of people), neither part a place ("Dayton, Ohio"), quoted or a colon
// name. The merged mention reads as a title (titleWords); its type is
// left to the typing steps. Two passes over the mentions: pairs are
// counted, then merged.
func (a *article) joinCommaTitles() {
	var count map[string]int
	for k := 0; k+1 < len(a.ments); k++ {
		if a.commaPair(k) {
			if count == nil {
				count = map[string]int{}
			}
			count[a.ments[k].text+"\x00"+a.ments[k+1].text]++
		}
	}
	if count == nil {
		return
	}
	for k := 0; k+1 < len(a.ments); k++ {
		l, r := &a.ments[k], &a.ments[k+1]
		if count[l.text+"\x00"+r.text] < 2 || !a.commaPair(k) {
			continue
		}
		n := len(a.ments)
		a.addMention(int(l.sent), int(l.a), int(r.b), false)
		merged := a.ments[n]
		a.ments = a.ments[:n]
		merged.titleWords = true
		a.ments[k] = merged
		a.ments = append(a.ments[:k+1], a.ments[k+2:]...)
	}
}

// commaPair reports whether mentions k and k+1 may be the two parts of a
// title with a comma inside (joinCommaTitles): one sentence, only a comma
// between them, the first of one or two words and no given name, neither
// a place, quoted, a colon name, led by "the" or a short form, and no
// list going on after them ("A, B, and C", "A, B, C", "A, B and C").
func (a *article) commaPair(k int) bool {
	toks := a.toks
	l, r := &a.ments[k], &a.ments[k+1]
	if l.sent != r.sent || r.a != l.b+1 || toks[l.b].text != "," || l.words > 2 || r.words > 2 ||
		l.quoted || r.quoted || l.colon || r.colon || l.the || r.the || l.short || r.short {
		return false
	}
	if givenFirst(l.text) || isPlaceName(l) || isPlaceName(r) {
		return false
	}
	e := int(r.b)
	if e+1 < a.sents[r.sent].b && toks[e].text == "," && (toks[e+1].lower == "and" || toks[e+1].lower == "or" || toks[e+1].cap) {
		return false
	}
	return !(e < len(toks) && (toks[e].lower == "and" || toks[e].lower == "or"))
}

// inTitleCaseHeadline reports whether token x lies in the article's first
// sentence and that sentence is written in title case.
func (a *article) inTitleCaseHeadline(x int) bool {
	return len(a.sents) > 0 && a.sents[0].titleCase && x >= a.sents[0].a && x < a.sents[0].b
}
