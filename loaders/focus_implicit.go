package loaders

import (
	"github.com/franchisekg/franchisekg/internal/kg"
)

// A credit's film is EXPLICIT when the text chose it: a title named in the
// clause or the sentence, a title opening an earlier sentence of the
// paragraph or its heading (focusFilm), or a film word the text uses ("the
// film", "the series", "that film"). It is IMPLICIT when no such word is
// there and focusFilm filled the slot with its default, the article's own
// film ("P plays C" with nothing else said). The patterns mark the implicit
// ones (implicitFilmArg, below) so that a decision made once the article is
// read may give them the film their paragraph is about instead
// (paragraphTopicCredits).

// implicitMark, in the n field of an anaFilm argument (a field only
// anaAllFilms reads otherwise), marks the film slot focusFilm filled with
// its default.
const implicitMark uint8 = 1

// implicitFilmArg is the article's film as focusFilm's default: no title
// and no film word of the text chose it.
var implicitFilmArg = arg{m: -1, ana: anaFilm, n: implicitMark, of: -1}

// implicitFilm reports whether x is the default film of focusFilm.
func (x arg) implicitFilm() bool { return x.m < 0 && x.ana == anaFilm && x.n == implicitMark }

// namedFocus is focusFilm for a film word the text uses ("the film", "the
// Warner Bros. release"): the same film, but chosen by the text, never the
// implicit default.
func (p *pctx) namedFocus() arg {
	f := p.focusFilm()
	if f.implicitFilm() {
		f.n = 0
	}
	return f
}

// paragraphTopicCredits gives each credit whose film is the implicit
// default the film its paragraph is about, when that is another film than
// the article's (paragraphTopic): "Its director's next project was Pellmoor
// Lights, a drama about two sisters. Maelis Quellen plays the elder." credits
// Maelis Quellen with Pellmoor Lights, not with the film the article is about.
// Runs after local resolution, when the article's film is known.
func (a *article) paragraphTopicCredits() {
	if a.subjectFilm < 0 {
		return
	}
	subj := a.find(int(a.subjectFilm))
	last, topic := int32(-1), -1
	for i := range a.claims {
		c := &a.claims[i]
		if !c.obj.implicitFilm() || !filmAnaphorRel(c.rel) {
			continue
		}
		if c.sent != last {
			last, topic = c.sent, a.paragraphTopic(int(c.sent), subj)
		}
		if topic >= 0 {
			c.obj = arg{m: int32(topic), of: -1, abs: true}
		}
	}
}

// paragraphTopic returns the mention of the film the credits of sentence
// si are about when that is one film other than the article's (entity
// subj), else -1: the one film the sentence itself names, where a
// sentence puts what it is about (topicPlace: "F followed in 2018, with P
// as C", "X, a 2022 limited series in which P played C"); else, when the
// sentence names none, the one film its paragraph names up to it, in the
// paragraph's first sentence or the sentence before si. Never a film
// named in passing (passingMention: "P, who directed F, ..."), nor one
// after "the film" or "the series" (then the text is about the article's
// film, and the other is a comparison), nor in a paragraph that names the
// article's film up to si.
func (a *article) paragraphTopic(si, subj int) int {
	p0 := a.paragraphOf(si)
	own, oe := -1, -1   // the film the sentence names
	topic, te := -1, -1 // the film the paragraph named before it (te -2: several)
	lo := a.firstMentionFrom(p0)
	for mi := lo; mi < len(a.ments) && int(a.ments[mi].sent) <= si; mi++ {
		m := &a.ments[mi]
		if m.ent < 0 || int(m.sent) < p0 {
			continue // (a headline's names come last)
		}
		e := a.find(int(m.ent))
		if a.ents[e].typ != kg.Film {
			continue
		}
		switch {
		case e == subj:
			return -1
		case int(m.sent) == si:
			if oe >= 0 && e != oe {
				return -1
			}
			if oe < 0 {
				own, oe = mi, e
			}
		case te == -1:
			topic, te = mi, e
		case te != e:
			te = -2
		}
	}
	if own >= 0 {
		if a.passingMention(own) || !a.topicPlace(own) || a.filmWordBefore(a.sents[si].a, own, true) {
			return -1
		}
		return own
	}
	if te == -1 {
		return a.questionTopic(p0, subj)
	}
	if te < 0 {
		return -1
	}
	if ts := int(a.ments[topic].sent); ts != p0 && ts != si-1 || a.passingMention(topic) || !a.topicPlace(topic) ||
		a.filmWordBefore(a.sents[p0].a, topic, false) {
		return -1
	}
	return topic
}

