package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// roundupFilms gives the film anaphors of claims, in a report on several
// productions (a roundup, an awards list, a ranking), the production the
// paragraph is about: the film its first sentence opens with
// (paragraphLead), or the film of the section heading above it
// (headingLine); a paragraph opening with a sentence that names no film
// is led by the headline film its second sentence opens with ("The
// weekend's other robot is the homicidal kind. F, ..."). It applies only
// when at least two paragraphs or sections lead with productions other
// than the article's subject, and those name at least two productions, or
// when one such lead is a film the headline names too (a report on the
// headline's two films); only claims in such paragraphs change. Short of
// that, a paragraph whose opening sentence is about another film than the
// subject, named anywhere in it (openerFilm: "First place went to N's F,
// which opened to ...", "Over on C, the comedy-drama F was ..."), hands F
// to the film anaphors of the claims of its later sentences, up to a
// sentence that names another film or the subject. A career piece
// is left to careerFilms. Runs once the subject film is picked.
func (a *article) roundupFilms() {
	a.seriesOfSubject()
	a.originalParts()
	if a.career || a.subjectFilm < 0 || len(a.sents) < 4 {
		return
	}
	subj := a.find(int(a.subjectFilm))
	lead := make([]int32, len(a.sents)) // per sentence: its paragraph's lead film mention, or -1
	var distinct map[int]bool
	leads, heads := 0, 0 // heads: leads the headline names too
	cur, section := int32(-1), int32(-1)
	var opener []int32 // per sentence: the film its paragraph's opening sentence is about, or -1
	open, openEnt := int32(-1), -1
	for si := range a.sents {
		if open >= 0 && (a.toks[a.sents[si].a].nl >= 2 || a.sents[si].titleCase || a.namesFilmBut(si, openEnt)) {
			open = -1 // a new paragraph, a heading, or another film named
		}
		if open >= 0 {
			opener[si] = open
		}
		if si > 0 && a.headingLine(si) {
			// a section heading of its own line ("Seized 3 (2015)"): its
			// film carries over the paragraphs under it
			section = -1
			if f := a.sectionFilm(si); f >= 0 {
				if e := a.find(int(a.ments[f].ent)); e != subj && a.strongFilm(e) {
					section = int32(f)
					leads++
					if distinct == nil {
						distinct = map[int]bool{}
					}
					distinct[e] = true
				}
			}
			cur = section
			lead[si] = cur
			continue
		}
		if si == 0 || a.toks[a.sents[si].a].nl >= 2 || a.sents[si-1].titleCase {
			if section >= 0 || !a.filmlessParagraph(si, cur) {
				cur = section
			}
			f := a.paragraphLead(si)
			if f < 0 && si+1 < len(a.sents) && a.toks[a.sents[si+1].a].nl < 2 && a.namesNoFilm(si) {
				// "The weekend's other robot is the homicidal kind. F, ...":
				// an opener that names no film leaves the lead to the
				// sentence after it
				if g := a.paragraphLead(si + 1); g >= 0 && a.headlineFilm(a.find(int(a.ments[g].ent))) {
					f = g
				}
			}
			if si > 0 && !a.sents[si].titleCase {
				if o := a.openerFilm(si, subj); o >= 0 {
					if opener == nil {
						opener = make([]int32, len(a.sents))
						for i := range opener {
							opener[i] = -1
						}
					}
					open, openEnt = int32(o), a.find(int(a.ments[o].ent))
				}
			}
			if f >= 0 && si > 0 {
				if e := a.find(int(a.ments[f].ent)); e != subj && a.strongFilm(e) {
					cur = int32(f)
					leads++
					if a.headlineFilm(e) {
						heads++
					}
					if distinct == nil {
						distinct = map[int]bool{}
					}
					distinct[e] = true
				}
			}
		}
		lead[si] = cur
	}
	roundup := (leads >= 2 && len(distinct) >= 2) || heads > 0
	if !roundup && opener == nil {
		return
	}
	for i := range a.claims {
		c := &a.claims[i]
		if !filmAnaphorRel(c.rel) || c.obj.m >= 0 || c.obj.ana != anaFilm && c.obj.ana != anaSeries || int(c.sent) >= len(lead) {
			continue
		}
		if f := lead[c.sent]; roundup && f >= 0 {
			c.obj = arg{m: f, of: -1, abs: true}
		} else if opener != nil && opener[c.sent] >= 0 {
			c.obj = arg{m: opener[c.sent], of: -1, abs: true}
		}
	}
}

