package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// mention is a candidate name in a sentence: a capitalised run of words, a
// quoted title or a short form starting with a particle ("de Armas").
type mention struct {
	sent       int32
	a, b       int32 // tokens of the name (a leading "The" excluded)
	start, end int32 // byte offsets of the whole mention in the original text
	text       string
	key        string
	the        bool // written with a capitalised "The" inside a sentence
	quoted     bool
	short      bool // particle form ("de Armas"): only kept when it resolves
	gazette    bool // found by matching known names in a headline
	words      int8 // word tokens
	colon      bool
	digit      bool
	allCaps    bool

	typ      kg.NodeType
	strength int8
	format   string // FILM or SERIES cue
	world    string // REAL or FICTIONAL cue
	kind     string // organisation kind cue
	ent      int32  // local entity, -1 when none
}

// personShaped reports whether the mention looks like a personal name: two to
// four capitalised words, no digits, colon or quotes.
func (m *mention) personShaped() bool {
	return m.words >= 2 && m.words <= 4 && !m.digit && !m.colon && !m.quoted && !m.the && !m.allCaps
}

// setType records a type cue of the given strength; a stronger cue wins.
func (m *mention) setType(t kg.NodeType, strength int8) {
	if strength > m.strength {
		m.typ, m.strength = t, strength
	}
}

// findMentions finds the mentions of sentence si and appends them to a.ments.
func (a *article) findMentions(si int) {
	s := &a.sents[si]
	toks := a.toks
	if s.titleCase {
		return // headlines are matched against known names later
	}
	first := s.a
	for first < s.b && toks[first].kind != kWord && toks[first].kind != kNum {
		first++
	}
	for i := s.a; i < s.b; {
		t := &toks[i]
		if t.kind == kQuote && t.open {
			if j, ok := a.quotedTitle(si, i); ok {
				i = j
				continue
			}
			i++
			continue
		}
		if t.kind == kWord && t.cap && a.canStart(s, i, i == first) {
			j := a.extendRun(s, i)
			a.addMention(si, i, j, false)
			i = j
			continue
		}
		if t.kind == kWord && !t.cap && particles[t.lower] && i+1 < s.b && toks[i+1].kind == kWord && toks[i+1].cap &&
			toks[i+1].start-t.end <= 1 && (i == s.a || !toks[i-1].cap) {
			j := a.extendRun(s, i+1)
			if j == i+2 {
				a.addMention(si, i, j, false)
				a.ments[len(a.ments)-1].short = true
				i = j
				continue
			}
		}
		i++
	}
}

// canStart reports whether the capitalised token i can start a name.
func (a *article) canStart(s *sentence, i int, sentenceStart bool) bool {
	t := &a.toks[i]
	next := (*token)(nil)
	if i+1 < s.b && a.toks[i+1].nl == 0 {
		next = &a.toks[i+1]
	}
	nextCap := next != nil && next.kind == kWord && next.cap && !commonWords[next.lower]
	if months[t.lower] != 0 || weekdays[t.lower] {
		return false
	}
	if t.lower == "the" {
		return nextCap || !sentenceStart && next != nil && next.kind == kWord && next.cap && i+2 < s.b && a.toks[i+2].kind == kWord && a.toks[i+2].cap
	}
	if nonNames[t.lower] && !(nextCap || next != nil && next.kind == kNum) {
		return false
	}
	if commonWords[t.lower] {
		if sentenceStart {
			return false
		}
		return nextCap || next != nil && (next.kind == kNum || next.kind == kWord && next.cap)
	}
	return true
}

