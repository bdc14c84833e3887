package loaders

import "strings"

// pullQuote reports whether the quote opening at token i of the headline
// (sentence si) is a line of speech set before a colon, not a title:
// "'We Never Meant to Stay': A Director Looks Back". The quoted words must
// read as a sentence (a personal pronoun, a contraction or a closing
// question or exclamation mark inside: "Nobody Wants to Go Home", three
// words or more) and never come back in the body written the same way; a
// title named in the headline is named again ("'Lantern Row': Season
// Two Adds ...").
func (a *article) pullQuote(si, i int) bool {
	toks := a.toks
	s := &a.sents[si]
	j, words, spoken := i+1, 0, false
	for ; j < s.b && j-i <= 20; j++ {
		t := &toks[j]
		if t.kind == kQuote {
			break
		}
		switch t.kind {
		case kWord:
			words++
			if speechPronouns[t.lower] || contraction(t.lower) {
				spoken = true
			}
		case kPunct:
			if t.text == "?" || t.text == "!" {
				spoken = true
			}
		}
	}
	if j+1 >= s.b || toks[j].kind != kQuote || toks[j].open || toks[j+1].text != ":" || words < 3 || !spoken {
		return false
	}
	q := a.text[toks[i+1].start:toks[j-1].end]
	return !strings.Contains(a.text[s.end:], q)
}

// speechPronouns are the personal pronouns that make a quoted headline
// phrase a line somebody said.
var speechPronouns = setOf("i", "we", "you", "they", "he", "she", "me", "us", "my", "our", "your", "them")

// contraction reports whether word w (lower case) ends in a contracted
// verb or negation: "doesn't", "you'll", "we're", "i've", "i'm", "she'd".
func contraction(w string) bool {
	for _, suf := range [...]string{"n't", "n’t", "'ll", "’ll", "'re", "’re", "'ve", "’ve", "'m", "’m", "'d", "’d"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// articleLedHeadTitle reports whether body mention m opens with a
// capitalised "A" or "An" and two or more capitalised words ("A Winter's
// Lantern opened on ...") and is written the same way in a title-case
// headline ("'Quote': A Winter's Lantern Turns 30"): a title, as no
// personal or company name opens with the article.
func (a *article) articleLedHeadTitle(m *mention) bool {
	if m.sent == 0 || int(m.b)-int(m.a) < 3 || m.quoted || len(a.sents) == 0 || !a.sents[0].titleCase {
		return false
	}
	if t := a.toks[m.a].text; t != "A" && t != "An" {
		return false
	}
	h := a.text[a.sents[0].start:a.sents[0].end]
	for off := 0; off < len(h); {
		k := strings.Index(h[off:], m.text)
		if k < 0 {
			return false
		}
		k += off
		if (k == 0 || !isLetter(rune(h[k-1]))) && (k+len(m.text) == len(h) || !isLetter(rune(h[k+len(m.text)]))) {
			return true
		}
		off = k + 1
	}
	return false
}
