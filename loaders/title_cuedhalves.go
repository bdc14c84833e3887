package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// cuedHalfJoiners are the lower-case words a title cut in two holds
// inside when a cue before it says one title comes ("Wenlow's Born on
// the Ninth of May", "the caper Hunt for Grey Gold"): "for", "on",
// "by" and "with" too when "the", "a" or "an" follows them ("X on
// Streamly", "X with Dana Holt": a channel or a person after a title).
var cuedHalfJoiners = setOf("in", "at", "to", "of", "from", "for", "on", "by", "with", "and", "a")

// joinCuedHalves merges two names of one sentence that neither typing pass
// typed (or a weak film and an untyped name), joined by one small word
// and maybe "the", "a" or "an", into one film title when the words
// before the first say a title comes: an owner's possessive ("Orlan
// Vesk's Bowls for the Lantern,"), a capitalised "The" inside the
// sentence ("a guest spot on The Clerk in the Tall Tower."), a
// production noun ("the crossover Trial on the Broken Moons"), a verb
// that takes a work ("had written Kettle and the Moonrise") or a credit
// noun and "in" or "on" ("a recurring role on Quarrel at Dunmore"). It runs after
// the typing passes, before the patterns, so a company, channel, place
// or person after the small word is already typed and left alone, and
// the credits attach to the whole title.
//
// "and" joins only before "the" or, after an owner's possessive, two
// single words that end the sentence's phrase ("Kesh's Salt and
// Thunder,"). Not when either half is a personal name led by a given
// name, the right half a place after "in", "at", "to", "from" or "on", a
// country, an acronym, a weekday, month or holiday, or owns a
// possessive; not after a route word or where the title is being made
// ("filming X in Y").
func (a *article) joinCuedHalves() {
	toks := a.toks
	for k := 0; k+1 < len(a.ments); k++ {
		l, r := &a.ments[k], &a.ments[k+1]
		if l.sent != r.sent || l.quoted || r.quoted || l.colon || r.colon || l.short || r.short || r.the || l.pronoun || r.pronoun ||
			l.words > 3 || r.words > 3 {
			continue
		}
		x := int(l.b)
		gap := int(r.a) - x
		if gap < 1 || gap > 2 || toks[x].kind != kWord || toks[x].cap || !cuedHalfJoiners[toks[x].lower] {
			continue
		}
		if gap == 2 && (toks[x+1].cap || toks[x+1].lower != "the" && toks[x+1].lower != "a" && toks[x+1].lower != "an") {
			continue
		}
		if r.typ != "" || l.typ != "" && (l.typ != kg.Film || l.strength > 2) {
			continue
		}
		s := &a.sents[l.sent]
		la, ok := a.titleJoinStart(l)
		if !ok {
			continue
		}
		owner := la-1 > s.a && toks[la-1].kind == kPoss
		cue := owner || l.the && la-1 >= s.a && (toks[la-1].kind == kWord && !toks[la-1].cap || toks[la-1].text == ",") ||
			la-1 >= s.a && toks[la-1].kind == kWord && !toks[la-1].cap && (tokIn(&toks[la-1], productionNouns3) || tokIn(&toks[la-1], creditObjectVerbs)) ||
			la-2 >= s.a && (toks[la-1].text == "in" || toks[la-1].text == "on") && toks[la-2].kind == kWord && !toks[la-2].cap &&
				(tokIn(&toks[la-2], creditLeadWords) || tokIn(&toks[la-2], partOnNouns))
		if !cue {
			continue
		}
		e := int(r.b)
		closed := e >= s.b || toks[e].kind != kPoss && !(toks[e].kind == kWord && toks[e].cap)
		if !closed {
			continue
		}
		w := toks[x].lower
		if gap == 1 && (w == "for" || w == "with" || w == "by" || w == "on") {
			continue // "X for Streamly", "X with Dana Holt": a maker or a channel
		}
		if e < s.b && toks[e].kind == kWord && !toks[e].cap && (cueJoinNouns[toks[e].lower] || productionNouns3[toks[e].lower]) {
			continue // "X and the Tam Bellow adaptation Z": r names the source of another work
		}
		if tokIn(&toks[l.b-1], realOrgWords) || tokIn(&toks[r.b-1], realOrgWords) || tokIn(&toks[l.b-1], awardNouns) || tokIn(&toks[l.b-1], prizeHeads) {
			continue // "Fenwick Films with Orlo Pictures", "the Grand Prize at Vellano"
		}
		if w == "and" && gap == 2 && toks[x+1].lower != "the" {
			continue // "Vell Tomatoes and an Orla": a list
		}
		if w == "and" && gap == 1 {
			// "Kesh's Salt and Thunder,": two single words after an owner,
			// then punctuation
			if !owner || l.words != 1 || r.words != 1 || l.the || e < s.b && toks[e].kind == kWord ||
				platformNames[l.key] || studioNames[l.key] || platformNames[r.key] || studioNames[r.key] || isGivenName(l.key) || isGivenName(r.key) ||
				a.surnameBefore(k, l.key) || a.surnameBefore(k+1, r.key) {
				continue
			}
		}
		if l.words == 1 && !l.the && a.surnameBefore(k, l.key) || r.words == 1 && a.surnameBefore(k+1, r.key) {
			continue // "directed Holt in Lanterns": a surname met before
		}
		if r.country || r.allCaps || r.acronymLead || l.allCaps || l.personShaped() && givenFirst(l.text) || r.personShaped() && givenFirst(r.text) {
			continue
		}
		if ra := &toks[r.a]; weekdays[ra.lower] || months[ra.lower] != 0 || holidayWords[ra.lower] {
			continue
		}
		if gap == 1 && (w == "in" || w == "at" || w == "to" || w == "from" || w == "on") && isPlaceName(r) {
			continue // "X in Seoul": a place after a title
		}
		if (w == "in" || w == "at") && a.shootBefore(int(l.sent), la) {
			continue
		}
		if k+1 == a.subjMention {
			continue
		}
		m := a.joinWithNext(k, int(l.sent), la, e)
		m.setType(kg.Film, 2)
		if a.subjMention > k+1 {
			a.subjMention--
		}
	}
}

// prizeHeads end the name of a prize, which "at" or "for" follows ("the
// Jury Prize at Vellano").
var prizeHeads = setOf("prize", "prizes", "medal", "trophy", "honour", "honor", "lion", "palm")

// creditObjectVerbs take a work as their object ("co-wrote X", "had
// written X"): a title cut at a small word after them is one title.
var creditObjectVerbs = setOf("wrote", "co-wrote", "written", "co-written", "directed", "co-directed", "helmed", "adapted", "scored", "edited")
