package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// cueJoinNouns are the production nouns whose presence next to a title cut
// at a small word shows the title to be one name ("the courtroom drama
// Verdict at Noon", "Bad Lads for Life, the 2020 sequel"): a subset of
// productionNoun without the nouns that also name a part of a show or a
// plan ("season", "chapter", "project", "entry", "show").
var cueJoinNouns = setOf("film", "movie", "feature", "picture", "blockbuster", "thriller", "flick", "sequel", "prequel",
	"spin-off", "spinoff", "reboot", "remake", "adaptation", "series", "miniseries", "docuseries", "sitcom", "drama",
	"comedy", "western", "musical", "documentary", "biopic", "romance", "fantasy", "mystery", "whodunit", "heist",
	"romcom", "rom-com", "melodrama", "horror", "actioner", "caper", "noir", "procedural")

// beforeCueJoiners are the small words a title named after a production
// noun may hold ("the courtroom drama Verdict at Noon"); "for", "on" and
// "with" are left out: after a production and its name they bring in its
// maker or service ("the biopic Michael for Lionsgate", "the series Dark on
// Netflix").
var beforeCueJoiners = setOf("at", "in", "to", "under", "into", "beyond", "beneath")

// joinCuedTitles merges two mentions of one sentence joined by one or two
// lower-case small title words ("Bad Lads" "for" "Life") into one title
// when a production noun names it: just before it, as in "the courtroom
// drama Verdict at Noon" (one small word of beforeCueJoiners, no place
// after it), or in an appositive right after it, as in "Bad
// Lads for Life, the 2020 sequel". Routes, quoted or colon names and
// personal names led by a given name are left alone, like in
// joinRepeatedTitles; the merged mention is typed a film.
func (a *article) joinCuedTitles() {
	toks := a.toks
	for k := 0; k+1 < len(a.ments); k++ {
		l, r := &a.ments[k], &a.ments[k+1]
		if !a.smallWordPair(l, r) || toks[l.b].lower == "the" || toks[l.b].lower == "a" {
			continue
		}
		s := &a.sents[l.sent]
		la := int(l.a)
		if l.the || l.theOpen {
			la--
		}
		if la-1 >= s.a && routeWords[toks[la-1].lower] {
			continue
		}
		if l.personShaped() && givenFirst(l.text) || r.personShaped() && givenFirst(r.text) || a.personBeforeTitle(k, l, r) {
			continue
		}
		if toks[l.b].lower == "in" && la-1 >= s.a && (toks[la-1].lower == "as" || describedPartVerbs[toks[la-1].lower] || a.partBefore(int(l.sent), la-1)) {
			continue // "to play Gunner in Deep Salt, the studio's sequel to ...": a part in a film
		}
		if l.allCaps && l.words == 1 || platformNames[l.key] || studioNames[l.key] {
			continue // "the BBC for Judge Vane, P's series": a channel before the title
		}
		if toks[r.b-1].text == "+" || weekdays[toks[r.a].lower] || months[toks[r.a].lower] != 0 || holidayWords[toks[r.a].lower] {
			continue
		}
		if !cueAppositiveAfter(toks, s, int(r.b)) && !(cueNounBefore(toks, s, la) && r.a-l.b == 1 && beforeCueJoiners[toks[l.b].lower] && !isPlaceName(r)) {
			continue
		}
		a.joinWithNext(k, int(l.sent), la, int(r.b)).setType(kg.Film, 2)
		k--
	}
}

// cueNounBefore reports whether the token before i, in sentence s, is a
// lower-case production noun ("the courtroom drama Verdict at Noon").
func cueNounBefore(toks []token, s *sentence, i int) bool {
	return i-1 >= s.a && toks[i-1].kind == kWord && !toks[i-1].cap && cueJoinNouns[toks[i-1].lower]
}

// appositiveGoesOn are the words that may follow the production noun of an
// appositive ("the 2020 sequel that went on", "a comedy directed by P",
// "the long-awaited sequel to X").
var appositiveGoesOn = setOf("that", "which", "who", "from", "by", "of", "in", "about", "to", "set", "with", "directed", "starring",
	"written", "produced", "released", "based", "co-written")

// cueAppositiveAfter reports whether token j, in sentence s, opens an
// appositive naming a production: a comma, "the", "a" or "an" or an
// owner's possessive ("Tam Wells's", "Starz's": ownerPossessiveEnd), then up to
// four lower-case words, years or ordinals and a production noun that ends
// the appositive or goes on with a word of appositiveGoesOn ("Bad Lads for
// Life, the 2020 sequel that ...").
func cueAppositiveAfter(toks []token, s *sentence, j int) bool {
	if j+2 >= s.b || toks[j].text != "," {
		return false
	}
	start := j + 2
	if w := toks[j+1].lower; w != "the" && w != "a" && w != "an" {
		if start = ownerPossessiveEnd(toks, s, j+1); start < 0 {
			return false
		}
	}
	for n := start; n < s.b && n < start+5; n++ {
		t := &toks[n]
		switch {
		case t.kind == kWord && !t.cap && cueJoinNouns[t.lower]:
			// the appositive ends there: not "the remake stars P", a clause
			return n+1 >= s.b || toks[n+1].kind != kWord && toks[n+1].kind != kNum || appositiveGoesOn[toks[n+1].lower]
		case t.kind == kWord && !t.cap && t.lower != "the" && t.lower != "a" && t.lower != "an" && t.lower != "and" && t.lower != "of":
		case t.kind == kNum && (isYear(t.text) || isOrdinalNum(t.lower)):
		default:
			return false
		}
	}
	return false
}
