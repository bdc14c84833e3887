package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// One title, two works: a series that remakes, reimagines or continues a
// feature film of the same name ("Hulu's X, a limited series reimagining
// of the 1992 thriller"; "the show takes the bones of the 1987 film").
// The article's own work keeps the bare title; the earlier film gets the
// title and its year, "X (1992 film)", and the credits of the sentences
// about it ("In the original film, P played C"; "The 1992 movie, written
// by Q, ...") go to it instead of the series.

// Kinds of work a sentence is about (sameNameFrames).
const (
	frameTopic uint8 = iota // the article's own work (or nothing said)
	frameOther              // the earlier work of the same name
)

// sameNameWords, in the sentence that dates the earlier film, tell that
// the article's work retells it (prefixes of lower-case words): "remake",
// "reimagining", "reboot", "adapted", "continuation", "reworking",
// "version".
var sameNameWords = []string{"remak", "reimagin", "reboot", "adapt", "continuation", "rework", "version", "retell"}

// earlierFilmNouns close "the 1992 film", "the 1987 movie", "Q's 1981
// film", "the 1992 psychological thriller".
var earlierFilmNouns = setOf("film", "movie", "feature", "picture", "thriller", "original", "classic", "flick", "mockumentary")

// sameNameWorks splits the earlier feature film of the same name from the
// article's series (see the top of this file). It runs once the subject is
// known: the subject must be a series (a series cue, none of a feature
// film), the article must date one earlier film with no title after it
// ("the 1987 film", "P's 1988 film of the same name") and say that the
// series retells something (sameNameWords).
func (a *article) sameNameWorks() {
	a.colonRoute()
	if a.subjectFilm < 0 || len(a.claims) == 0 {
		return
	}
	subj := a.find(int(a.subjectFilm))
	if continuationKey(a.ents[subj].key) {
		return
	}
	year, cue := a.sameNameFilmYear(subj)
	if year == "" || !a.seriesSubject(subj) {
		return
	}
	base := a.baseTitle(subj)
	if base == "" {
		return
	}
	// "the original series": "the original" alone names no one work
	bare := !a.originalSeries()
	frames := a.sameNameFrames(subj, year, bare)
	other := a.sameNameMention(subj, cue, base+" ("+year+" film)")
	orig := -2 // a.originalFilm(), computed when first needed
	original := func() bool {
		if !bare {
			return false
		}
		if orig == -2 {
			orig = a.originalFilm()
		}
		return orig < 0 || orig == subj
	}
	for i := range a.claims {
		if c := &a.claims[i]; a.claimOfOther(c, subj, frames, year, original) {
			c.obj = arg{m: int32(other), of: -1, abs: true}
		}
	}
}

// claimOfOther reports whether claim c, a credit or an appearance, speaks
// of the other work that shares its title with the article's work subj:
// its film is a name of subj, or "the film", in a sentence framed for the
// other work (or dating it in a "which" clause), or it is "the original"
// and original says that may be the other work. sameNameWorks and
// sameNameRemade pick the claims they move with it.
func (a *article) claimOfOther(c *pclaim, subj int, frames []uint8, year string, original func() bool) bool {
	if c.rel == "" || !filmAnaphorRel(c.rel) && c.rel != kg.AppearsIn {
		return false
	}
	switch {
	case c.obj.m >= 0:
		e := a.ments[c.obj.m].ent
		return e >= 0 && a.find(int(e)) == subj && (frames[c.sent] == frameOther || a.claimInWhichYear(c, year))
	case c.obj.ana == anaOriginal:
		return original()
	case c.obj.ana == anaFilm:
		return frames[c.sent] == frameOther || a.claimInWhichYear(c, year)
	}
	return false
}

// seriesSubject reports whether the subject entity subj reads as a series:
// the article's series anaphor goes to it or one of its names has a series
// cue, or the body speaks of "the series" or "the show" twice, and none of
// its names has a feature-film cue.
func (a *article) seriesSubject(subj int) bool {
	series := a.seriesFilm >= 0 && a.find(int(a.seriesFilm)) == subj
	for _, mi := range a.ents[subj].mentions {
		switch a.ments[mi].format {
		case kg.FormatFilm:
			return false
		case kg.FormatSeries:
			series = true
		}
	}
	if series {
		return true
	}
	// "the series", "the show", "this limited series" twice or more
	n := 0
	for k := 0; k+1 < len(a.toks); k++ {
		if l := a.toks[k].lower; l != "the" && l != "this" {
			continue
		}
		w := a.toks[k+1].lower
		if w == "limited" || w == "new" {
			w = a.toks[min(k+2, len(a.toks)-1)].lower
		}
		if w == "series" || w == "show" || w == "miniseries" {
			n++
		}
	}
	return n >= 2
}

