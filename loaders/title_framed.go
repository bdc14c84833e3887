package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// joinFramedTitles merges two mentions of one sentence joined by small
// lower-case words into one film title when the sentence frames the
// whole span as one name. "and the" ("Magpie and the Tinker": a second
// title would have a capitalised "The") needs one frame: before the span
// an owner's possessive ("Kestrel's X and the Y", "2015's X and the Y",
// after up to two describers) or a lower-case production noun ("a second
// film, X and the Y"); after it a box-office verb with a sum or a rank
// ("X and the Y added $28 million"), a year in brackets or a production
// or franchise noun ("the X and the Y universe"); "and a" ("Six Suppers
// and a Vigil (1994)") reads like "and the". "in", "on the", "of the", "to", "to the"
// and "at the" ("Odile in Lowmarsh", "Murder on the Night Train") need a
// frame before the span, an owner or a production noun, or a box-office
// verb with a sum after a span opening its sentence or clause (a part and its
// film, "Doc Hale in Flint Ridge", and a work and its maker or service, "X
// for Kestrel", are the other readings of these words). A bare "and"
// ("Claws and Bone") needs a production noun right before it that names
// one work ("the series A and B" may be two): other frames fit two
// titles listed ("Warner's A and B opened"). No join when the second name
// owns what follows ("A and B's C"), goes on with "of" ("Lost on the
// Ninth of March", which the join would cut again), describes a
// production noun after it ("the drama A and the B adaptation"), or is a
// place after "in" ("the Fraud Desk in Tallinn") or a date ("moved P's F
// to Thanksgiving"), nor after a company word.
// Quoted, colon and headline names, personal names led by a given name,
// names led by a rank or role word, companies and names of more than
// four words are left alone; the merged mention reads as a title
// (titleWords) and is typed a film (strength 2) when a production noun
// or a cue after it frames it. Titles with a possessive inside are
// joined first (joinFramedPossessives); a name opening with a capitalised
// "A" inside a sentence frames itself like an owner ("hit, A Shy Clerk's
// Guide to Arson").
func (a *article) joinFramedTitles() {
	a.joinFramedPossessives()
	toks := a.toks
	for k := 0; k+1 < len(a.ments); k++ {
		l, r := &a.ments[k], &a.ments[k+1]
		if l.sent != r.sent || l.quoted || r.quoted || l.colon || r.colon || l.short || r.short || r.the || l.words > 4 || r.words > 4 || l.head || r.head {
			continue
		}
		gap := framedGap(toks, int(l.b), int(r.a))
		if gap == 0 {
			continue
		}
		s := &a.sents[l.sent]
		if s.titleCase {
			continue
		}
		if l.typ == kg.Organisation || r.typ == kg.Organisation || platformNames[r.key] || realOrgWords[toks[r.b-1].lower] ||
			l.personShaped() && givenFirst(l.text) || r.personShaped() && givenFirst(r.text) ||
			nameTitles[toks[l.a].lower] || roleWords[toks[l.a].lower] || leadNouns[toks[l.a].lower] {
			continue
		}
		year := int(r.b)+2 < s.b && toks[r.b].text == "(" && isYear(toks[r.b+1].text) && toks[r.b+2].text == ")" && !a.castBefore(s, l)
		if year && (gap == gapInThe || gap == gapSmall && toks[l.b].lower == "in") && !a.clauseOpening(s, l) {
			year = false // "a fence named Orrin in Brasswork (1981)": a part and its film
		}
		if gap == gapInThe && !year {
			continue // "in the" joins only a title its year in brackets frames ("Lost in the Fog (1994)")
		}
		if e := int(r.b); e < s.b && (toks[e].kind == kPoss || toks[e].lower == "of") || realOrgWords[toks[l.b-1].lower] || gap == gapSmall && isPlaceName(r) && !year ||
			holidayWords[toks[r.a].lower] || months[toks[r.a].lower] != 0 || weekdays[toks[r.a].lower] {
			continue // (not "A and B's C", "Lost on the Ninth of March" cut again, "the Fraud Desk in Tallinn", "moved P's F to Thanksgiving")
		}
		la := int(l.a)
		if l.the || l.theOpen {
			la--
		}
		noun := framedNounBefore(toks, s, la)
		owner := !noun && (framedOwnerBefore(toks, s, la) || a.articleLed(s, l))
		e := int(r.b)
		cue := gap == gapAndThe && (year || a.framedCueAfter(s, e, la-1 >= s.a && toks[la-1].lower == "the")) || gap != gapAnd && year
		if gap == gapSmall && (la == s.a || toks[la-1].text == ",") && e < s.b && boxOfficeVerbs[toks[e].lower] && a.framedCueAfter(s, e, false) {
			cue = true // "Murder on the Night Train opened to $28.7 million": a box-office subject
		}
		if e := int(r.b); (noun || owner) && e < s.b && toks[e].kind == kWord && !toks[e].cap && (cueJoinNouns[toks[e].lower] || tokIn(&toks[e], productionNouns3)) {
			continue // "the drama A and the B adaptation": the second name describes a noun of its own
		}
		switch gap {
		case gapAnd:
			if year && (la == s.a || toks[la-1].kind == kWord && !toks[la-1].cap && !seriesNouns[toks[la-1].lower] && !productionNoun(toks[la-1].lower)) {
				cue = true // "Ashes and Embers (1997) recapped the series": one title its year in brackets frames
				break
			}
			if !noun || toks[la-1].text == "," || seriesNouns[toks[la-1].lower] {
				continue // (a noun right before, not one that is also plural: "the series A and B")
			}
		case gapAndThe:
			if !noun && !owner && !cue {
				continue
			}
		default:
			if !noun && !owner && !cue {
				continue
			}
		}
		m := a.joinWithNext(k, int(l.sent), la, int(r.b))
		if noun || cue {
			m.setType(kg.Film, 2)
		}
		k--
	}
}

