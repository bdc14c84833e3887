package loaders

import (
	"github.com/franchisekg/franchisekg/internal/kg"
)

// prevTopicAnaphors gives the production anaphor of the credits of a
// sentence ("the film, released by O, starred P as C", "Q returned to
// direct the animated sequel, with P voicing C") the film the sentence
// right before it is about, when that sentence names one film other than
// the article's, where a sentence puts what it is about (topicPlace: its
// subject after at most a lead, or a title described right after it:
// "First place went to O's F, which opened to $22 million.") and neither
// sentence nor the paragraph up to them names the article's own film: in
// a round-up or a career passage "the film" is the one just named, not
// the article's. Runs after castChainCredits.
func (a *article) prevTopicAnaphors() {
	if a.subjectFilm < 0 || len(a.claims) == 0 {
		return
	}
	subj := a.find(int(a.subjectFilm))
	last, topic := int32(-1), -1
	for i := range a.claims {
		c := &a.claims[i]
		if c.obj.m >= 0 || c.obj.ana != anaFilm && c.obj.ana != anaSeries || c.obj.implicitFilm() || !filmAnaphorRel(c.rel) {
			continue
		}
		if c.sent != last {
			last, topic = c.sent, a.prevTopicFilm(int(c.sent), subj)
		}
		if topic >= 0 {
			c.obj = arg{m: int32(topic), of: -1, abs: true}
		}
	}
}

// prevTopicFilm returns the film mention the sentence before si is
// about (topicPlace, not named in passing) when that is the one film it
// names and not the article's film (entity subj), sentence si names no
// film, and the paragraph names the article's film nowhere up to si;
// else -1.
func (a *article) prevTopicFilm(si, subj int) int {
	if si < 1 || a.paraStart(si) || a.sents[si-1].titleCase {
		return -1
	}
	prev := si - 1
	p0 := a.paragraphOf(si)
	lo := a.firstMentionFrom(p0)
	found, fe := -1, -1
	for mi := lo; mi < len(a.ments) && int(a.ments[mi].sent) <= si; mi++ {
		m := &a.ments[mi]
		if m.ent < 0 || int(m.sent) < p0 {
			continue
		}
		e := a.find(int(m.ent))
		if a.ents[e].typ != kg.Film {
			continue
		}
		switch {
		case e == subj, int(m.sent) == si:
			return -1
		case int(m.sent) == prev:
			if fe >= 0 && e != fe {
				return -1
			}
			if fe < 0 {
				found, fe = mi, e
			}
		}
	}
	if found < 0 || a.passingMention(found) || !a.topicPlace(found) {
		return -1
	}
	return found
}