// filmWordBefore reports whether a film or series word stands between
// token from and film mention mi ("The limited series comes from the
// writer of F", "A follow-up to F"; with det, only one led by "the",
// "its" or "this": "a spin-off, F, with ..." names F), or a word for a
// source work right before it ("the comic F").
func (a *article) filmWordBefore(from, mi int, det bool) bool {
	k := int(a.ments[mi].a)
	for t := from; t < k; t++ {
		tk := &a.toks[t]
		if tk.kind != kWord {
			continue
		}
		if t >= k-3 && tokIn(tk, sourceNouns) {
			return true
		}
		if !(tokIn(tk, filmNouns) || tokIn(tk, seriesNouns) || tokIn(tk, newerNouns)) {
			continue
		}
		if !det {
			return true
		}
		for b := t - 1; b >= from && b >= t-3; b-- {
			if w := a.toks[b].lower; w == "the" || w == "its" || w == "this" {
				return true
			}
		}
	}
	return false
}

// topicPlace reports whether film mention mi stands where a sentence puts
// what it is about: as its subject after at most a lead (leadOnly: "F
// opened to $7 million", "Further down, O's F"), or described right after
// it by an appositive or a relative clause ("for F (1981), the ensemble
// comedy", "the release date for F, a prequel", "unseat F, which earned").
func (a *article) topicPlace(mi int) bool {
	m := &a.ments[mi]
	if m.strength < 2 && !m.colon && !m.the && !m.quoted {
		return false // a title-shaped name a weak cue typed ("C, the Grey Duchess of the Marsh")
	}
	s := &a.sents[m.sent]
	k := int(m.a)
	if m.the {
		k--
	}
	if k > s.a && a.toks[k-1].text == "(" || k > s.a+1 && a.toks[k-1].text == "," && a.parenBefore(s, k) {
		return false // a credit in brackets ("P (F, G) directs")
	}
	if k > s.a && a.toks[k-1].lower == "as" {
		return false // "Q as Don Valtrecco, an announcer": a part
	}
	if si := int(m.sent); a.openingFilmLoose(si) == mi || a.subjectAfterLead(si, mi) {
		return true
	}
	for t := s.a; t < k; t++ {
		if tk := &a.toks[t]; tk.kind == kWord && tokIn(tk, asideWords) && (t > s.a || tk.lower != "that") {
			return false // "P, who directed episodes of F, the series ...", "below the start of F"
		}
	}
	t := int(m.b)
	for t < s.b && a.toks[t].kind == kQuote {
		t++
	}
	if t+1 < s.b && a.toks[t].text == "(" {
		for t < s.b && a.toks[t].text != ")" {
			t++
		}
		t++
	}
	if t+1 >= s.b || a.toks[t].text != "," {
		return false
	}
	w := a.toks[t+1].lower
	if w == "the" && t+3 < s.b && a.toks[t+3].kind == kPoss {
		return false // "C, the film's anchor": a part, not a title
	}
	return w == "a" || w == "an" || w == "the" || w == "which" || w == "whose" || w == "starring" || w == "with" ||
		w == "in" && t+2 < s.b && a.toks[t+2].lower == "which"
}

// asideWords before a film in its sentence make it a credit in passing or
// a comparison, not what the sentence is about.
var asideWords = setOf("who", "whose", "which", "that", "played", "reprised", "starred", "directed", "co-directed",
	"wrote", "co-wrote", "scored", "produced", "created", "since", "than", "after", "before", "like", "previous",
	"earlier", "original", "prior", "below", "above", "behind", "ahead", "unlike", "compared")

// parenBefore reports whether an unclosed bracket opens in sentence s
// before token k.
func (a *article) parenBefore(s *sentence, k int) bool {
	for t := k - 1; t >= s.a; t-- {
		switch a.toks[t].text {
		case ")":
			return false
		case "(":
			return true
		}
	}
	return false
}
