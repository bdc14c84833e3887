package loaders

// joinAndTitles merges two mentions of one sentence joined by a lower-case
// "and" ("Salt" "and" "Ember") into one title when a work cue shows the
// pair is one name: a year in brackets or a word for the people of a work
// right after it ("Salt and Ember (2004)", "the Salt and Ember star"), or
// an owner's possessive right before it ("Tam Wells's Salt and Ember",
// "Starz's Salt and Ember"). The first part is one word; the second one to
// three words. A pair is left alone as a list when either part opens with
// a given name, is a platform, studio or company word, is quoted, a colon
// name or in capitals, or when either part is named alone elsewhere in
// the article ("Wells's Gale and Ember", "Ember" named again). The merged
// mention reads as a title (titleWords); its type is left to the typing
// steps.
func (a *article) joinAndTitles() {
	var alone map[string]int // one-part names of the article, built at the first candidate
	for k := 0; k+1 < len(a.ments); k++ {
		if !a.andPair(k) {
			continue
		}
		if alone == nil {
			alone = map[string]int{}
			for i := range a.ments {
				alone[a.ments[i].key]++
			}
		}
		l, r := &a.ments[k], &a.ments[k+1]
		if alone[l.key] > 1 || alone[r.key] > 1 {
			continue
		}
		a.joinWithNext(k, int(l.sent), int(l.a), int(r.b))
	}
}

// andPair reports whether mentions k and k+1 are the two parts of a title
// joined by "and" under a work cue (see joinAndTitles).
func (a *article) andPair(k int) bool {
	l, r := &a.ments[k], &a.ments[k+1]
	if l.sent != r.sent || r.a != l.b+1 || l.words != 1 || r.words > 3 || l.b-l.a != 1 {
		return false
	}
	toks := a.toks
	if and := &toks[l.b]; and.kind != kWord || and.cap || and.lower != "and" {
		return false
	}
	for _, m := range [2]*mention{l, r} {
		if m.quoted || m.colon || m.short || m.allCaps || m.the || m.theOpen || m.country || givenFirst(m.text) ||
			platformNames[m.key] || studioNames[m.key] || tokIn(&toks[m.a], realOrgWords) || tokIn(&toks[m.b-1], realOrgWords) || tokIn(&toks[m.a], commonWords) {
			return false
		}
	}
	s := &a.sents[l.sent]
	if workCueAfter(toks, s, int(r.b)) {
		return true
	}
	p := int(l.a) - 1
	return p-1 >= s.a && toks[p].kind == kPoss && toks[p-1].kind == kWord && toks[p-1].cap
}
