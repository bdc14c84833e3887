package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// possWorkAfter are lower-case words that, right after a name, show it is
// a work a person is known for ("the Brambly's Hollow star", "a Brambly's
// Hollow alum"): general vocabulary.
var possWorkAfter = setOf("star", "stars", "alum", "alumna", "alumnus", "alums", "actor", "actress", "creator", "showrunner")

// joinWorkPossessives merges a one-word name, its possessive and the name
// of one to three words after it ("Pellinore" "'s" "Crossing") into one
// title when the whole is used as a work: a year in brackets right after it
// ("Pellinore's Crossing (2009)") or a lower-case word for the people of a
// work ("the Pellinore's Crossing star"). A platform, a studio, a
// company, a name in capitals, a given name, a weekday or month and the
// surname of a person named earlier ("Tam Lenz ... Lenz's Nightfall
// (2011)") or the first word of a personal name of the article ("Lenz
// Tam-oh ... Lenz's Nightfall (2011)": a family name written first) are
// owners and left alone, unless the article names the word as a part
// someone plays ("as Lenz": partWord); the merged mention is typed a film.
func (a *article) joinWorkPossessives() {
	toks := a.toks
	for k := 0; k+1 < len(a.ments); k++ {
		l, r := &a.ments[k], &a.ments[k+1]
		if !a.possTitlePair(k, 3) || l.colon || r.colon || l.short || l.typ == kg.Organisation {
			continue
		}
		s := &a.sents[l.sent]
		if !workCueAfter(toks, s, int(r.b)) {
			continue
		}
		if weekdays[l.key] || months[l.key] != 0 || holidayWords[toks[r.a].lower] || tokIn(&toks[r.a], productionNouns3) ||
			possOwnerless[l.key] || (isGivenName(l.key) || a.surnameBefore(k, l.key) || a.opensPersonalName(l.key)) && !a.partWord(l.key) {
			continue
		}
		a.joinWithNext(k, int(l.sent), int(l.a), int(r.b)).setType(kg.Film, 2)
	}
}

// workCueAfter reports whether the tokens from j of sentence s show the
// name before them is a work: a year in brackets ("(2009)") or a
// lower-case word of possWorkAfter.
func workCueAfter(toks []token, s *sentence, j int) bool {
	if j >= s.b {
		return false
	}
	if t := &toks[j]; t.kind == kWord && !t.cap {
		return possWorkAfter[t.lower]
	}
	return j+2 < s.b && toks[j].text == "(" && toks[j+1].kind == kNum && isYear(toks[j+1].text) && toks[j+2].text == ")"
}

// opensPersonalName reports whether a mention of the article of two or
// three words, read as no title, opens with the word w ("Lenz Tam-oh").
func (a *article) opensPersonalName(w string) bool {
	for i := range a.ments {
		m := &a.ments[i]
		if m.words >= 2 && m.words <= 3 && !m.quoted && !m.colon && !m.titleWords && len(m.key) > len(w) && m.key[len(w)] == ' ' && m.key[:len(w)] == w {
			return true
		}
	}
	return false
}

// possTitlePair reports whether mentions k and k+1 read "Name's Title":
// in one sentence, the second right after the first's possessive, the
// first a single word in no capitals, the second of at most maxRight
// words, neither quoted nor led by "the"; the owner is no platform or
// studio and the second name does not open with a weekday or a month.
// joinWorkPossessives and joinDoublePossessives add their own cues.
func (a *article) possTitlePair(k, maxRight int) bool {
	l, r := &a.ments[k], &a.ments[k+1]
	if l.sent != r.sent || r.a != l.b+1 || a.toks[l.b].kind != kPoss || l.words != 1 || int(r.words) > maxRight ||
		l.quoted || r.quoted || l.the || l.theOpen || r.the || l.allCaps {
		return false
	}
	w := a.toks[r.a].lower
	return !platformNames[l.key] && !studioNames[l.key] && !weekdays[w] && months[w] == 0
}