// openerFilm returns the mention of the one film other than the subject
// (local entity subj) that sentence si, a paragraph's first, is about,
// named anywhere in it: typed a film by a strong cue, not named in passing
// ("after F", "like F", "the X star"), as an earlier film ("the previous
// film, F") nor as someone's credit ("known for F", "the director
// behind F", "P (F) plays C"), nor as another production's origin or a
// past one (originBefore), and the only film the sentence names (a name
// only weakly typed a film aside), the subject not named in it nor
// another name of it (partOfKey), in a sentence that does not open with a
// person or a character ("P is the grandmother, F, ..."); else -1.
func (a *article) openerFilm(si, subj int) int {
	s := &a.sents[si]
	found, fe := -1, -1
	for mi := a.firstMentionFrom(si); mi < len(a.ments) && int(a.ments[mi].sent) == si; mi++ {
		m := &a.ments[mi]
		if m.ent < 0 {
			continue
		}
		e := a.find(int(m.ent))
		if int(m.a) == s.a && (a.ents[e].typ == kg.Person || a.ents[e].typ == kg.Character) {
			return -1 // "P is the grandmother, F, ...": about a person
		}
		if a.ents[e].typ != kg.Film || e == fe || e != subj && !a.strongFilm(e) {
			continue // (a name weakly typed a film is no topic)
		}
		if e == subj || found >= 0 || a.partOfKey(a.ents[e].key, a.ents[subj].key) || a.passingMention(mi) || a.earlierLead(s, int(m.a)) || a.creditedBefore(s, int(m.a)) || a.originBefore(s, int(m.a)) {
			return -1
		}
		k := int(m.a) - 1
		if m.the {
			k--
		}
		if k >= s.a && (creditPreps[a.toks[k].lower] || a.toks[k].text == "(" || a.toks[k].lower == "as") {
			return -1 // "known for F", "P (F) plays C", "P as F": a role
		}
		found, fe = mi, e
	}
	return found
}

// partOfKey reports whether key is the words that close key full ("x" of
// "the legend of x"): another name of the same production.
func (a *article) partOfKey(key, full string) bool {
	return len(full) > len(key)+1 && strings.HasSuffix(full, key) && full[len(full)-len(key)-1] == ' '
}

// originBefore reports whether the tokens of sentence s before token k
// name the film there as another production's origin or as a past one: a
// newer-production noun ("A follow-up to F", "the 2011 spin-off F"),
// "reprising", or a year before the article's.
func (a *article) originBefore(s *sentence, k int) bool {
	year := ""
	if len(a.in.Article.Date) >= 4 {
		year = a.in.Article.Date[:4]
	}
	for t := s.a; t < k; t++ {
		w := &a.toks[t]
		if newerNouns[w.lower] || w.lower == "reprising" || year != "" && w.kind == kNum && isYear(w.text) && w.text < year {
			return true
		}
	}
	return false
}

// namesFilmBut reports whether sentence si names a film other than local
// entity e.
func (a *article) namesFilmBut(si, e int) bool {
	for mi := a.firstMentionFrom(si); mi < len(a.ments) && int(a.ments[mi].sent) == si; mi++ {
		if m := &a.ments[mi]; m.ent >= 0 {
			if f := a.find(int(m.ent)); f != e && a.ents[f].typ == kg.Film {
				return true
			}
		}
	}
	return false
}

// paragraphLead returns the film mention that sentence si opens with: its
// first name within its first nine tokens (an owner before a possessive
// and a lone capitalised word nothing resolved skipped), resolved to a
// film and not named in passing nor as an earlier film ("the previous
// film, X"); else -1.
func (a *article) paragraphLead(si int) int {
	s := &a.sents[si]
	if s.titleCase {
		return -1
	}
	for mi := a.firstMentionFrom(si); mi < len(a.ments) && int(a.ments[mi].sent) == si; mi++ {
		m := &a.ments[mi]
		if e := int(m.b); e < s.b && a.toks[e].kind == kPoss || m.ent < 0 && m.typ == "" {
			continue // an owner ("Showtime's X"), a word opening the sentence
		}
		if int(m.a)-s.a > 9 || m.ent < 0 || a.ents[a.find(int(m.ent))].typ != kg.Film || a.passingMention(mi) || a.earlierLead(s, int(m.a)) || a.yearLedName(m, a.dateYear()) {
			return -1 // (not "Its 2005 predecessor, X, ...": an earlier film)
		}
		return mi
	}
	return -1
}

// strongFilm reports whether a mention of local film entity e was typed a
// film by a cue of strength two or more.
func (a *article) strongFilm(e int) bool {
	for _, mi := range a.ents[e].mentions {
		if m := &a.ments[mi]; m.typ == kg.Film && m.strength >= 2 {
			return true
		}
	}
	return false
}

// headingLine reports whether sentence si is a short line of its own (at
// most ten tokens, or eighteen when it closes with a year in brackets:
// "Seized 3: The Last Harbour of the North (2015)"; a line break before it
// and a paragraph break after it): a section heading, numbered or not
// ("3." then "Seized 3 (2015)").
func (a *article) headingLine(si int) bool {
	s := &a.sents[si]
	if s.b-s.a > 10 && !(s.b-s.a <= 18 && a.yearParenEnd(s)) || s.b <= s.a || si+1 >= len(a.sents) || a.toks[a.sents[si+1].a].nl < 2 {
		return false
	}
	if a.toks[s.a].nl > 0 {
		return true
	}
	// "3. Seized 3 (2015)": a number of its own before it on the line
	p := &a.sents[si-1]
	return p.b-p.a <= 2 && a.toks[p.a].kind == kNum && (a.toks[p.a].nl > 0 || p.a == 0) || a.markedNumber(p)
}