// sameNameFilmYear returns the one year of an earlier feature film the
// article names with no title after it ("the 1987 film", "the 1992
// psychological thriller", "P's 1988 film"), and the token of the first
// such year; "" when there is none or two years are named so, or when
// nothing says the film bears the title of the subject subj: "of the same
// name" after the year, a word of retelling in the sentence of the year
// ("a reimagining of the 1992 thriller"; sameNameWords, not denied), or
// the title written as a person's work ("Q's X").
func (a *article) sameNameFilmYear(subj int) (string, int) {
	now := "9999"
	if len(a.in.Article.Date) >= 4 {
		now = a.in.Article.Date[:4]
	}
	year, cue, same := "", -1, false
	for i := range a.toks {
		t := &a.toks[i]
		if t.kind != kNum || !isYear(t.text) || t.text >= now || i == 0 || !a.earlierFilmYear(i) {
			continue
		}
		if year != "" && year != t.text {
			return "", -1 // two earlier films: no guess
		}
		if year == "" {
			year, cue = t.text, i
		}
		same = same || a.sameNameSentence(i)
	}
	if year == "" {
		return "", -1
	}
	for _, mi := range a.ents[subj].mentions {
		same = same || a.personsWork(mi)
	}
	if !same {
		return "", -1
	}
	return year, cue
}

// sameNameSentence reports whether the sentence of the year at token i
// says that the film of that year bears the title of the article's work:
// "of the same name" follows the year, or a word of retelling stands
// shortly before it ("a reimagining of the 1992 thriller", "reimagines
// Q's 1988 film") with no denial before it in the sentence.
func (a *article) sameNameSentence(i int) bool {
	for k := i + 1; k+2 < len(a.toks) && k <= i+6; k++ {
		if a.toks[k].lower == "same" && a.toks[k+1].lower == "name" && a.toks[k-1].lower == "the" {
			return true
		}
	}
	s := &a.sents[a.sentOf(i)]
	for k := max(s.a, i-6); k < i; k++ {
		t := &a.toks[k]
		if t.kind != kWord || t.cap {
			continue
		}
		for _, p := range sameNameWords {
			if strings.HasPrefix(t.lower, p) {
				return !a.deniedBefore(s.a, k)
			}
		}
	}
	return false
}

// earlierFilmYear reports whether the year at token i is the year of an
// untitled earlier film: "the" or a possessive before it ("the 1987",
// "Q's 1988", "the original 1987"), up to two lower-case describing words
// then a film noun after it, and no capitalised title after that.
func (a *article) earlierFilmYear(i int) bool {
	p := &a.toks[i-1]
	if p.lower == "original" && i >= 2 {
		p = &a.toks[i-2]
	}
	if p.lower != "the" && p.kind != kPoss {
		return false
	}
	for j := i + 1; j < len(a.toks) && j <= i+3; j++ {
		t := &a.toks[j]
		if t.kind != kWord || t.cap {
			return false
		}
		if earlierFilmNouns[t.lower] || genreNouns[t.lower] && t.lower != "drama" {
			return j+1 >= len(a.toks) || !a.toks[j+1].cap || a.toks[j+1].nl > 0 || a.toks[j+1].lower == "the" && j+2 < len(a.toks) && !a.toks[j+2].cap
		}
		if seriesNouns[t.lower] {
			return false
		}
	}
	return false
}

// baseTitle returns the most frequent written form of entity e's names
// (the shorter on a tie), or "".
func (a *article) baseTitle(e int) string {
	best, n := "", 0
	ms := a.ents[e].mentions
	for k, mi := range ms {
		d := a.display(mi)
		if d == best {
			continue
		}
		c := 0
		for _, mj := range ms[k:] {
			if a.display(mj) == d {
				c++
			}
		}
		if c > n || c == n && len(d) < len(best) {
			best, n = d, c
		}
	}
	return best
}