// The gaps joinFramedTitles reads between two parts of a title.
const (
	gapAnd    = 1 + iota // "and"
	gapAndThe            // "and the"
	gapSmall             // "in", "on the", "of the", "to", "to the", "at the"
	gapInThe             // "in the": joined only before a year in brackets
)

// clauseOpening reports whether mention l (its "the" included) opens its
// sentence or a clause after a comma.
func (a *article) clauseOpening(s *sentence, l *mention) bool {
	la := int(l.a)
	if l.the || l.theOpen {
		la--
	}
	return la == s.a || a.toks[la-1].text == ","
}

// castBefore reports whether a cast word ("as", "plays") stands right
// before mention l (its "the" included): "as Doc Hale in Flint Ridge
// (2004)" names a part and its film, not one title.
func (a *article) castBefore(s *sentence, l *mention) bool {
	la := int(l.a) - 1
	if l.the || l.theOpen {
		la--
	}
	return la >= s.a && capTheCastWords[a.toks[la].lower]
}

// framedGap classes the tokens [i, j) between two mentions: one of the
// gap constants, or 0.
func framedGap(toks []token, i, j int) int {
	low := func(x int) string {
		if t := &toks[x]; t.kind == kWord && !t.cap {
			return t.lower
		}
		return ""
	}
	switch j - i {
	case 1:
		switch low(i) {
		case "and":
			return gapAnd
		case "in", "to":
			return gapSmall
		}
	case 2:
		if low(i) == "and" && low(i+1) == "a" {
			return gapAndThe // "Six Suppers and a Vigil"
		}
		if low(i+1) != "the" {
			return 0
		}
		switch low(i) {
		case "and":
			return gapAndThe
		case "on", "of", "to", "at":
			return gapSmall
		case "in":
			return gapInThe
		}
	}
	return 0
}

// framedNounBefore reports whether a lower-case production noun stands
// right before token i, or before a comma there ("the cannibal romance
// X", "a second film, X").
func framedNounBefore(toks []token, s *sentence, i int) bool {
	p := i - 1
	if p > s.a && toks[p].text == "," {
		p--
	}
	return p >= s.a && toks[p].kind == kWord && !toks[p].cap && (cueJoinNouns[toks[p].lower] || possessedKindWords[toks[p].lower] && !pluralFilmNouns[toks[p].lower])
}

// framedOwnerBefore reports whether an owner's possessive stands before
// token i, directly or before up to two lower-case describers or a year
// ("Kestrel's X", "FX's long-running X", "2015's X").
func framedOwnerBefore(toks []token, s *sentence, i int) bool {
	p := i - 1
	for n := 0; n < 2 && p > s.a && (toks[p].kind == kWord && !toks[p].cap && (adjFilm[toks[p].lower] || possessedKindWords[toks[p].lower] || hasHyphen(toks[p].text)) || toks[p].kind == kNum && isYear(toks[p].text)); n++ {
		p--
	}
	return p > s.a && toks[p].kind == kPoss
}

// hasHyphen reports whether w holds a hyphen inside ("long-running").
func hasHyphen(w string) bool {
	for i := 1; i+1 < len(w); i++ {
		if w[i] == '-' {
			return true
		}
	}
	return false
}

