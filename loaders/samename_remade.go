package loaders

import (
	"slices"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// One title, two films: the article's film remakes an earlier film of its
// own title ("Universal's X, a remake of Q's 1963 comedy"; "X, a
// reimagining of the 1987 film of the same name"). The earlier film
// becomes "X (1963 film)"; "the original X" names it, and the sentences
// about it ("The original X was released by O in 1963. Q directed it,
// starring as C ...", up to "The new version ...") give it their credits.
// The series-subject case is sameNameWorks.

// sameNameRemade splits the earlier film of the same name off a film
// subject (see the top of this file): the subject must read as a feature
// film, not a series, and the article must date one earlier film with no
// title after it and say that the subject retells it (sameNameFilmYear).
func (a *article) sameNameRemade() {
	if a.subjectFilm < 0 || len(a.claims) == 0 {
		return
	}
	subj := a.find(int(a.subjectFilm))
	if a.ents[subj].typ != kg.Film || continuationKey(a.ents[subj].key) {
		return
	}
	year, cue := a.sameNameFilmYear(subj)
	// (the sentence of the year must say the subject retells that film:
	// "Q's 2014 epic" alone may be the subject itself)
	if year == "" || !a.sameNameSentence(cue) || a.seriesSubject(subj) || a.ownYear(subj) == year {
		return
	}
	base := a.versionTitle(subj)
	if base == "" {
		return
	}
	if a.titledAfter(cue) {
		return // "Q's 1937 classic, Y": the earlier film has a title of its own
	}
	// "the original X": the earlier film by name
	own := make([]int32, len(a.sents))
	oth := make([]int32, len(a.sents))
	var orig []int
	for _, mi := range a.ents[subj].mentions {
		m := &a.ments[mi]
		if m.a >= 2 && a.toks[m.a-1].lower == "original" {
			orig = append(orig, mi)
			if oth[m.sent] == 0 || m.a < oth[m.sent] {
				oth[m.sent] = m.a
			}
			continue
		}
		if (own[m.sent] == 0 || m.a < own[m.sent]) && !a.personsWork(mi) {
			own[m.sent] = m.a
		}
	}
	frames := a.remadeFrames(own, oth, year)
	var moved []int
	always := func() bool { return true } // "the original" is the earlier film
	for i := range a.claims {
		if a.claimOfOther(&a.claims[i], subj, frames, year, always) {
			moved = append(moved, i)
		}
	}
	if len(moved) == 0 && len(orig) == 0 {
		return // nothing said of the earlier film but its year
	}
	other := a.sameNameMention(subj, cue, base+" ("+year+" film)")
	oe := int(a.ments[other].ent)
	kept := a.ents[subj].mentions[:0]
	for _, mi := range a.ents[subj].mentions {
		if slices.Contains(orig, mi) {
			m := &a.ments[mi]
			m.text, m.key, m.the, m.theOpen = a.ments[other].text, a.ments[other].key, false, false
			m.ent = int32(oe)
			a.ents[oe].mentions = append(a.ents[oe].mentions, mi)
			continue
		}
		kept = append(kept, mi)
	}
	a.ents[subj].mentions = kept
	to := arg{m: int32(other), of: -1, abs: true}
	for _, i := range moved {
		a.claims[i].obj = to
	}
}

// titledAfter reports whether the film noun after the year at token k is
// followed by a title in apposition ("the 1937 classic, Y").
func (a *article) titledAfter(k int) bool {
	s := &a.sents[a.sentOf(k)]
	for j := k + 1; j+1 < s.b && j <= k+4; j++ {
		if a.toks[j].text == "," {
			return a.toks[j+1].cap && a.toks[j+1].kind == kWord
		}
	}
	return false
}

// remadeFrames tells, per sentence, which of the two films it is about:
// the first cue outside a relative clause or an aside decides — a name of
// the subject (own) or of the earlier film (oth), the earlier film's year,
// "the original" (the earlier film), "the remake", "the new version",
// "the new film", "the film" (the subject). A sentence
// with no cue keeps the film of the sentence before it in its paragraph;
// a paragraph starts with the subject.
func (a *article) remadeFrames(own, oth []int32, year string) []uint8 {
	frames := make([]uint8, len(a.sents))
	prev := frameTopic
	for si := range a.sents {
		s := &a.sents[si]
		if si > 0 && a.toks[s.a].nl >= 2 {
			prev = frameTopic
		}
		f, ok := a.remadeCue(s.a, s.b, int(own[si]), int(oth[si]), year)
		if !ok {
			f = prev
		}
		frames[si] = f
		prev = f
	}
	return frames
}

// remadeCue returns the film the first cue among tokens lo..hi-1 names
// (remadeFrames), and whether there is one.
func (a *article) remadeCue(lo, hi, own, oth int, year string) (uint8, bool) {
	ownAt, othAt := own, oth
	if ownAt <= 0 {
		ownAt = -1
	}
	if othAt <= 0 {
		othAt = -1
	}
	return a.firstCue(lo, hi, ownAt, othAt, func(k int) (uint8, bool) {
		t := &a.toks[k]
		if t.text == year && a.earlierFilmYear(k) {
			return frameOther, true
		}
		if t.lower != "the" && t.lower != "this" || k+1 >= hi {
			return frameTopic, false
		}
		switch w := a.toks[k+1].lower; {
		case w == "original":
			if k+2 < hi && a.toks[k+2].cap && int32(k+2) != int32(oth) {
				return frameTopic, false // "the original X" is a name (oth)
			}
			return frameOther, true
		case w == "remake" || w == "update" || w == "reboot" || w == "film" || w == "movie":
			return frameTopic, true
		case w == "new" && k+2 < hi && (filmNouns[a.toks[k+2].lower] || a.toks[k+2].lower == "version"):
			return frameTopic, true
		}
		return frameTopic, false
	})
}
