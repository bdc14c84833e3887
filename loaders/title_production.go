package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// appositiveWorkHeads are the nouns, beyond cueJoinNouns, that close an
// appositive naming a production ("X, the Viking revenge saga that ...",
// "X, a feature-length finale directed by P").
var appositiveWorkHeads = setOf("saga", "epic", "finale")

// adaptVerbs bring in the source a production was adapted from ("adapted
// his 2016 bestseller X into a series").
var adaptVerbs = setOf("adapted", "adapts", "adapt", "adapting")

// typeProductionTitles types as films the untyped names that a general
// production cue of film news marks: an appositive closed by a production
// noun after the name, with a capitalised describing word allowed in it
// ("X, the Viking revenge saga that ...": productionAppositive), "adapted
// ... X into a series" (adaptedInto) and "on the set of X" and "X in its third season" (itsSeasonAfter). Personal names
// led by a given name, acronyms, places and demonyms are left alone.
func (a *article) typeProductionTitles() {
	for s, mi := range a.bodyMentions() {
		m := &a.ments[mi]
		if m.typ != "" || m.allCaps || m.acronymLead || m.quoted {
			continue
		}
		b := int(m.a)
		if m.the || m.theOpen {
			b--
		}
		// (the cues, which only read tokens, before the costlier tests of
		// the name: gazetteer, places, demonyms)
		series := false
		switch {
		case a.setOfBefore(s, b):
		case a.adaptedInto(s, b, int(m.b)):
		case a.productionAppositive(s, int(m.b)):
		case a.itsSeasonAfter(s, int(m.b)):
			series = true
		case b == s.a && (!m.personShaped() || m.words >= 3 && gerundLed(a.toks[m.a].lower)) && a.backToVenue(s, int(m.b)):
		default:
			continue
		}
		if !titleCandidate(m) || isPlaceName(m) ||
			m.words == 1 && (demonym(a.toks[m.a].lower) || tokIn(&a.toks[m.a], commonWords)) {
			continue
		}
		if series {
			m.format = kg.FormatSeries
		}
		m.setType(kg.Film, 2)
	}
}

// setOfBefore reports whether "the set of" ends just before token b of
// sentence s ("on the set of X").
func (a *article) setOfBefore(s *sentence, b int) bool {
	t := a.toks
	return b-3 >= s.a && t[b-1].lower == "of" && t[b-2].lower == "set" && !t[b-2].cap && t[b-3].lower == "the"
}

// adaptedInto reports whether the name from token b to e of sentence s is
// what a production was adapted from: an adapting verb at most four words
// before it, with no name between ("adapted his 2016 bestseller X"), and
// "into", "a", "an" or "the", up to three describing words and a
// production noun right after it ("into a nine-episode series").
func (a *article) adaptedInto(s *sentence, b, e int) bool {
	t := a.toks
	if e+2 >= s.b || t[e].lower != "into" {
		return false
	}
	if w := t[e+1].lower; w != "a" && w != "an" && w != "the" {
		return false
	}
	found := false
	for k := b - 1; k >= s.a && k >= b-5; k-- {
		if t[k].cap && !(k == b-1 && t[k].lower == "the") || t[k].kind == kPunct {
			return false
		}
		if adaptVerbs[t[k].lower] {
			found = true
			break
		}
	}
	if !found {
		return false
	}
	for k := e + 2; k < s.b && k < e+6; k++ {
		if t[k].kind == kWord && !t[k].cap && (cueJoinNouns[t[k].lower] || appositiveWorkHeads[t[k].lower]) {
			return true
		}
		if t[k].cap || t[k].kind != kWord && t[k].kind != kNum {
			return false
		}
	}
	return false
}

// productionAppositive reports whether token j of sentence s opens an
// appositive that names a production: a comma, "the", "a" or "an", up to
// four describing words (lower-case words, years, one capitalised word such
// as "Viking") and a production noun (cueJoinNouns, appositiveWorkHeads)
// that ends the appositive or goes on with a word of appositiveGoesOn ("X,
// the Viking revenge saga that ...").
func (a *article) productionAppositive(s *sentence, j int) bool {
	t := a.toks
	if j+3 >= s.b || t[j].text != "," {
		return false
	}
	if w := t[j+1].lower; w != "the" && w != "a" && w != "an" {
		return false
	}
	caps := 0
	for n := j + 2; n < s.b && n < j+7; n++ {
		w := &t[n]
		switch {
		case w.kind == kWord && !w.cap && (tokIn(w, cueJoinNouns) || tokIn(w, appositiveWorkHeads)):
			if n == j+2 {
				return false // "X, the series that ...": a bare noun is a back-reference
			}
			return n+1 >= s.b || appositiveGoesOn[t[n+1].lower] || t[n+1].text == "," || t[n+1].text == "." || t[n+1].text == ";"
		case w.kind == kWord && !w.cap && w.lower != "the" && w.lower != "a" && w.lower != "an" && w.lower != "and" && w.lower != "of":
		case w.kind == kNum && (isYear(w.text) || isOrdinalNum(w.lower)):
		case w.kind == kWord && w.cap && caps == 0:
			caps++
		default:
			return false
		}
	}
	return false
}

// returnMotion are the verbs of "X is heading back to theaters".
var returnMotion = setOf("heading", "headed", "returning", "going", "coming")

// backToVenue reports whether the tokens from e of sentence s say that the
// name before them goes back to the screens: "is" or "are", a verb of
// returnMotion, maybe "back", "to" and a word of venueWords ("X is heading
// back to theaters").
func (a *article) backToVenue(s *sentence, e int) bool {
	t := a.toks
	if e+3 >= s.b || t[e].lower != "is" && t[e].lower != "are" || !returnMotion[t[e+1].lower] {
		return false
	}
	k := e + 2
	if t[k].lower == "back" {
		k++
	}
	return k+1 < s.b && t[k].lower == "to" && venueWords[t[k+1].lower]
}

// gerundLed reports whether w, the first word of a name, is an -ing form
// that is no given name ("Saving ..."): such a name is no person's.
func gerundLed(w string) bool {
	return len(w) > 5 && w[len(w)-3:] == "ing" && !isGivenName(w)
}

// itsSeasonAfter reports whether, from token e of sentence s, an ellipsis
// may end the name and "in its", counting words and "season" follow ("X...
// in its third and final season"): only a series has seasons.
func (a *article) itsSeasonAfter(s *sentence, e int) bool {
	t := a.toks
	for n := 0; n < 3 && e < s.b && (t[e].text == "." || t[e].text == "..." || t[e].text == "…"); n++ {
		e++
	}
	if e+3 >= s.b || t[e].lower != "in" || t[e+1].lower != "its" {
		return false
	}
	k := e + 2
	for n := 0; n < 4 && k < s.b && (seasonCountWords[t[k].lower] || t[k].lower == "and"); n++ {
		k++
	}
	return k > e+2 && k < s.b && t[k].lower == "season"
}
