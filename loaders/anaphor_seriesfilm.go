package loaders

import (
	"github.com/franchisekg/franchisekg/internal/kg"
)

// In an article about a series that continues, spins off from or is based
// on a film, "the film"/"the movie" names that film, not the series:
// "C, the villain P played in the movie", "P, who played C in the film",
// "Q directed the film", "The film ... also starred P as C". Such credits
// go to the film the article names as the source (the one its claims make
// the series continue, the title the series' title continues, or the one
// title it describes as a film), or to no film when none is clear.

// seriesSource is what emit needs to move "the film" credits of a series
// article: whether the article is about a series (on), and a mention of its
// source film (-1 when none is clear).
type seriesSource struct {
	on   bool
	ment int32
}

// film is the argument "the film" credits take: the source film, or
// noArg when none is clear (the credit's part and person stay).
func (s seriesSource) film() arg {
	if s.ment < 0 {
		return noArg
	}
	return arg{m: s.ment, of: -1, abs: true}
}

// seriesSourceWords count as the article speaking of a series.
var seriesSourceWords = setOf("series", "show", "season", "seasons", "episode", "episodes", "miniseries", "showrunner")

// seriesFilmVerbRel gives the relation each past-tense credit verb makes:
// only a credit of that relation is read off the verb.
var seriesFilmVerbRel = map[string]kg.RelType{
	"played": kg.ActedIn, "starred": kg.ActedIn, "voiced": kg.ActedIn, "originated": kg.ActedIn, "portrayed": kg.ActedIn,
	"directed": kg.Directed, "co-directed": kg.Directed, "helmed": kg.Directed,
	"wrote": kg.Wrote, "co-wrote": kg.Wrote, "created": kg.Wrote, "co-created": kg.Wrote,
	"produced": kg.Produced, "co-produced": kg.Produced,
	"shot": kg.WorkedOn, "lensed": kg.WorkedOn, "photographed": kg.WorkedOn, "edited": kg.WorkedOn, "scored": kg.WorkedOn,
	"designed": kg.WorkedOn, "composed": kg.WorkedOn,
}

// seriesFilmMain open a main clause about the series after a relative
// clause about the film ("P, who produced the film, is back as ...").
var seriesFilmMain = setOf("is", "are", "will", "returns", "serves", "has", "remains", "joins", "stays")

// seriesFilmStop end the stretch between a credit's subject and "the film":
// a present-tense or future clause about the series, another clause.
var seriesFilmStop = setOf(";", "(", ")", "plays", "voices", "stars", "reprises", "reprising", "returns", "returning",
	"joins", "will", "is", "are", "now", "series", "show", "season", "episode", "episodes")

// seriesSourceOf decides, once per article, whether its subject is a series
// (a series cue on the subject's title, no feature-film cue, and at least
// three series words in the text) and which film is its source.
func (a *article) seriesSourceOf() seriesSource {
	src := seriesSource{ment: -1}
	if a.subjectFilm < 0 {
		return src
	}
	subj := a.find(int(a.subjectFilm))
	series := false
	for _, mi := range a.ents[subj].mentions {
		if a.ments[mi].format == kg.FormatSeries {
			series = true
			break
		}
	}
	if !series || a.filmFormat(subj) {
		return src
	}
	n := 0
	for i := a.body; i < len(a.toks) && n < 3; i++ {
		if seriesSourceWords[a.toks[i].lower] {
			n++
		}
	}
	if n < 3 {
		return src
	}
	src.on = true
	film := a.continuesFilm(subj)
	if film < 0 {
		if e := a.originalFilm(); e >= 0 && e != subj && a.ents[e].typ == kg.Film {
			film = e
		}
	}
	if film < 0 {
		film = a.describedSourceFilm(subj)
	}
	if film >= 0 && len(a.ents[film].mentions) > 0 {
		src.ment = int32(a.ents[film].mentions[0])
	}
	return src
}

// describedSourceFilm returns the one film entity other than subj that
// carries a feature-film cue or that the text describes as a film ("T,
// Q's 2022 film", "the 2010 film T"), else -1.
func (a *article) describedSourceFilm(subj int) int {
	best := -1
	for e := range a.ents {
		if a.find(e) != e || e == subj || a.ents[e].typ != kg.Film || len(a.ents[e].mentions) == 0 {
			continue
		}
		if !a.filmFormat(e) && !a.describedAsFilm(e) {
			continue
		}
		if best >= 0 {
			return -1 // two: none is clear
		}
		best = e
	}
	return best
}

// describedAsFilm reports whether a mention of entity e has "film"/"movie"
// right before it or closes an appositive after it within five words.
func (a *article) describedAsFilm(e int) bool {
	for _, mi := range a.ents[e].mentions {
		m := &a.ments[mi]
		s := a.sents[m.sent]
		if k := int(m.a) - 1; k > s.a && (a.toks[k].lower == "film" || a.toks[k].lower == "movie") {
			return true
		}
		if k := int(m.b); k < s.b && a.toks[k].lower == "," {
			for j := k + 1; j < s.b && j <= k+6; j++ {
				w := a.toks[j].lower
				if (w == "film" || w == "movie") && (j+1 >= s.b || a.toks[j+1].lower != "'s") {
					return true // (not "T, the film's spin-off")
				}
				if w == "," || w == "." || w == ";" {
					break
				}
			}
		}
	}
	return false
}

