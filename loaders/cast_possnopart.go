package loaders

import "strings"

// Two checks of "P's C" (possessiveCast) that say the possessive names no
// part: a place or an institution on either side ("Dunmere's Harrow
// Theatre", "the Larkfield Players' Assembly Hall", "Tobin Vale's Lisbon
// years"), and a filmmaker's title in a festival, prize or chart line
// ("the jury prize went to Perrin Vasquez's Quiet Harbour", "the opening
// of Perrin Vasquez's Saltmarsh").

// possNoPartOn switches the checks on (a test switches them off).
var possNoPartOn = true

// possPlaceHeads end the names of places and institutions, which are no
// characters ("Harrow Theatre", "Greyling Forest", "Writers'
// Association"): venue nouns, place heads and these.
var possPlaceHeads = setOf("forest", "desert", "mountains", "republic", "association", "society", "expedition",
	"academy", "institute", "museum", "university", "foundation", "federation")

// possEventCues make a sentence a festival, prize or chart line, where a
// filmmaker's possessive names a film ("competes for the prize", "shared
// the jury prize", "opened the festival", "slipped to fifth").
var possEventCues = setOf("festival", "festivals", "prize", "prix", "jury", "competes", "competition", "premiered",
	"weekend", "opening", "opened", "debuted", "slipped", "grossed")

// possPlaceName reports whether the name of mention m is a place or an
// institution: a place name of the lexicon, or a name ending in a venue
// noun, a place head or possPlaceHeads ("Harrow Theatre"); "hall" ends
// surnames too and does not count.
func possPlaceName(m *mention) bool {
	if isPlaceName(m) {
		return true
	}
	last := lastKeyWord(m.key)
	return venueNouns[last] && last != "hall" || placeHeads[last] || possPlaceHeads[last]
}

// possNoPart reports whether "P's C" with the possessor at mention pm and
// the name at mention cm names no part the person plays: place when
// either name is a place or an institution (possPlaceName), event when
// the sentence is a festival, prize or chart line (possEventCues) and C
// opens with neither a given name nor a name title or rank ("Quiet
// Harbour", "A Stranger"): a filmmaker's film. (Typing C a film there was
// measured and dropped: such a title can take over the article's film.)
func (p *pctx) possNoPart(pm, cm *mention) (place, event bool) {
	if !possNoPartOn {
		return false, false
	}
	if possPlaceName(pm) || possPlaceName(cm) {
		return true, false
	}
	first := strings.TrimSuffix(firstWord(cm.text), ".")
	if isGivenNameLower(first) || inLower(nameTitles, first) || inLower(roleWords, first) {
		return false, false
	}
	s := &p.a.sents[p.si]
	for t := s.a; t < s.b; t++ { // (tokens: the cue may sit inside a name, "the Jury Prize")
		if possEventCues[p.a.toks[t].lower] {
			return false, true
		}
	}
	return false, false
}