// sameNameMention adds the mention of the earlier work of the same name,
// at the year cue (token cue), named name, as a film entity of its own,
// and returns it.
func (a *article) sameNameMention(subj, cue int, name string) int {
	m := a.ments[a.ents[subj].mentions[0]]
	t := &a.toks[cue]
	m.sent = a.sentOf(cue)
	m.a, m.b = int32(cue), int32(cue+1)
	m.start, m.end = t.start, t.end
	m.text, m.key = name, nameKey(name)
	m.the, m.theOpen, m.head, m.quoted, m.gazette = false, false, false, false, false
	m.typ, m.strength, m.format = kg.Film, 3, kg.FormatFilm
	a.ments = append(a.ments, m)
	mi := len(a.ments) - 1
	a.attach(mi, a.newEnt(kg.Film, m.key))
	return mi
}

// sentOf returns the sentence of token k.
func (a *article) sentOf(k int) int32 {
	lo, hi := 0, len(a.sents)
	for lo+1 < hi {
		mid := (lo + hi) / 2
		if a.sents[mid].a <= k {
			lo = mid
		} else {
			hi = mid
		}
	}
	return int32(lo)
}

// sameNameFrames tells, per sentence, which of the two works it is about.
// The first cue outside a relative clause decides: the earlier film ("the
// 1992 film", "the original", "the film", "the movie") or the article's
// series ("the series", "the new show", "the limited series", "the
// remake"). A sentence with no cue keeps the work of the sentence before
// it in its paragraph; a paragraph starts with the article's own work,
// unless it follows a heading that asks about the earlier film.
func (a *article) sameNameFrames(subj int, year string, bare bool) []uint8 {
	// the first token of a name of the article's own work, per sentence
	// (0: none), read as a cue for it
	own := make([]int32, len(a.sents))
	for _, mi := range a.ents[subj].mentions {
		if m := &a.ments[mi]; (own[m.sent] == 0 || m.a < own[m.sent]) && !a.personsWork(mi) {
			own[m.sent] = m.a
		}
	}
	return a.framesBy(own, nil, year, bare, false)
}

// framesBy runs the cues of sameNameFrames over the sentences: own and oth
// give per sentence the first token of a name of the article's own work
// and of the other work (0: none); swap reads the film nouns as cues for
// the article's own work and the series nouns as cues for the other (the
// article's work is the film).
func (a *article) framesBy(own, oth []int32, year string, bare, swap bool) []uint8 {
	frames := make([]uint8, len(a.sents))
	prev := frameTopic
	for si := range a.sents {
		s := &a.sents[si]
		if si > 0 && a.toks[s.a].nl >= 2 && !a.sameNameHeading(si-1) {
			prev = frameTopic
		}
		o := -1
		if oth != nil && oth[si] > 0 {
			o = int(oth[si])
		}
		f, ok := a.sameNameCue(s.a, s.b, int(own[si]), o, year, bare, swap)
		if !ok {
			f = prev
		}
		frames[si] = f
		prev = f
	}
	return frames
}

// sameNameHeading reports whether sentence si is a heading: a paragraph of
// its own, in title case, asking a question or with no full stop.
func (a *article) sameNameHeading(si int) bool {
	s := &a.sents[si]
	if a.toks[s.a].nl < 2 && si > 0 {
		return false
	}
	if s.titleCase || s.b <= s.a {
		return s.titleCase
	}
	l := a.toks[s.b-1].text
	return l == "?" || l != "." && l != "!" && l != "\"" && l != "”"
}

// sameNameCue returns the work the first cue among tokens lo..hi-1 names
// (sameNameFrames), and whether there is one; a name of the article's own
// work at token own is a cue for it.
func (a *article) sameNameCue(lo, hi, own, oth int, year string, bare, swap bool) (uint8, bool) {
	film, series := frameOther, frameTopic
	if swap {
		film, series = frameTopic, frameOther
	}
	return a.firstCue(lo, hi, own, oth, func(k int) (uint8, bool) {
		t := &a.toks[k]
		if year != "" && t.text == year && a.earlierFilmYear(k) {
			return film, true
		}
		if t.lower != "the" && t.lower != "this" || k+1 >= hi {
			return frameTopic, false
		}
		// "the film", "the original", "the original movie", "the new
		// series", "the limited series", "the remake"
		for j := k + 1; j < hi && j <= k+3; j++ {
			w := &a.toks[j]
			if w.kind != kWord || w.cap {
				break
			}
			switch {
			case w.lower == "film" || w.lower == "movie":
				if j == k+1 || a.toks[j-1].lower == "original" {
					return film, true
				}
			case w.lower == "original" && j == k+1:
				if n := j + 1; n >= hi || a.toks[n].kind != kWord && !bare || a.toks[n].lower == "and" && !bare || filmNouns[a.toks[n].lower] {
					return film, true
				}
				continue
			case seriesNouns[w.lower] || w.lower == "episode" || !swap && (w.lower == "remake" || w.lower == "reboot" || w.lower == "adaptation"):
				return series, true
			}
		}
		return frameTopic, false
	})
}