// seriesFilmCredit reports whether claim c, whose film is the anaphor of
// the article's film, is read off "the film"/"the movie" in its sentence:
// the credit's subject before it with one past-tense credit verb between
// ("P, who played C in the film", "the villain P played in the movie"), or
// after it when "the film" opens the sentence ("The film ... starred P") or
// only "with" and names part them ("produced the film with P and Q").
func (a *article) seriesFilmCredit(c *pclaim) bool {
	if c.subj.m < 0 || int(c.sent) >= len(a.sents) {
		return false
	}
	s := a.sents[c.sent]
	m := &a.ments[c.subj.m]
	if m.sent != c.sent {
		return false
	}
	for k := s.a; k+1 < s.b; k++ {
		if a.toks[k].lower != "the" {
			continue
		}
		j := k + 1
		if w := a.toks[j].lower; w == "original" || w == "first" {
			j++
		}
		if j >= s.b || a.toks[j].lower != "film" && a.toks[j].lower != "movie" {
			continue
		}
		if j+1 < s.b && a.toks[j+1].lower == "'s" {
			continue // "the film's cast"
		}
		if a.creditBefore(c.rel, int(m.b), k, j+1, s.b) || a.creditAfter(s.a, k, j+1, int(m.a)) {
			return true
		}
	}
	return false
}

// creditBefore reports whether tokens from..to (the credit's subject ends
// at from, "the film" starts at to) hold a past-tense credit verb and
// nothing that ends the clause.
func (a *article) creditBefore(rel kg.RelType, from, to, end, sentEnd int) bool {
	if from > to || to-from > 14 {
		return false
	}
	verb, who := false, false
	for k := from; k < to; k++ {
		w := a.toks[k].lower
		if seriesFilmStop[w] {
			return false
		}
		who = who || w == "who"
		if r, ok := seriesFilmVerbRel[w]; ok && (r == rel || r == kg.ActedIn && rel == kg.AppearsIn) {
			verb = true
		}
	}
	if verb && who {
		// "P, who produced the film with Q, is back as ...": the main
		// clause credits P with the series too; the claim may be either
		for k := end; k+1 < sentEnd; k++ {
			if a.toks[k].lower == "," && seriesFilmMain[a.toks[k+1].lower] {
				return false
			}
		}
	}
	return verb
}

// creditAfter reports whether the credit's subject at token subj follows
// "the film" (tokens start..end) as the film's credit: "the film" opens
// the sentence (start) and no series word, ";" or parenthesis comes
// between, or only "with", "and", commas and capitalised names do.
func (a *article) creditAfter(sentStart, start, end, subj int) bool {
	if subj < end {
		return false
	}
	opens := start == sentStart
	plain := true
	for k := end; k < subj; k++ {
		w := a.toks[k].lower
		switch {
		case w == ";" || w == "(" || w == ")" || seriesSourceWords[w]:
			return false
		case w == "with" || w == "and" || w == "," || a.toks[k].cap:
		default:
			plain = false
		}
	}
	return opens || plain && subj-end <= 8
}

// seriesFilmReprise are the verbs of a part the series brings back from the
// film ("P, reprising his role from the movie", "P reprises C, who in the
// film ...", "a role he originated in the film").
var seriesFilmReprise = setOf("reprising", "reprises", "reprise", "reprised", "originated")

// seriesFilmReprises appends, for each acting credit of the series whose
// sentence brings the part back from "the film" (a reprise verb after the
// actor, "the film"/"the movie" after the verb), the same credit to the
// source film: the part is played in both. Nothing when no source film is
// clear.
func (a *article) seriesFilmReprises(src seriesSource) {
	if !src.on || src.ment < 0 {
		return
	}
	n := len(a.claims)
	for i := 0; i < n; i++ {
		c := &a.claims[i]
		if c.rel != kg.ActedIn || c.obj.m >= 0 || c.obj.ana != anaFilm || c.subj.m < 0 || a.ments[c.subj.m].sent != c.sent {
			continue
		}
		if a.seriesFilmCredit(c) || !a.repriseFromFilm(c.sent, int(a.ments[c.subj.m].b)) {
			continue
		}
		cp := *c
		cp.obj = arg{m: src.ment, of: -1, abs: true}
		a.claims = append(a.claims, cp)
	}
}

// repriseFromFilm reports whether sentence si has a reprise verb from token
// from on and "the film"/"the movie" within twelve words after it, with no
// ";" between.
func (a *article) repriseFromFilm(si int32, from int) bool {
	s := a.sents[si]
	for k := from; k < s.b; k++ {
		if !seriesFilmReprise[a.toks[k].lower] {
			continue
		}
		for j := k + 1; j+1 < s.b && j <= k+12; j++ {
			w := a.toks[j].lower
			if w == ";" {
				break
			}
			if w == "the" && (a.toks[j+1].lower == "film" || a.toks[j+1].lower == "movie") && (j+2 >= s.b || a.toks[j+2].lower != "'s") {
				return true
			}
		}
		return false
	}
	return false
}
