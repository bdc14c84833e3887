package loaders

import (
	"sort"
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// An interview in question-and-answer form (an intro paragraph, then
// questions and answers on lines of their own) tells the interviewee's
// own credits in the first person: "I co-wrote F with P", "I play C, a
// mathematician", "which I also created". interviewPronouns makes each
// "I" of an answer a mention of the interviewee, as subjectPronouns does
// with the "he" of a career piece, so that the relation patterns read it
// as the name.

// interviewCues are the intro's words for the interview itself ("We
// spoke to P", "we caught up with P", "P spoke to us").
var interviewCues = setOf("spoke", "speaks", "talked", "talks", "caught", "sat", "chatted", "chats", "asked",
	"interviewed")

// firstPersonWords are the forms of "I" an answer's subject takes.
var firstPersonWords = setOf("i", "i'm", "i've", "i'd", "i'll")

// minQuestionLines is the least number of question lines that makes an
// article a question-and-answer interview.
const minQuestionLines = 3

// lineStart reports whether sentence si opens a line.
func (a *article) lineStart(si int) bool {
	return si == 0 || a.toks[a.sents[si].a].nl > 0
}

// lineEnd returns the sentence after the line that sentence si opens.
func (a *article) lineEnd(si int) int {
	e := si + 1
	for e < len(a.sents) && !a.lineStart(e) {
		e++
	}
	return e
}

// questionLine reports whether the line of sentences [si, e) is an
// interviewer's question: labelled "Q:", or ending in a question mark
// (before any closing emphasis marks: "**Why now?**").
func (a *article) questionLine(si, e int) bool {
	if qLabel(a.toks, &a.sents[si]) {
		return true
	}
	s := &a.sents[e-1]
	k := s.b - 1
	for k > s.a && a.toks[k].kind == kPunct && a.toks[k].text == "*" {
		k--
	}
	return k >= s.a && a.toks[k].text == "?"
}

// answerLabel returns the lower-case label word that opens the line at
// sentence si ("Ndekwe: ...", "KELDREN: ...", "A: ..."), or "".
func (a *article) answerLabel(si int) string {
	s := &a.sents[si]
	k := s.a
	for k < s.b && a.toks[k].kind == kPunct && a.toks[k].text == "*" {
		k++
	}
	if k+1 >= s.b || a.toks[k].kind != kWord || !a.toks[k].cap {
		return ""
	}
	j := k + 1
	if a.toks[j].kind == kWord && a.toks[j].cap && j+1 < s.b {
		j++ // "Dana Quarro:"
	}
	for j < s.b && a.toks[j].kind == kPunct && a.toks[j].text == "*" {
		j++
	}
	if j >= s.b || a.toks[j].text != ":" {
		return ""
	}
	return a.toks[j-1].lower
}

// interviewShape finds the first question line of a question-and-answer
// interview and the label most of its answers carry ("" when none);
// first is -1 when the article has fewer than minQuestionLines questions
// or no line before the first.
func (a *article) interviewShape() (first int, label string) {
	first = -1
	questions := 0
	labels := map[string]int{}
	for si := 0; si < len(a.sents); {
		e := a.lineEnd(si)
		if a.questionLine(si, e) {
			questions++
			if first < 0 {
				first = si
			}
		} else if first >= 0 {
			if l := a.answerLabel(si); l != "" && l != "q" && l != "question" {
				labels[l]++
			}
		}
		si = e
	}
	if questions < minQuestionLines || first <= 0 {
		return -1, ""
	}
	best := 0
	for l, n := range labels {
		if n > best || n == best && l < label {
			label, best = l, n
		}
	}
	if best < 2 {
		label = ""
	}
	return first, label
}

// ivName is the name an interview's first-person mentions carry.
type ivName struct {
	text, key string
	words     int8
}

// interviewee returns the name of the person an interview is with: the
// full personal name that opens the headline before "on" ("P on Taking
// the Saga to Television"), when the answers' label, the intro or the
// headline's own words name that surname again, else the best of the
// intro's full personal names (the sentences before the first question)
// by these scores: the answers' label names it ("Ndekwe:", 4), an
// interview cue comes just before or after it ("we spoke to P", "we
// talked to Ndekwe", "P spoke to us", 3), the headline names it (2), it
// opens the intro ("P spent six years ...", 2), or the intro names it
// again (1). A best score below 3 or shared by two people gives none.
func (a *article) interviewee(first int, label string) (ivName, bool) {
	headLine := a.toks[a.sents[1].a].nl > 0
	if headLine {
		if n, ok := a.headlineOn(first, label); ok {
			return n, true
		}
	}
	best, bestScore, tie := -1, 0, false
	opening := a.sents[0].a
	if headLine {
		opening = a.sents[1].a
	}
	for opening < a.sents[first].a && a.toks[opening].kind != kWord {
		opening++
	}
	if opening < a.sents[first].a && tokLeadNoun(&a.toks[opening]) {
		opening++
	}
	openKey := ""
	for mi := range a.ments {
		if m := &a.ments[mi]; int(m.a) == opening {
			if e := int(m.b); !(e+1 < len(a.toks) && a.toks[e].lower == "and" && a.toks[e+1].cap) {
				openKey = m.key // not a pair ("P and Q made ...")
			}
			break
		}
	}
	for mi := range a.ments {
		m := &a.ments[mi]
		if int(m.sent) >= first {
			break
		}
		if m.words < 2 || !m.personShaped() || m.typ != "" && m.typ != kg.Person || m.pronoun || a.seenKey(mi, m.key) {
			continue
		}
		surname := a.toks[m.b-1].lower
		score := 0
		if label != "" && label != "a" && (label == surname || label == a.toks[m.a].lower) {
			score += 4
		}
		if headLine && (m.sent == 0 || a.inHeadline(m)) {
			score += 2
		}
		if a.cuedInIntro(first, m, surname, m.key == openKey) {
			score += 3
		}
		if m.key == openKey {
			score += 2
		}
		if a.namedAgain(mi, first, surname) {
			score++
		}
		switch {
		case score > bestScore:
			best, bestScore, tie = mi, score, false
		case score == bestScore && score > 0:
			tie = true
		}
	}
	if tie || bestScore < 3 {
		return ivName{}, false
	}
	m := &a.ments[a.interviewName(best)]
	// "former Navy SEAL P", "Co-creator P": the name after the last
	// all-capitals or job word
	k := int(m.b)
	for k > int(m.a) && a.toks[k-1].kind == kWord && !a.toks[k-1].allCaps && !tokLeadNoun(&a.toks[k-1]) {
		k--
	}
	if k > int(m.a) && int(m.b)-k >= 2 {
		text := a.text[a.toks[k].start:a.toks[m.b-1].end]
		return ivName{text, nameKey(text), int8(int(m.b) - k)}, true
	}
	return ivName{m.text, m.key, m.words}, true
}

// headlineOn returns the personal name (two or three capitalised words)
// that opens the headline line, or its part after a kicker and a colon
// ("Q&A: P on ..."), before the word "on", when the surname is the
// answers' label or comes back in the intro (the sentences before first).
func (a *article) headlineOn(first int, label string) (ivName, bool) {
	h := &a.sents[0]
	k := h.a
	for i := h.a; i < h.b && i < h.a+8; i++ {
		if a.toks[i].text == ":" {
			k = i + 1 // after a kicker
		}
	}
	for k < h.b && a.toks[k].kind != kWord {
		k++
	}
	e := k
	for e < h.b && e < k+3 && a.toks[e].kind == kWord && a.toks[e].cap && !a.toks[e].allCaps {
		e++
	}
	if e-k < 2 || e >= h.b || a.toks[e].lower != "on" || a.toks[e].cap {
		return ivName{}, false
	}
	surname := a.toks[e-1].lower
	again := label == surname
	for i := a.sents[1].a; i < a.sents[first].a && !again; i++ {
		again = a.toks[i].lower == surname && a.toks[i].cap
	}
	if !again {
		return ivName{}, false
	}
	text := a.text[a.toks[k].start:a.toks[e-1].end]
	return ivName{text, nameKey(text), int8(e - k)}, true
}

// firstMentionOf returns the first mention of sentence si, or nil.
func (a *article) firstMentionOf(si int) *mention {
	mi := a.firstMentionFrom(si)
	if mi < len(a.ments) && int(a.ments[mi].sent) == si {
		return &a.ments[mi]
	}
	return nil
}

// seenKey reports whether a mention before mi has key.
func (a *article) seenKey(mi int, key string) bool {
	for k := 0; k < mi; k++ {
		if a.ments[k].key == key {
			return true
		}
	}
	return false
}

// namedAgain reports whether a later mention of the intro (before
// sentence first) ends with the surname of mention mi.
func (a *article) namedAgain(mi, first int, surname string) bool {
	for k := mi + 1; k < len(a.ments) && int(a.ments[k].sent) < first; k++ {
		if o := &a.ments[k]; o.key != a.ments[mi].key && a.toks[o.b-1].lower == surname {
			return true
		}
	}
	return false
}

// interviewName returns a mention of the same person as mention mi
// without a leading job word ("Co-creator P" gives "P"): a later mention
// whose key ends the key of mi after a space and has two words at least;
// else mi.
func (a *article) interviewName(mi int) int {
	key := a.ments[mi].key
	for k := mi + 1; k < len(a.ments); k++ {
		if o := &a.ments[k]; o.words >= 2 && len(o.key) < len(key) && hasSuffixAfter(key, " ", o.key) {
			return k
		}
	}
	return mi
}

// inHeadline reports whether the headline line holds the words of
// mention m.
func (a *article) inHeadline(m *mention) bool {
	h := &a.sents[0]
	n := int(m.b - m.a)
	for i := h.a; i+n <= h.b; i++ {
		same := true
		for k := 0; k < n && same; k++ {
			same = a.toks[i+k].lower == a.toks[int(m.a)+k].lower
		}
		if same {
			return true
		}
	}
	return false
}

// cueFillers may stand between an interview cue and the name ("spoke to
// creator and showrunner P", "caught up with P").
var cueFillers = setOf("to", "with", "up", "down", "by", "and", "the", "series'", "show's", "film's")

// cuedInIntro reports whether an interview cue of the intro (the
// sentences before first) comes before the name of m or its surname,
// with at most three fillers or job words between ("We spoke to creator
// P", "we talked to Ndekwe"), or a person's name comes just before a cue
// ("P spoke to us").
func (a *article) cuedInIntro(first int, m *mention, surname string, opening bool) bool {
	end := a.sents[first].a
	for i := a.sents[0].a; i < end; i++ {
		t := &a.toks[i]
		if t.kind != kWord || !interviewCues[t.lower] {
			continue
		}
		if i == int(m.b) && m.typ == kg.Person {
			return true // "P spoke to us"
		}
		if i+2 < end && a.toks[i+2].lower == "us" && m.sent == a.sentOf(i) && a.firstMentionOf(int(m.sent)) == m {
			return true // "P, who voices C, spoke to us"
		}
		for k := i + 1; k < end && k <= i+5; k++ {
			w := &a.toks[k]
			if k == int(m.a) || w.lower == surname && w.cap && (k+1 >= end || a.toks[k+1].kind != kWord || !a.toks[k+1].cap) {
				// "we spoke to P and Q": a pair, neither the interviewee
				e := max(k+1, int(m.b))
				return !(e+1 < end && a.toks[e].lower == "and" && a.toks[e+1].cap)
			}
			if opening && (w.lower == "her" || w.lower == "him") && (k+1 >= end || a.toks[k+1].kind != kWord || !a.toks[k+1].cap) {
				return true // "P spent six years ... We spoke with her"
			}
			if w.kind != kWord || w.cap || !cueFillers[w.lower] && !tokLeadNoun(w) {
				break
			}
		}
	}
	return false
}

// interviewPronouns makes the "I" (and "me") of each answer of a
// question-and-answer interview a mention of the interviewee: the answer
// lines after the first question, not the questions, not a line whose
// label names someone else, and not words inside a quotation ("he came up
// to me and said, 'I ...'") or a title. The intro before the first
// question tells the interviewee's career in the third person ("P has
// made ...; he directed F and G"): its "he" (or "she", when the intro's
// pronouns are all of one gender) is made a mention of the interviewee
// too.
func (a *article) interviewPronouns() {
	if len(a.sents) < 6 || a.subjPersonKey != "" {
		return
	}
	first, label := a.interviewShape()
	if first < 0 {
		return
	}
	p, ok := a.interviewee(first, label)
	if !ok {
		return
	}
	a.introEpithets(p, first)
	n := len(a.ments)
	if g := a.introGender(first); g != "" {
		intro := 0
		if a.toks[a.sents[1].a].nl > 0 {
			intro = 1
		}
		a.addInterviewPronouns(p, intro, first, g)
	}
	for si := first; si < len(a.sents); {
		e := a.lineEnd(si)
		if a.questionLine(si, e) {
			si = e
			continue
		}
		if l := a.answerLabel(si); label != "" && l != label && l != "a" {
			si = e // an interviewer's statement, or another speaker
			continue
		}
		a.addInterviewPronouns(p, si, e, "i")
		si = e
	}
	if len(a.ments) > n {
		a.sortMentions()
	}
}

// introGender returns "he" or "she" when the pronouns of the intro (the
// sentences before first) are all of one gender, else "".
func (a *article) introGender(first int) string {
	he, she := a.pronounCounts(a.sents[1].a, a.sents[first].a)
	switch {
	case he > 0 && she == 0:
		return "he"
	case she > 0 && he == 0:
		return "she"
	}
	return ""
}

// opinionVerbs after "I" begin an opinion or a memory, not a credit ("I
// think he's wonderful", "I remember ...").
var opinionVerbs = setOf("think", "thought", "guess", "mean", "know", "knew", "love", "loved", "remember", "feel",
	"felt", "hope", "believe", "wish", "wanted", "want", "said", "say", "told", "tell", "asked", "ask", "see", "saw",
	"like", "liked", "suppose", "agree", "admit", "imagine", "bet", "heard", "read", "watched")

// lastPersonIs reports whether the last personal name before offset at
// (among the mentions before index mi) names p: the pronoun of an intro
// goes back to it ("P directed F; he ..."), not across another person
// ("Q plays two versions of the same man. He ...").
func (a *article) lastPersonIs(mi int, at int32, p ivName) bool {
	for k := mi - 1; k >= 0; k-- {
		m := &a.ments[k]
		if m.start >= at || m.typ != "" && m.typ != kg.Person || m.words < 2 && !m.pronoun && m.typ != kg.Person {
			continue
		}
		if m.words >= 2 && !m.personShaped() || int(m.b) < len(a.toks) && a.toks[m.b].kind == kPoss {
			continue // not a person, or an owner ("Q's F")
		}
		return m.key == p.key || hasSuffixAfter(m.key, " ", p.key) || strings.HasSuffix(p.key, " "+m.key)
	}
	return false
}

// addInterviewPronouns adds a mention named p for each pronoun w ("he",
// "she", or "i" for the forms of firstPersonWords) of sentences [si, e)
// outside quotations, titles and title-case lines.
func (a *article) addInterviewPronouns(p ivName, si, e int, w string) {
	n := len(a.ments)
	mi := sort.Search(n, func(k int) bool { return int(a.ments[k].sent) >= si })
	inQuote := false
	ts := si
	for k := a.sents[si].a; k < a.sents[e-1].b; k++ {
		t := &a.toks[k]
		if t.kind == kQuote && t.text != "'" && t.text != "\u2018" && t.text != "\u2019" {
			inQuote = t.open
			continue
		}
		if inQuote || t.kind != kWord {
			continue
		}
		if w == "i" {
			withMe := t.lower == "me" && a.toks[k-1].lower == "with" // "who co-directed it with me"
			if !withMe && (!firstPersonWords[t.lower] || !t.cap) ||
				k+1 < len(a.toks) && opinionVerbs[a.toks[k+1].lower] {
				continue
			}
		} else if t.lower != w {
			continue
		}
		for mi < n && a.ments[mi].end <= t.start {
			mi++
		}
		if w != "i" && !a.lastPersonIs(mi, t.start, p) {
			continue
		}
		if mi < n && a.ments[mi].start <= t.start {
			continue // inside a title ("Honey, I ...")
		}
		for ts+1 < e && k >= a.sents[ts+1].a {
			ts++
		}
		if a.sents[ts].titleCase {
			continue
		}
		a.ments = append(a.ments, mention{sent: int32(ts), a: int32(k), b: int32(k + 1), start: t.start, end: t.end,
			text: p.text, key: p.key, words: p.words, typ: kg.Person, strength: 3, ent: -1, pronoun: true})
	}
}

// introEpithetNouns, with the lead nouns, end an intro's epithet for the
// interviewee ("The veteran animation director, whose credits include F,
// ...", "The Dublin-born dancer was ...").
var introEpithetNouns = setOf("dancer", "choreographer", "adviser", "advisor", "coordinator", "designer", "animator",
	"actress", "artist", "filmmaker", "novelist", "veteran", "stuntwoman", "stuntman", "supervisor")

// introEpithets makes the epithet that opens a sentence of the intro
// (before sentence first) a mention of the interviewee p: "The" and at
// most three words ending in a job noun, then a comma or a lower-case
// word ("The animation veteran, who directed F and G, brought ..."), when
// the last personal name before it names p. One-word names inside it
// ("The Australian filmmaker") are no longer mentions.
func (a *article) introEpithets(p ivName, first int) {
	added := false
	for si := 1; si < first; si++ {
		s := &a.sents[si]
		if s.titleCase || a.toks[s.a].lower != "the" {
			continue
		}
		e := -1
		for k := s.a + 1; k < s.b-1 && k <= s.a+4; k++ {
			t := &a.toks[k]
			if t.kind != kWord {
				break
			}
			if !t.cap && (tokLeadNoun(t) || introEpithetNouns[t.lower]) {
				if n := &a.toks[k+1]; n.text == "," || n.kind == kWord && !n.cap {
					e = k + 1
				}
				break
			}
		}
		if e < 0 {
			continue
		}
		start, end := a.toks[s.a].start, a.toks[e-1].end
		mi := a.firstMentionFrom(si)
		if !a.lastPersonIs(mi, start, p) {
			continue
		}
		ok := true
		k := mi
		for ; k < len(a.ments) && a.ments[k].start < end; k++ {
			if m := &a.ments[k]; m.words > 1 || m.typ != "" {
				ok = false
			}
		}
		if !ok {
			continue
		}
		// drop the one-word names inside, add the epithet
		a.ments = append(a.ments[:mi], a.ments[k:]...)
		a.ments = append(a.ments, mention{sent: int32(si), a: int32(s.a), b: int32(e), start: start, end: end,
			text: p.text, key: p.key, words: p.words, typ: kg.Person, strength: 3, ent: -1, pronoun: true})
		added = true
	}
	if added {
		a.sortMentions()
	}
}
