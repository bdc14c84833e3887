package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// joinCuedPossessives merges a one-word name, its possessive and the next
// name of one to three words ("Pellinore" "'s" "Crossing") into one title
// when a production noun names it: just before it ("the rural noir
// Tolworth's Ferry", "the sequel, Wexmoor's End") or in an appositive
// right after it ("Wexmoor's End, the 2016 sequel"). A platform, a studio, a name
// in capitals, a given name or a surname of a person named earlier
// ("the film Lenz's Nightfall") is an owner, not part of the title,
// and is left alone, unless the article names it as a part someone plays
// ("playing Lenz": partWord, title_posspart.go); the merged mention is typed a film.
func (a *article) joinCuedPossessives() {
	toks := a.toks
	for k := 0; k+1 < len(a.ments); k++ {
		l, r := &a.ments[k], &a.ments[k+1]
		if l.sent != r.sent || r.a != l.b+1 || toks[l.b].kind != kPoss || l.words != 1 || r.words > 3 ||
			l.quoted || r.quoted || l.colon || r.colon || l.the || l.theOpen || r.the || l.allCaps || l.short {
			continue
		}
		s := &a.sents[l.sent]
		la := int(l.a)
		cued := cueNounBefore(toks, s, la) || la-1 > s.a && toks[la-1].text == "," && cueNounBefore(toks, s, la-1) ||
			cueAppositiveAfter(toks, s, int(r.b))
		if !cued || platformNames[l.key] || studioNames[l.key] || weekdays[toks[r.a].lower] || months[toks[r.a].lower] != 0 ||
			holidayWords[toks[r.a].lower] || tokIn(&toks[r.a], productionNouns3) || (isGivenName(l.key) || a.surnameBefore(k, l.key)) && !a.partWord(l.key) {
			continue
		}
		a.joinWithNext(k, int(l.sent), la, int(r.b)).setType(kg.Film, 2)
	}
}

// surnameBefore reports whether one of the (at most 400) mentions before
// mention k is a personal name of two or three words ending in w: w is
// then a person's surname.
func (a *article) surnameBefore(k int, w string) bool {
	for i := k - 1; i >= 0 && i >= k-400; i-- {
		m := &a.ments[i]
		if m.words >= 2 && m.words <= 3 && !m.quoted && !m.colon && !m.titleWords && hasSuffixAfter(m.key, " ", w) {
			return true
		}
	}
	return false
}

// possPair reports whether mentions k and k+1 are a one-word name, its
// possessive and a name of one or two words right after it ("Bob" "'s"
// "Burgers"), none of them quoted, a colon name, a short form or led by
// "the", and the tail not a month, weekday, holiday or production noun.
func (a *article) possPair(k int) bool {
	l, r := &a.ments[k], &a.ments[k+1]
	if l.sent != r.sent || r.a != l.b+1 || a.toks[l.b].kind != kPoss || l.words != 1 || r.words > 2 ||
		l.quoted || r.quoted || l.colon || r.colon || l.short || r.short || r.the || r.theOpen || l.allCaps {
		return false
	}
	w := a.toks[r.a].lower
	return !weekdays[w] && months[w] == 0 && !holidayWords[w] && !productionNoun(w)
}

// joinRepeatedPossessives merges a name, its possessive and the name after
// it ("Moll" "'s" "Pies") into one title when the article writes the
// name and the tail's first word so at least twice ("Moll's Pies",
// "The Moll's Pies Movie") and never opens a name with that word
// without the possessive: a title with a
// possessive inside ("Moll's Pies", "Mirabel's People"), not an owner and
// his work ("Brevik's Glassmoor", then "Glassmoor"). A platform, a
// company, the surname of a personal name of the article, and a name in
// capitals are owners and are left alone; the merged mention reads as a
// title (titleWords) and its type is left to the typing steps. Three
// passes over the mentions: pairs are counted, tails named alone are
// struck out, pairs are merged.
func (a *article) joinRepeatedPossessives() {
	var pairs map[[2]string]int // owner key and tail word -> times written
	var alone map[string]bool   // tail word -> opens a name without the possessive
	for k := 0; k+1 < len(a.ments); k++ {
		if a.possPair(k) {
			if pairs == nil {
				pairs, alone = map[[2]string]int{}, map[string]bool{}
			}
			tail := a.toks[a.ments[k+1].a].lower
			pairs[[2]string{a.ments[k].key, tail}]++
			alone[tail] = false
		}
	}
	if pairs == nil {
		return
	}
	for k := range a.ments {
		m := &a.ments[k]
		if _, ok := alone[a.toks[m.a].lower]; ok && (int(m.a) == 0 || a.toks[m.a-1].kind != kPoss) {
			alone[a.toks[m.a].lower] = true // the tail named alone: a name of its own
		}
	}
	for k := 0; k+1 < len(a.ments); k++ {
		if !a.possPair(k) {
			continue
		}
		l, r := &a.ments[k], &a.ments[k+1]
		tail := a.toks[r.a].lower
		if pairs[[2]string{l.key, tail}] < 2 || alone[tail] || platformNames[l.key] || l.typ == kg.Organisation || a.surnameBefore(k, l.key) {
			continue
		}
		la, _ := a.titleJoinStart(l) // (a route word before is no matter here)
		a.joinWithNext(k, int(l.sent), la, int(r.b))
	}
}

// possEndTitle reports whether the run [i, j) of sentence s, named right
// after a production noun, ends in a possessive "'s" that owns nothing (a
// comma, stop, semicolon or bracket after it): "the teen comedy Lanky's.",
// "the horror film Gumbo's, a hit": the possessive is the title's own.
func possEndTitle(toks []token, s *sentence, i, j int) bool {
	if j+1 >= s.b || toks[j].kind != kPoss || len(toks[j].text) < 2 || !cueNounBefore(toks, s, i) {
		return false
	}
	n := &toks[j+1]
	return n.kind == kPunct && (n.text == "," || n.text == "." || n.text == ";" || n.text == ")" || n.text == ":")
}
