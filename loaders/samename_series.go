package loaders

import (
	"slices"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// One title, two works, the other way round: a film whose title the
// article also gives, with a strong series cue, to a series ("the 2013
// feature X" and "the ABC series X"; "X, Q's 2014 mockumentary" and "FX's
// X, the American series adaptation"; the heading "X (2005)" and the
// heading "X, the series (2016–2017)"). The names with the series cue are
// the series, "X (TV series)"; when the film is the article's own work,
// the credits of the sentences about the series ("the show", "the
// series", "the episode", their paragraph) go to it as well.

// sameNameSeries splits, for each film entity named with a strong series
// cue once and with a film cue another time (filmCued), the series off
// under the name "X (TV series)".
func (a *article) sameNameSeries() {
	var done []int32
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.format != kg.FormatSeries || m.strength < 3 || m.typ != kg.Film || m.ent < 0 {
			continue
		}
		e := a.find(int(m.ent))
		if a.ents[e].typ != kg.Film || continuationKey(a.ents[e].key) || slices.Contains(done, int32(e)) {
			continue
		}
		done = append(done, int32(e))
		a.splitSeries(e)
	}
}

// splitSeries moves the strongly series-cued names of film entity e to an
// entity of their own when another name of e has a film cue (filmCued).
func (a *article) splitSeries(e int) {
	film := -1
	for _, mi := range a.ents[e].mentions {
		m := &a.ments[mi]
		if m.format != kg.FormatSeries && a.filmCued(mi) {
			film = mi
			break
		}
	}
	if film < 0 {
		return
	}
	name := a.display(film) + " (TV series)"
	key := nameKey(name)
	ne := a.newEnt(kg.Film, key)
	kept := a.ents[e].mentions[:0]
	var moved []int
	for _, mi := range a.ents[e].mentions {
		m := &a.ments[mi]
		if m.format == kg.FormatSeries && m.strength >= 3 {
			m.text, m.key, m.the, m.theOpen = name, key, false, false
			moved = append(moved, mi)
			continue
		}
		kept = append(kept, mi)
	}
	a.ents[e].mentions = kept
	for _, mi := range moved {
		a.attach(mi, ne)
	}
	subj := a.subjectFilm >= 0 && a.find(int(a.subjectFilm)) == e
	var frames []uint8
	if subj {
		own := make([]int32, len(a.sents))
		oth := make([]int32, len(a.sents))
		for _, mi := range kept {
			if m := &a.ments[mi]; own[m.sent] == 0 || m.a < own[m.sent] {
				own[m.sent] = m.a
			}
		}
		for _, mi := range moved {
			if m := &a.ments[mi]; oth[m.sent] == 0 || m.a < oth[m.sent] {
				oth[m.sent] = m.a
			}
		}
		frames = a.framesBy(own, oth, "", true, true)
	}
	series := a.seriesFilm < 0 || a.find(int(a.seriesFilm)) == e
	to := arg{m: int32(moved[0]), of: -1, abs: true}
	for i := range a.claims {
		c := &a.claims[i]
		if c.rel == "" || !filmAnaphorRel(c.rel) && c.rel != kg.AppearsIn {
			continue
		}
		switch {
		case c.obj.m >= 0:
			if me := a.ments[c.obj.m].ent; !subj || me < 0 || a.find(int(me)) != e || frames[c.sent] != frameOther {
				continue
			}
		case c.obj.ana == anaSeries:
			if !series || !subj && !a.namedIn(moved, c.sent) {
				continue
			}
		case c.obj.ana == anaFilm:
			if subj && frames[c.sent] != frameOther || !subj && !a.namedIn(moved, c.sent) {
				continue
			}
		default:
			continue
		}
		c.obj = to
	}
}

// namedIn reports whether one of the mentions ms is in sentence si.
func (a *article) namedIn(ms []int, si int32) bool {
	for _, mi := range ms {
		if a.ments[mi].sent == si {
			return true
		}
	}
	return false
}

// filmCued reports whether mention mi is written as a feature film: a
// feature-film cue, a film noun just before it ("the 2013 feature X"), a
// year alone in brackets after it that the article gives to a film
// elsewhere ("X (2005)" and "the 2005 film"), or an appositive dating it as
// a film ("X, Q's 2014 mockumentary").
func (a *article) filmCued(mi int) bool {
	m := &a.ments[mi]
	if m.format == kg.FormatFilm {
		return true
	}
	pre := int(m.a) - 1
	if m.the || m.theOpen {
		pre--
	}
	if pre >= 0 && (a.toks[pre].lower == "film" || a.toks[pre].lower == "movie" || a.toks[pre].lower == "feature") {
		return true
	}
	b := int(m.b)
	if b+2 < len(a.toks) && a.toks[b].text == "(" && isYear(a.toks[b+1].text) && a.toks[b+2].text == ")" && a.filmYearSaid(a.toks[b+1].text) {
		return true
	}
	if b < len(a.toks) && a.toks[b].text == "," {
		end := min(b+8, a.sents[m.sent].b)
		for k := b + 1; k < end; k++ {
			if a.toks[k].kind == kNum && isYear(a.toks[k].text) && a.earlierFilmYear(k) {
				return true
			}
		}
	}
	return false
}

// filmYearSaid reports whether the article names a film of year y with no
// title ("the 2005 film", earlierFilmYear).
func (a *article) filmYearSaid(y string) bool {
	for k := 1; k < len(a.toks); k++ {
		if a.toks[k].text == y && a.earlierFilmYear(k) {
			return true
		}
	}
	return false
}
