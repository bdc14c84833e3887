package loaders

import "strings"

// A title that ends in a year of the news ("Harbour Lights 1988",
// "Runway 1975"): the year is part of the name, not the release date of a
// film called "Harbour Lights". Far years ("Star Courier 2077") are
// taken in by extendRun already (farYear); an ordinary year needs the
// guards of yearTailTitle, since festivals and holidays are written the
// same way ("Cannes 2024", "Christmas Day 2024").

// yearTailEventWords close a name of an event or a date, not of a work,
// when a year follows them ("Christmas Day 2024", "Lunar New Year 2027",
// "Emmy Nominations 2023", "Christmas 1967").
var yearTailEventWords = setOf("day", "days", "year", "eve", "festival", "fest", "awards", "emmys", "oscars", "globes",
	"nominations", "summit", "expo", "week", "weekend", "spring", "summer", "fall", "autumn", "winter", "class", "edition",
	"phase", "budget", "election", "olympics", "cup", "con", "convention", "showcase", "market", "upfronts", "lineup", "slate",
	"christmas", "thanksgiving", "easter", "halloween", "hanukkah", "diwali", "ramadan", "eid", "passover")

// yearTailStops, just before a name, make the year after it a date of an
// event ("at Cannes 2024", "since Christmas 2019").
var yearTailStops = setOf("at", "since", "until", "till", "during", "before", "after", "by", "from", "through")

// yearTailTitle reports whether the year token j, right after the
// capitalised run toks[i:j] of sentence s, ends that run as part of its
// title: written after a space on the same line, after a capitalised word
// that names no event or date (yearTailEventWords), is no acronym standing
// alone ("TIFF 2018") and no adjective ("Award-winning 2017"), not before a colon, a dash, a number, a
// capitalised word or a noun that dates something ("the 2024 premiere":
// yearNounsAfter), and not after a word that opens a date ("at", "since":
// yearTailStops).
func yearTailTitle(toks []token, s *sentence, i, j int) bool {
	t := &toks[j]
	if !t.space || t.nl > 0 || j-1 < i || !isYear(t.text) {
		return false
	}
	last := &toks[j-1]
	if last.kind != kWord || !last.cap || yearTailEventWords[last.lower] || j-1 == i && last.allCaps || lowerAfterHyphen(last.text) {
		return false
	}
	if i > s.a && yearTailStops[toks[i-1].lower] {
		return false
	}
	if j+1 < s.b {
		n := &toks[j+1]
		if n.text == ":" || n.kind == kDash || n.kind == kNum || n.kind == kWord && (n.cap || yearNounsAfter[n.lower]) {
			return false
		}
	}
	return true
}

// lowerAfterHyphen reports whether w is a hyphenated word whose last part
// is lower-case ("Award-winning", "Oscar-nominated"): an adjective, not a
// name.
func lowerAfterHyphen(w string) bool {
	h := strings.LastIndexByte(w, '-')
	return h >= 0 && h+1 < len(w) && w[h+1] >= 'a' && w[h+1] <= 'z'
}
