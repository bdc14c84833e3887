package loaders

// hyphenNameBlockers are the short capitalised function words that may
// stand before a name opening a sentence ("As Min-seo, ...", "In
// Jae-won's hands"): never the family name of the name after them.
var hyphenNameBlockers = setOf("a", "an", "as", "at", "by", "in", "on", "of", "or", "to", "if", "is", "it", "so",
	"the", "and", "but", "for", "nor", "yet", "her", "his", "its", "our", "we", "he", "she", "who", "how", "why",
	"now", "not", "all", "was", "has", "had", "did", "can", "may", "my", "us", "me", "mr", "ms", "dr", "mrs",
	"with", "from", "into", "upon", "when", "once", "both", "each", "like", "even", "only", "also", "just",
	"here", "this", "that", "than", "then", "thus", "over", "some", "many", "most", "more", "what", "were",
	"will", "your", "their", "they", "them", "no", "yes", "via", "per", "let", "see", "one", "two", "six", "ten",
	"new", "old", "off", "out", "up", "after", "until", "while", "every", "any")

// hyphenGivenName reports whether w is written as a romanised two-syllable
// given name joined by a hyphen ("Min-seo", "Jae-won"): a capitalised
// syllable of two to five ASCII letters, a hyphen and a lower-case
// syllable of two to five ASCII letters that makes no English compound
// (hyphenSuffixWords).
func hyphenGivenName(w string) bool {
	h := -1
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c == '-':
			if h >= 0 {
				return false
			}
			h = i
		case i == 0:
			if c < 'A' || c > 'Z' {
				return false
			}
		case c < 'a' || c > 'z':
			return false
		}
	}
	return h >= 2 && h <= 5 && len(w)-h-1 >= 2 && len(w)-h-1 <= 5 && !hyphenSuffixWords[w[h+1:]]
}

// hyphenSuffixWords after a hyphen make an English compound, not a given
// name ("Spin-off", "Tie-up", "Star-like", "Fan-made").
var hyphenSuffixWords = setOf("off", "up", "out", "like", "based", "style", "type", "wide", "long", "free", "made",
	"led", "era", "age", "fi", "tv", "ins", "ons", "ups", "offs")

// joinHyphenFamilyNames puts back the family name that opens an East
// Asian name written family name first ("Oh Min-seo", "Go Jae-won", "Jun
// Hye-rin"), which the mention finder leaves out when the family name is
// spelt like an English word, a month or an interjection: the mention
// opens with a hyphenated given name (hyphenGivenName), no cue typed it
// other than as a person or a character, and right before it, one space
// away and outside any other mention, stands a capitalised word of two to
// four ASCII letters that is no function word (hyphenNameBlockers). It
// returns nothing; the mentions change in place.
func (a *article) joinHyphenFamilyNames() {
	for k := range a.ments {
		m := &a.ments[k]
		s := &a.sents[m.sent]
		d := int(m.a) - 1
		if m.the || m.quoted || m.words > 2 || d < s.a || s.titleCase || m.typ != "" && !pcType(m.typ) {
			continue
		}
		g := &a.toks[m.a]
		if g.kind != kWord || !hyphenGivenName(g.text) {
			continue
		}
		w := &a.toks[d]
		if w.kind != kWord || !w.cap || w.allCaps && len(w.text) > 1 || len(w.text) < 2 || len(w.text) > 4 || w.end+1 != g.start || hyphenNameBlockers[w.lower] {
			continue
		}
		if !asciiLetters(w.text) || k > 0 && a.ments[k-1].sent == m.sent && int(a.ments[k-1].b) > d {
			continue
		}
		typ, strength := m.typ, m.strength
		a.rementionAt(k, int(m.sent), d, int(m.b), typ, strength)
	}
}

// asciiLetters reports whether w is made of ASCII letters only.
func asciiLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return w != ""
}

// hyphenGivenRun reports whether mention m is a name written family name
// first with a hyphenated given name ("Noh Min-seo", "Yip Ka-fai"): two
// words, the first a capitalised word of two to five ASCII letters that
// is no word of the extractor's lexicons, the second a hyphenGivenName.
func (a *article) hyphenGivenRun(m *mention) bool {
	if m.words != 2 || m.b-m.a != 2 {
		return false
	}
	f, g := &a.toks[m.a], &a.toks[m.a+1]
	return f.kind == kWord && f.cap && !f.allCaps && len(f.text) >= 2 && len(f.text) <= 5 && asciiLetters(f.text) && !lexiconWord(f.lower) &&
		g.kind == kWord && hyphenGivenName(g.text)
}
