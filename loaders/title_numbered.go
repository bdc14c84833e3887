package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// retypeNumberedHeadTitles types as films, before the entities are built,
// the mentions of a name the headline quotes that ends in a sequel numeral
// ("'Harbor Nights 4' Adds ..."), where a weak cue (a rank word opening
// it, a part after "as") typed them otherwise: a part's name rarely ends in
// a numeral, a headline's quoted name that does is the numbered film. A
// name a strong cue typed otherwise anywhere is left alone.
func (a *article) retypeNumberedHeadTitles() {
	var keys map[string]bool
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.sent > 0 {
			break
		}
		if m.head && m.quoted && m.words >= 2 && m.b-m.a >= 2 && sequelNumeral(&a.toks[m.b-1]) {
			keys = addKey(keys, m.key)
		}
	}
	if keys == nil {
		return
	}
	for mi := range a.ments {
		if m := &a.ments[mi]; keys[m.key] && m.typ != "" && m.typ != kg.Film && m.strength >= 3 {
			delete(keys, m.key)
		}
	}
	for mi := range a.ments {
		if m := &a.ments[mi]; keys[m.key] && m.typ != kg.Film {
			m.typ, m.strength = kg.Film, 2
		}
	}
}

// instalmentWords name one instalment of a production split in parts ("Chapter
// I", "Part Two", "Volume 3").
var instalmentWords = setOf("chapter", "part", "volume", "vol", "vol.", "book")

// partNumeral returns the number a part word's numeral gives, for the
// numerals only a part word makes numbers: "i" and the number words one to
// ten ("Chapter I", "Part Two"); "" otherwise.
func partNumeral(w string) string {
	if n := partWordNumeral(w); n != "" {
		return n
	}
	return romanOrNumber(w)
}

// partWordNumeral is partNumeral for a word romanOrNumber gives no number
// ("i" and the number words one to five), "" for any other.
func partWordNumeral(w string) string {
	switch w {
	case "i", "one":
		return "1"
	case "two":
		return "2"
	case "three":
		return "3"
	case "four":
		return "4"
	case "five":
		return "5"
	}
	return ""
}

// typePartTitles types as films the untyped names that end in a part word
// and its numeral after a name ("X Chapter I", "X Part Two", "X Volume
// 2"): one instalment of a production released in parts.
func (a *article) typePartTitles() {
	for s, mi := range a.bodyMentions() {
		m := &a.ments[mi]
		if m.typ != "" || m.b-m.a < 3 || int(m.b) > s.b {
			continue
		}
		if p := &a.toks[m.b-2]; p.kind == kWord && p.cap && instalmentWords[p.lower] && partNumeral(a.toks[m.b-1].lower) != "" {
			m.setType(kg.Film, 2)
		}
	}
}