// firstCue walks tokens lo..hi-1, skipping relative clauses ("who",
// "whose", "which" up to the next comma or semicolon) and asides (in
// brackets or between dashes), and returns the work the first cue names:
// a name of the article's own work at token own (frameTopic), of the
// other work at token oth (frameOther), or what cue reports for a token.
// It returns frameTopic and false when no token is a cue. sameNameCue and
// remadeCue read their cue words through it.
func (a *article) firstCue(lo, hi, own, oth int, cue func(k int) (uint8, bool)) (uint8, bool) {
	rel, aside := false, false
	for k := lo; k < hi; k++ {
		t := &a.toks[k]
		if k == own && !rel && !aside {
			return frameTopic, true
		}
		if k == oth && !rel && !aside {
			return frameOther, true
		}
		switch {
		case t.kind == kDash:
			aside = !aside
			continue
		case t.lower == "(" || t.lower == ")":
			aside = t.lower == "("
			continue
		case t.lower == "who" || t.lower == "whose" || t.lower == "which":
			rel = true
			continue
		case t.lower == "," || t.lower == ";":
			rel = false
			continue
		}
		if rel || aside {
			continue
		}
		if f, ok := cue(k); ok {
			return f, true
		}
	}
	return frameTopic, false
}

// personsWork reports whether mention mi is written as a person's work
// ("Q's X"): the name of the earlier film's maker rather than the series.
func (a *article) personsWork(mi int) bool {
	m := &a.ments[mi]
	if m.a < 2 || a.toks[m.a-1].kind != kPoss {
		return false
	}
	for k := mi - 1; k >= 0 && a.ments[k].sent == m.sent; k-- {
		if p := &a.ments[k]; p.b == m.a-1 {
			return p.typ == kg.Person
		}
	}
	return false
}

// deniedBefore reports whether a denial ("not", "never") stands among
// tokens lo..k-1 ("is not a remake of Q's 2003 film").
func (a *article) deniedBefore(lo, k int) bool {
	for j := lo; j < k; j++ {
		if l := a.toks[j].lower; l == "not" || l == "n't" || l == "never" {
			return true
		}
	}
	return false
}

// originalSeries reports whether the article speaks of an original series
// or show ("the original series", "the original MTV show").
func (a *article) originalSeries() bool {
	for k := 0; k+2 < len(a.toks); k++ {
		if a.toks[k].lower == "original" && (seriesNouns[a.toks[k+1].lower] || seriesNouns[a.toks[k+2].lower]) {
			return true
		}
	}
	return false
}

// claimInWhichYear reports whether the subject of claim c is named in a
// clause "in which" on the earlier film (inWhichYear).
func (a *article) claimInWhichYear(c *pclaim, year string) bool {
	return c.subj.m >= 0 && a.inWhichYear(int(a.ments[c.subj.m].a), year)
}

// inWhichYear reports whether token k stands in a clause "in which"
// that follows the earlier film's year cue ("reimagines Q's 1988 film of
// the same name, in which P played the twins"): the film is the clause's
// antecedent.
func (a *article) inWhichYear(k int, year string) bool {
	lo := a.sents[a.sentOf(k)].a
	for j := k - 1; j >= lo+2; j-- {
		if a.toks[j].lower != "which" {
			continue
		}
		if a.toks[j-1].lower != "in" || a.toks[j-2].text != "," {
			return false
		}
		for y := j - 3; y >= lo && y >= j-10; y-- {
			if a.toks[y].text == year && a.earlierFilmYear(y) {
				return true
			}
		}
		return false
	}
	return false
}
