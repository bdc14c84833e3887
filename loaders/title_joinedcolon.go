package loaders

// joinJoinedSubtitles merges a title the join passes built over a small
// lower-case word ("Men" "in" "Tweed" read as "Men in Tweed") with the
// subtitle written right after it, behind a colon ("Men in Tweed:
// Highland Run", "Men in Tweed: The Series"): the capitalised-run reader
// stopped at the small word and never saw the colon, so the subtitle was
// read as a name of its own (or, "The Series" being common words, as
// none). The subtitle is one to four capitalised words, or "The" and a
// production noun; not a personal name led by a given name. The merged
// mention keeps the title's type (or the subtitle's, when the title had
// none).
func (a *article) joinJoinedSubtitles() {
	toks := a.toks
	for k := 0; k < len(a.ments); k++ {
		l := &a.ments[k]
		c := int(l.b)
		if !l.titleWords || l.colon || l.quoted || c+2 >= len(toks) || toks[c].text != ":" || c+2 > a.sents[l.sent].b || !a.lowerInside(l) {
			continue
		}
		s := &a.sents[l.sent]
		if k+1 < len(a.ments) {
			if r := &a.ments[k+1]; r.sent == l.sent && (int(r.a) == c+1 || r.the && int(r.a) == c+2) && !r.quoted && !r.colon && r.words <= 4 &&
				!(r.personShaped() && givenFirst(r.text)) {
				la := int(l.a)
				if l.the || l.theOpen {
					la--
				}
				typ, st, format := l.typ, l.strength, l.format
				if typ == "" {
					typ, st, format = r.typ, r.strength, r.format
				}
				m := a.joinWithNext(k, int(l.sent), la, int(r.b))
				m.typ, m.strength, m.format = typ, st, format
				continue
			}
		}
		// "Men in Tweed: The Series": "The" and a production noun, no mention
		if c+3 <= s.b && toks[c+1].text == "The" && toks[c+2].kind == kWord && toks[c+2].cap && tokIn(&toks[c+2], productionNouns3) &&
			(c+3 == s.b || !(toks[c+3].kind == kWord && toks[c+3].cap)) && (k+1 >= len(a.ments) || a.ments[k+1].sent != l.sent || int(a.ments[k+1].a) >= c+3) {
			la := int(l.a)
			if l.the || l.theOpen {
				la--
			}
			n := len(a.ments)
			typ, st, format, tw := l.typ, l.strength, l.format, l.titleWords
			a.addMention(int(l.sent), la, c+3, false)
			merged := a.ments[n]
			a.ments = a.ments[:n]
			merged.typ, merged.strength, merged.format, merged.titleWords = typ, st, format, tw
			a.ments[k] = merged
		}
	}
}