// extendRun returns the end of the capitalised run starting at token i.
func (a *article) extendRun(s *sentence, i int) int {
	toks := a.toks
	capWord := func(k int) bool {
		return k < s.b && toks[k].kind == kWord && toks[k].cap && toks[k].nl == 0 && months[toks[k].lower] == 0
	}
	j := i + 1
	colon := false
	for j < s.b {
		t := &toks[j]
		if t.nl > 0 {
			break
		}
		switch {
		case capWord(j):
			j++
			continue
		case t.kind == kNum && len(t.text) <= 3 && toks[j-1].kind == kWord:
			j++
			continue
		case t.kind == kWord && particles[t.lower] && capWord(j+1) && !commonWords[toks[j+1].lower]:
			j += 2
			continue
		case t.lower == "of" && capWord(j+1) && !commonWords[toks[j+1].lower]:
			j += 2
			continue
		case t.lower == "of" && j+2 < s.b && toks[j+1].lower == "the" && capWord(j+2) && !commonWords[toks[j+2].lower]:
			j += 3
			continue
		case t.text == ":" && !colon && capWord(j+1) && (!commonWords[toks[j+1].lower] || capWord(j+2) || j+2 < s.b && toks[j+2].kind == kNum):
			colon = true
			j += 2
			continue
		case t.kind == kDash && t.space && colon && capWord(j+1):
			j += 2
			continue
		case t.text == "&" && capWord(j+1):
			j += 2
			continue
		case t.text == "." && !t.space && (len(toks[j-1].text) == 1 && toks[j-1].cap || abbreviations[toks[j-1].lower]) && capWord(j+1):
			j++
			continue
		case t.text == "+" && !t.space:
			j++
			continue
		}
		break
	}
	// drop trailing function words and separators
	for j > i+1 && (toks[j-1].kind != kWord && toks[j-1].kind != kNum && toks[j-1].text != "+" || titleFunctionWords[toks[j-1].lower] && toks[j-1].kind == kWord) {
		j--
	}
	return j
}

// quotedTitle reads a quoted title starting at the opening quote i. It
// returns the index after the closing quote and whether a title was found.
func (a *article) quotedTitle(si, i int) (int, bool) {
	toks := a.toks
	s := &a.sents[si]
	j := i + 1
	words := 0
	for j < s.b && j-i <= 16 {
		t := &toks[j]
		if t.kind == kQuote && !t.open {
			break
		}
		if t.kind == kQuote && t.open {
			return i + 1, false
		}
		if t.kind == kWord {
			words++
			if !t.cap && !titleFunctionWords[t.lower] {
				return i + 1, false
			}
		}
		j++
	}
	if j >= s.b || toks[j].kind != kQuote || words == 0 || words > 10 {
		return i + 1, false
	}
	end := j
	for end > i+1 && toks[end-1].kind == kPunct && strings.Contains(",.!?;:", toks[end-1].text) {
		end--
	}
	if end <= i+1 || toks[i+1].kind != kWord && toks[i+1].kind != kNum || !toks[i+1].cap && toks[i+1].kind == kWord {
		return i + 1, false
	}
	a.addMention(si, i+1, end, true)
	return j + 1, true
}

// addMention records tokens [i, j) of sentence si as a mention.
func (a *article) addMention(si, i, j int, quoted bool) {
	toks := a.toks
	m := mention{sent: int32(si), start: toks[i].start, end: toks[j-1].end, quoted: quoted, ent: -1}
	s := &a.sents[si]
	if toks[i].lower == "the" && j-i > 1 {
		m.the = toks[i].cap && (i > s.a || quoted)
		i++
	}
	m.a, m.b = int32(i), int32(j)
	caps := true
	for k := i; k < j; k++ {
		t := &toks[k]
		switch t.kind {
		case kWord:
			m.words++
			if !t.allCaps && len([]rune(t.text)) > 1 {
				caps = false
			}
		case kNum:
			m.digit = true
		case kPunct:
			if t.text == ":" {
				m.colon = true
			}
		}
	}
	m.allCaps = caps && m.words > 0
	m.text = NormalizeSurface(a.text[toks[i].start:toks[j-1].end])
	m.key = nameKey(m.text)
	a.ments = append(a.ments, m)
}

// nameKey is the comparison key of a surface form: folded, without a
// leading article.
func nameKey(s string) string {
	return strings.TrimPrefix(foldKey(s), "the ")
}

// foldKey is kg.Fold with a fast path for ASCII text (same result).
func foldKey(s string) string {
	lower, clean := true, true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return kg.Fold(s)
		}
		if 'A' <= c && c <= 'Z' {
			lower = false
		}
		if c == '`' || c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ') || c < ' ' || c == 0x7f {
			clean = false
		}
	}
	if lower && clean {
		return s
	}
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			space = true
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case c == '`':
			c = '\''
		}
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		b = append(b, c)
	}
	return string(b)
}
