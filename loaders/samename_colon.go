package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// Two works merged by the colon rule: mergeTitles folds a title "X" into
// "X: Subtitle" as its short form. A writer who names both in one sentence
// ("reprised in X: Subtitle, the feature-length sequel to X"; "across the
// original series and X: Subtitle"; "the revival of the cult drama X") means
// two works: nobody shortens a title in the very sentence that spells it
// out. colonTwoWorks keeps such a pair apart; the mentions of "X" then keep
// their own entity, and the claims of their sentences go to it.

// colonTwoWorks reports whether a mention of local film entity short ("X")
// shares a sentence with a mention of local film entity long ("X:
// Subtitle") without lying inside it: the article names two works.
func (a *article) colonTwoWorks(short, long int) bool {
	return a.shareSentence(a.ents[a.find(short)].mentions, a.ents[a.find(long)].mentions)
}

// shareSentence reports whether a mention of ss and one of ls lie in one
// sentence, neither inside the other.
func (a *article) shareSentence(ss, ls []int) bool {
	for _, si := range ss {
		s := &a.ments[si]
		for _, li := range ls {
			l := &a.ments[li]
			if s.sent == l.sent && (s.b <= l.a || s.a >= l.b) {
				return true
			}
		}
	}
	return false
}

// colonRoute gives the claims of an article about "X: Subtitle" that
// also names the earlier work "X" in one of its sentences (colonTwoWorks;
// a pair kept apart by another cue is left alone) the work
// they are about. The article's own work takes a credit carried over from
// a sentence that named "X" ("X was created by Q. ... on the revival,
// which was produced by O") and a credit hanging on an "X" named as what
// the new work comes from ("X: Subtitle, a spin-off of Q's X, starring
// P"); claims the article gives "X" in the sentences naming it
// stay. Runs once the subject is known.
func (a *article) colonRoute() {
	if len(a.claims) == 0 {
		return
	}
	subj := -1
	if a.subjectFilm >= 0 {
		subj = a.find(int(a.subjectFilm))
	}
	for long := range a.ents {
		key := a.ents[long].key
		cut := strings.Index(key, ": ")
		if cut <= 0 || a.ents[long].typ != kg.Film || a.find(long) != long {
			continue
		}
		for short := range a.ents {
			if short != long && a.ents[short].typ == kg.Film && a.find(short) == short && a.ents[short].key == key[:cut] &&
				len(a.ents[short].mentions) > 0 && a.colonTwoWorks(short, long) {
				a.colonRoutePair(short, long, long == subj)
				break
			}
		}
	}
}

// colonRoutePair moves the claims of colonRoute from short to long; those
// carried over from another sentence only when long is the subject.
func (a *article) colonRoutePair(short, long int, carried bool) {
	lm := a.firstMention(long)
	for i := range a.claims {
		c := &a.claims[i]
		if !colonRouteRels[c.rel] || c.obj.m < 0 {
			continue
		}
		m := &a.ments[c.obj.m]
		if m.ent < 0 || a.find(int(m.ent)) != short {
			continue
		}
		if carried && int(m.sent) < int(c.sent) && !a.sentNames(int(c.sent), short) && !a.sentNames(int(c.sent), long) ||
			int(m.sent) == int(c.sent) && a.originAfterLong(c, int(c.obj.m), long) {
			c.obj = arg{m: int32(lm), of: -1, abs: true}
		}
	}
}

// colonRouteRels are the credits colonRoute moves.
var colonRouteRels = map[kg.RelType]bool{kg.ActedIn: true, kg.AppearsIn: true, kg.Directed: true, kg.Wrote: true, kg.Produced: true, kg.WorkedOn: true}

// sentNames reports whether a mention of local entity e lies in sentence si.
func (a *article) sentNames(si, e int) bool {
	for _, mi := range a.ents[a.find(e)].mentions {
		if int(a.ments[mi].sent) == si {
			return true
		}
	}
	return false
}

// originAfterLong reports whether film mention mi is named as what another
// production comes from ("a spin-off of Q's X"), after a mention of local
// entity long in its sentence and before the person claim c credits.
func (a *article) originAfterLong(c *pclaim, mi, long int) bool {
	m := &a.ments[mi]
	if c.subj.m < 0 || a.ments[c.subj.m].a < m.b {
		return false
	}
	before := false
	for _, li := range a.ents[long].mentions {
		if l := &a.ments[li]; l.sent == m.sent && l.b <= m.a {
			before = true
		}
	}
	if !before {
		return false
	}
	lo := max(a.sents[m.sent].a, int(m.a)-7)
	for k := int(m.a) - 1; k > lo; k-- {
		t := &a.toks[k]
		if t.kind != kWord && t.kind != kPoss && t.kind != kNum {
			return false // (an owner may stand between: "a spin-off of Q's X")
		}
		if (t.lower == "to" || t.lower == "of") && kindNouns[a.toks[k-1].lower] {
			return true
		}
	}
	return false
}