// yearParenEnd reports whether sentence s ends with a bracket that holds a
// year ("(2015)", "(2013-2017)", "(1998, TV film)"), after Markdown bold
// markers.
func (a *article) yearParenEnd(s *sentence) bool {
	t := s.b - 1
	for t > s.a && a.toks[t].text == "*" {
		t--
	}
	if t <= s.a || a.toks[t].text != ")" {
		return false
	}
	for k := t - 1; k > s.a && k >= t-6; k-- {
		if a.toks[k].text == "(" {
			return a.toks[k+1].kind == kNum && isYear(a.toks[k+1].text)
		}
	}
	return false
}

// markedNumber reports whether sentence p is a list number behind
// Markdown bold markers at the start of its line ("**3." before "Seized 3
// (2015)**"): one to three "*" tokens, then a number and at most a full
// stop.
func (a *article) markedNumber(p *sentence) bool {
	t := p.a
	for t < p.b && t < p.a+3 && a.toks[t].text == "*" {
		t++
	}
	return t > p.a && (a.toks[p.a].nl > 0 || p.a == 0) && t < p.b && a.toks[t].kind == kNum && p.b-t <= 2
}

// sectionFilm returns the first mention of heading sentence si resolved
// to a film, or -1.
func (a *article) sectionFilm(si int) int {
	for mi := a.firstMentionFrom(si); mi < len(a.ments) && int(a.ments[mi].sent) == si; mi++ {
		m := &a.ments[mi]
		if m.ent >= 0 && a.ents[a.find(int(m.ent))].typ == kg.Film {
			return mi
		}
	}
	return -1
}

// filmlessParagraph reports whether the paragraph that sentence si opens
// names no other film than cur, the film mention the paragraph before it
// led with: it goes on about that production ("Universal's F had to
// settle for third place." then "P returns as C, ..."). A title named in
// passing ("the writer of X") or an earlier film of cur's series (X of
// "X 2.0") does not change the topic.
func (a *article) filmlessParagraph(si int, cur int32) bool {
	end := si + 1
	for end < len(a.sents) && a.toks[a.sents[end].a].nl < 2 {
		end++
	}
	carried, ckey := -1, ""
	if cur >= 0 && a.ments[cur].ent >= 0 {
		carried = a.find(int(a.ments[cur].ent))
		ckey = a.ents[carried].key
	}
	for mi := a.firstMentionFrom(si); mi < len(a.ments) && int(a.ments[mi].sent) < end; mi++ {
		m := &a.ments[mi]
		if m.ent < 0 {
			continue
		}
		e := a.find(int(m.ent))
		if a.ents[e].typ != kg.Film {
			continue
		}
		if carried >= 0 && (e == carried || a.passingMention(mi) || baseKeyOf(a.ents[e].key, ckey)) {
			continue
		}
		return false
	}
	return true
}

// baseKeyOf reports whether key names the base title of key full: "x" of
// "x 2.0" or "x: the reckoning".
func baseKeyOf(key, full string) bool {
	return len(key) >= 2 && len(full) > len(key)+1 && full[:len(key)] == key && (full[len(key)] == ' ' || full[len(key)] == ':')
}

// namesNoFilm reports whether sentence si names no film.
func (a *article) namesNoFilm(si int) bool {
	for mi := a.firstMentionFrom(si); mi < len(a.ments) && int(a.ments[mi].sent) == si; mi++ {
		if m := &a.ments[mi]; m.ent >= 0 && a.ents[a.find(int(m.ent))].typ == kg.Film {
			return false
		}
	}
	return true
}

// headlineFilm reports whether local film entity e is named in the
// headline: one of the productions a report on several is about.
func (a *article) headlineFilm(e int) bool {
	if a.ents[e].headline > 0 || a.headKeys[a.ents[e].key] {
		return true
	}
	for _, mi := range a.ents[e].mentions {
		if a.ments[mi].head || a.ments[mi].sent == 0 && a.sents[0].titleCase {
			return true
		}
	}
	return false
}

// seriesOfSubject makes "the series" the article's subject when the title
// picked for it (the one with a series cue) is the subject's base ("X" of
// "X: LA", "X 2"): the new show is the series the text is at, its base is
// named as what it comes from.
func (a *article) seriesOfSubject() {
	if a.subjectFilm < 0 || a.seriesFilm < 0 {
		return
	}
	subj, ser := a.find(int(a.subjectFilm)), a.find(int(a.seriesFilm))
	if subj != ser && baseKeyOf(a.ents[ser].key, a.ents[subj].key) {
		a.seriesFilm = int32(subj)
	}
}
