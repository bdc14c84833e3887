package loaders

import (
	"slices"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// yearTitleOf are the nouns that, with "of", put a production's title
// after them ("on the set of 1911", "the cast of 1897", "season two of
// 1911"): a year there is the production's name, not a date.
var yearTitleOf = setOf("set", "sets", "cast", "season", "seasons", "episode", "episodes", "finale", "premiere", "showrunner",
	"creator", "creators", "stars", "star")

// yearTitleNouns are the production nouns a title may follow at once ("the
// earlier prequel 1897", "the series 1911").
var yearTitleNouns = setOf("film", "movie", "series", "miniseries", "prequel", "sequel", "spin-off", "spinoff", "drama",
	"show", "thriller", "western", "feature", "docuseries")

// yearNounsAfter are the nouns that, right after a year, make it a date of
// the production before it ("the series 2024 premiere").
var yearNounsAfter = setOf("season", "seasons", "episode", "episodes", "premiere", "finale", "release", "debut", "run",
	"version", "edition", "slate", "lineup", "remake", "reboot", "box", "launch", "return", "revival", "film", "movie", "series")

// yearTitleCue reports whether the year token i of sentence s is the title
// of a production by a cue before it: "of" after a noun of yearTitleOf,
// optionally with a season number ("season two of 1911"), or a lower-case
// production noun just before it that no noun of yearNounsAfter follows
// ("the earlier prequel 1897", not "the series 2024 premiere").
func yearTitleCue(toks []token, s *sentence, i int) bool {
	if i-2 < s.a {
		return false
	}
	if i+1 < s.b && toks[i+1].kind == kWord && (yearNounsAfter[toks[i+1].lower] || toks[i+1].cap) || i+1 < s.b && toks[i+1].kind == kNum {
		return false // "the series 2024 premiere", "the set of 1911 Hollywood", a span
	}
	p := &toks[i-1]
	if p.kind == kWord && !p.cap && yearTitleNouns[p.lower] {
		return toks[i-2].kind == kWord && !toks[i-2].cap // "the earlier prequel 1897" (not "Netflix series 2024")
	}
	if p.lower != "of" {
		return false
	}
	n := &toks[i-2]
	if n.kind != kWord || n.cap {
		return false
	}
	if yearTitleOf[n.lower] {
		return !(n.lower == "season" || n.lower == "seasons") // "the season of 1911" is a time of year
	}
	// "season two of 1911", "season 2 of 1897"
	return i-3 >= s.a && (seasonNumbers[n.lower] || n.kind == kNum) && (toks[i-3].lower == "season" || toks[i-3].lower == "episode")
}

// addYearTitles reads as film mentions the bare years that name a
// production: a year a cue marks as a title (yearTitleCue), and, once one
// has, every other mention of the same year that opens a clause and goes
// on with a lower-case word ("; 1911 now carries that load"), not a date
// after a preposition ("in 1911"). The new mentions are merged into
// a.ments in text order in one linear pass; it returns nothing.
func (a *article) addYearTitles() {
	var keys map[string]bool
	var add []mention
	cue := func(si, i int) {
		n := len(a.ments)
		a.addMention(si, i, i+1, false)
		m := a.ments[n]
		a.ments = a.ments[:n]
		m.setType(kg.Film, 2)
		add = append(add, m)
	}
	// (the numbers in order, from the token lists, each with its
	// sentence, not every token of every sentence)
	nums := a.tokenLists().nums
	si := 0
	for _, c := range nums {
		i := int(c)
		if si = a.sentenceOf(si, i); si == len(a.sents) {
			break
		}
		s := &a.sents[si]
		if s.titleCase || i < s.a {
			continue
		}
		if t := &a.toks[i]; t.kind == kNum && isYear(t.text) && yearTitleCue(a.toks, s, i) {
			keys = addKey(keys, t.text)
			cue(si, i)
		}
	}
	if keys == nil {
		return
	}
	cued := len(add)
	si = 0
	for _, c := range nums {
		i := int(c)
		if si = a.sentenceOf(si, i); si == len(a.sents) {
			break
		}
		s := &a.sents[si]
		if s.titleCase || i < s.a {
			continue
		}
		t := &a.toks[i]
		if t.kind != kNum || !keys[t.text] || yearTitleCue(a.toks, s, i) || i+1 >= s.b {
			continue
		}
		if n := &a.toks[i+1]; n.kind != kWord || n.cap || yearNounsAfter[n.lower] {
			continue
		}
		if i > s.a && (a.toks[i-1].kind == kWord || a.toks[i-1].kind == kNum || a.toks[i-1].text == "(") {
			continue // "in 1911 the", "(1911 ...": a date
		}
		cue(si, i)
	}
	if cued < len(add) {
		slices.SortFunc(add, func(x, y mention) int { return int(x.start - y.start) })
	}
	merged := make([]mention, 0, len(a.ments)+len(add))
	k := 0
	for mi := range a.ments {
		m := &a.ments[mi]
		for k < len(add) && add[k].start < m.end {
			if add[k].end <= m.start {
				merged = append(merged, add[k]) // (a year inside a longer name is left to it)
			}
			k++
		}
		merged = append(merged, *m)
	}
	a.ments = append(merged, add[k:]...)
}