// framedCueAfter reports whether token e, right after a name, frames it
// as a film: a box-office verb with a sum, a number or a rank within six
// tokens ("opened to $28 million", "took third"), an appositive naming a
// production ("X, the 2019 sequel"), or, when the name follows "the"
// (nounAfter), a lower-case production or franchise noun ("the X
// universe").
func (a *article) framedCueAfter(s *sentence, e int, nounAfter bool) bool {
	toks := a.toks
	if e >= s.b {
		return false
	}
	t := &toks[e]
	if t.kind == kWord && !t.cap && boxOfficeVerbs[t.lower] {
		for n := e + 1; n < s.b && n <= e+6; n++ {
			if toks[n].kind == kNum || toks[n].text == "$" || ordinals[toks[n].lower] {
				return true
			}
		}
		return false
	}
	if nounAfter && t.kind == kWord && !t.cap && (franchiseNouns[t.lower] || cueJoinNouns[t.lower]) && !pluralFilmNouns[t.lower] {
		return true
	}
	return cueAppositiveAfter(toks, s, e)
}

// articleLed reports whether mention l opens with a capitalised "A" or
// "An" inside its sentence ("hit, A Shy Clerk's Guide"): a title, since
// no personal or company name opens so.
func (a *article) articleLed(s *sentence, l *mention) bool {
	t := &a.toks[l.a]
	return int(l.a) > s.a && l.words >= 2 && (t.text == "A" || t.text == "An")
}

// joinFramedPossessives merges a name, its possessive and the name after
// it ("Lost Man" "'s" "Ride") into one title when the name is no
// owner: it opens with a capitalised "A" inside a sentence ("hit, A
// Shy Clerk's Guide"), or it has two words or more, is no personal name
// led by a given name, no company and no surname of a person of the
// article, and a year in brackets, a box-office verb with a sum or rank,
// or an appositive naming a production follows the whole ("Lost Man's
// Ride (1996)", "A Tinker's Tale dipped to fourth", "Pobble's People,
// the long-gestating sequel"), when the article writes the pair twice
// or more and never names the tail alone (an owner and its work:
// "Kestrel's Scree (2013)" written once, or beside "Scree"). Every
// writing of a pair so read is merged. The merged mention is typed a film (strength
// 2).
func (a *article) joinFramedPossessives() {
	toks := a.toks
	var pairs map[[2]string]int8 // 1: framed, 2: framed and led by "A"
	var count map[[2]string]int
	for k := 0; k+1 < len(a.ments); k++ {
		l, r := &a.ments[k], &a.ments[k+1]
		if !a.framedPossPair(l, r) {
			continue
		}
		if count == nil {
			pairs, count = map[[2]string]int8{}, map[[2]string]int{}
		}
		p := [2]string{l.key, r.key}
		count[p]++
		s := &a.sents[l.sent]
		e := int(r.b)
		switch {
		case a.articleLed(s, l):
			pairs[p] = 2
		case l.words >= 2 && !(l.personShaped() && givenFirst(l.text)) && !a.surnameBefore(k, lastWord(l.key)) &&
			(e+2 < s.b && toks[e].text == "(" && isYear(toks[e+1].text) && toks[e+2].text == ")" || a.framedCueAfter(s, e, false)):
			pairs[p] = max(pairs[p], 1)
		}
	}
	if pairs == nil {
		return
	}
	for k := 0; k+1 < len(a.ments); k++ {
		l, r := &a.ments[k], &a.ments[k+1]
		p := [2]string{l.key, r.key}
		if pairs[p] == 0 || pairs[p] == 1 && (count[p] < 2 || a.namedAlone(r.key)) || !a.framedPossPair(l, r) {
			continue // (not "Kestrel's Scree (2013)" named once, or beside "Scree" alone)
		}
		la := int(l.a)
		if l.the || l.theOpen {
			la--
		}
		a.joinWithNext(k, int(l.sent), la, int(r.b)).setType(kg.Film, 2)
	}
}

// framedPossPair reports whether mentions l and r are a name, its
// possessive and a name right after it in one body sentence, neither
// quoted, a colon name, a short form, a company or a platform, and the
// second no date, holiday or production noun.
func (a *article) framedPossPair(l, r *mention) bool {
	if l.sent != r.sent || r.a != l.b+1 || a.toks[l.b].kind != kPoss || l.quoted || r.quoted || l.colon || r.colon || l.short || r.short ||
		r.the || l.allCaps || l.words > 4 || r.words > 3 || l.typ == kg.Organisation || platformNames[l.key] || realOrgWords[a.toks[l.b-1].lower] ||
		a.toks[l.b-1].text == "." || hasHyphen(a.toks[l.a].text) {
		// (not "Kestrel Bros.' F", "the Spanish-language P's F")
		return false
	}
	if a.sents[l.sent].titleCase {
		return false
	}
	w := a.toks[r.a].lower
	return !weekdays[w] && months[w] == 0 && !holidayWords[w] && !productionNoun(w)
}

// namedAlone reports whether a mention of the article with key is not
// right after a possessive (a name of its own, not a tail of "X's Y").
func (a *article) namedAlone(key string) bool {
	for mi := range a.ments {
		if m := &a.ments[mi]; m.key == key && (m.a == 0 || a.toks[m.a-1].kind != kPoss) {
			return true
		}
	}
	return false
}
