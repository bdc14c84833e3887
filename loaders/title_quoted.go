package loaders

// headQuoteSpans returns the token spans of the headline's quoted titles of
// two to eight words, leaving out quoted speech: a quote after a colon or
// a comma led by a personal pronoun ("Ada Pell: 'I Loved Harper's
// Harbor'").
func (a *article) headQuoteSpans() [][2]int32 {
	var spans [][2]int32
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.sent != 0 {
			break
		}
		if m.head && m.quoted && m.words <= 8 && m.b-m.a >= 2 && !a.headSpeech(m) {
			spans = append(spans, [2]int32{m.a, m.b})
		}
	}
	return spans
}

// joinQuotedTitles reads as one mention, across the body, each run of
// tokens that spells a title the headline quotes ("'Gray's Physiology'
// return", then "episodes of Gray's Physiology"), where the capitalised-run
// reader split it at "'s" into owner and title, cut it before a short or
// all-caps word, or stopped at a small word ("Night at the Gallery: After
// Hours"). The mentions the run covers are replaced by one untyped
// mention with the title's text; a mention reaching past the run (the
// title is part of a longer name) leaves the sentence alone. One pass
// over the mentions, each tried against the few headline titles.
func (a *article) joinQuotedTitles() {
	spans := a.headQuoteSpans()
	if len(spans) == 0 {
		return
	}
	toks := a.toks
	w := 0 // the mentions are compacted in place: one linear pass
	for k := 0; k < len(a.ments); k, w = k+1, w+1 {
		a.ments[w] = a.ments[k]
		l := &a.ments[k]
		if l.sent == 0 || l.quoted {
			continue
		}
		end := int(l.b)
		for _, g := range spans {
			n := int(g[1] - g[0])
			if n <= int(l.b-l.a) || int(l.a)+n > a.sents[l.sent].b || !a.tokensMatch(int(l.a), int(g[0]), n) {
				continue
			}
			if e := int(l.a) + n; e > end && (e >= len(toks) || !toks[e].cap || toks[e].kind != kWord) {
				end = e
			}
		}
		if end == int(l.b) {
			continue
		}
		e := k + 1
		for e < len(a.ments) && a.ments[e].sent == l.sent && int(a.ments[e].a) < end {
			if int(a.ments[e].b) > end {
				e = -1
				break
			}
			e++
		}
		if e < 0 {
			continue
		}
		la := int(l.a)
		if l.the || l.theOpen {
			la--
		}
		n := len(a.ments)
		a.addMention(int(l.sent), la, end, false)
		merged := a.ments[n]
		a.ments = a.ments[:n]
		merged.titleWords = merged.titleWords || a.lowerInside(&merged)
		a.ments[w] = merged
		k = e - 1
	}
	a.ments = a.ments[:w]
}

// headSpeech reports whether headline mention m reads as quoted speech: an
// opening quotation mark after a colon or a comma, then a personal
// pronoun ("Ada Pell: 'We Lost Harper's Harbor'").
func (a *article) headSpeech(m *mention) bool {
	i := int(m.a)
	if m.the {
		i--
	}
	return gapPronouns[a.toks[i].lower] && speechStart(a.toks, &a.sents[m.sent], i)
}

// colonJoiners are the small lower-case words a colon title's main part
// keeps inside before its subtitle ("Night at the Gallery: After Dark");
// "in", "with", "as" and "and" are left out (a person named before a
// title: "Ada Pell in Dawn: Part Two").
var colonJoiners = setOf("at", "of", "the", "to", "for", "on", "a", "an", "into", "beyond", "beneath", "under")

// joinColonTitles merges a name of one to three words, one or two small
// title words (colonJoiners) and the colon title right after them into
// one title ("Night" "at the" "Gallery: After Dark"): the capitalised-run
// reader stops at the small words, but the subtitle shows the whole run is
// one title; so is "A and B: C" when the article writes "A and B" again
// elsewhere ("Dick and Mortimer: The Anime" beside "Dick and Mortimer vs. ...";
// andColonTitle). Quoted names, short forms, routes and personal names led
// by a given name are left alone; the merged mention keeps the colon
// title's type. One pass over the mentions.
func (a *article) joinColonTitles() {
	toks := a.toks
	checks := 0 // "A and B: C" spans looked for elsewhere (each a scan of the text)
	w := 0      // the mentions are compacted in place: one linear pass
	for k := 0; k < len(a.ments); k, w = k+1, w+1 {
		a.ments[w] = a.ments[k]
		if k+1 == len(a.ments) {
			continue
		}
		l, r := &a.ments[k], &a.ments[k+1]
		if l.sent != r.sent || !r.colon || r.the || l.colon || l.quoted || r.quoted || l.short || r.short || l.words > 3 {
			continue
		}
		gap := int(r.a - l.b)
		if gap < 1 || gap > 2 {
			continue
		}
		ok := true
		for x := int(l.b); x < int(r.a) && ok; x++ {
			t := &toks[x]
			ok = t.kind == kWord && !t.cap && colonJoiners[t.lower]
		}
		if !ok && gap == 1 && toks[l.b].lower == "and" && checks < 8 {
			checks++
			ok = a.andColonTitle(l, r)
		} else if !ok && gap == 1 && toks[l.b].text == "," && checks < 8 {
			checks++
			ok = a.commaColonTitle(l, r)
		}
		if !ok || l.personShaped() && givenFirst(l.text) {
			continue
		}
		la, ok := a.titleJoinStart(l)
		if !ok {
			continue
		}
		n := len(a.ments)
		typ, strength, format, head := r.typ, r.strength, r.format, l.head || r.head
		a.addMention(int(l.sent), la, int(r.b), false)
		merged := a.ments[n]
		a.ments = a.ments[:n]
		merged.titleWords = true
		merged.typ, merged.strength, merged.format, merged.head = typ, strength, format, head
		a.ments[w] = merged
		k++
	}
	a.ments = a.ments[:w]
}

// commaColonTitle reports whether mention l, a comma and the colon title
// r right after it are one title "A, B: C": the part of r before its colon
// is one or two words and the article writes "A, B" again in another place
// (a list of titles writes the pair once: "Gloamwood, Sandfall: Part Two").
func (a *article) commaColonTitle(l, r *mention) bool {
	if l.words > 3 {
		return false
	}
	c := int(r.a) + 1
	for c < int(r.b) && c <= int(r.a)+2 && a.toks[c].text != ":" {
		c++
	}
	if c >= int(r.b) || a.toks[c].text != ":" {
		return false
	}
	return a.spanRepeated(int(l.a), c)
}

// andColonTitle reports whether one-word mention l, "and" and the colon
// title r right after it are one title "A and B: C": B, the part of r
// before its colon, is one word and the article writes "A and B" again in
// another place (two names that met once before a colon title are a list:
// "Gloamwood and Nightspire: Requiem").
func (a *article) andColonTitle(l, r *mention) bool {
	if l.words != 1 || l.typ != "" && l.strength >= 2 || int(r.a)+1 >= int(r.b) || a.toks[r.a+1].text != ":" {
		return false
	}
	return a.spanRepeated(int(l.a), int(r.a)+1)
}
