package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// ownCrewHeads end the job nouns ownCrew reads before a name.
var ownCrewHeads = setOf("director", "writer", "screenwriter", "co-writer", "producer", "co-producer", "showrunner",
	"composer", "cinematographer", "editor", "designer", "coordinator", "photography")

// ownCrew handles a production's own job noun before a person: "our
// cinematographer, P,", "our production designer, P", "the film's editor,
// P", "its composer P" (item i is P). P has that credit on the film the
// text is about; a job noun after any other owner ("his", "Q's") says
// nothing about which production.
func (p *pctx) ownCrew(i int) {
	b := i - 1
	if p.w(b) == "," {
		b--
	}
	if p.isM(b) || !p.wIn(b, ownCrewHeads) || !p.isPersonLike(i) || p.w(i+1) == "'s" {
		return // (the cheap shape test first)
	}
	for k := b - 1; k >= 0 && k >= b-3; k-- {
		if p.isM(k) {
			return
		}
		w := p.w(k)
		own := w == "our" || w == "my" || w == "its" ||
			(w == "'s" || w == "'") && p.w(k-2) == "the" && (p.in(k-1, filmNouns) || p.in(k-1, seriesNouns))
		if !own {
			continue
		}
		rel, job := p.crewNoun(k + 1)
		if e := p.crewNounEnd(k + 1); rel != "" && (e == b+1) {
			p.claim(pclaim{rel: rel, subj: mArg(i), obj: anaArg(anaFilm), job: job})
		}
		return
	}
}

// ownCrewCopula handles "the producers were A, B and C", "our composer is
// P", "the film's writers are A and B" (item k is the job noun): each
// person of the list has that credit on the film the text is about.
func (p *pctx) ownCrewCopula(k int) {
	if p.isM(k) || !p.isM(k+2) || !p.in(k+1, copulas) || !ownCrewHeads[strings.TrimSuffix(p.w(k), "s")] {
		return // (the cheap shape test first)
	}
	b := k - 1
	if p.w(k) == "photography" && p.w(b) == "of" && p.w(b-1) == "director" {
		b -= 2 // "our director of photography is P"
	}
	if p.in(b, crewNounLeads) {
		b-- // "the executive producers are"
	}
	w := p.w(b)
	if !(w == "our" || w == "its" || w == "the" && (b == 0 || p.w(b-1) == "and" || p.w(b-1) == ";") ||
		(w == "'s" || w == "'") && p.w(b-2) == "the" && (p.in(b-1, filmNouns) || p.in(b-1, seriesNouns))) {
		return // (not "the producers of F were", nor "Q's producers")
	}
	rel, job := p.crewNoun(b + 1)
	if rel == "" {
		return
	}
	people, end := p.fallbackList(k + 2)
	if n := len(people); n > 1 && end < len(p.it) && isWordLike(p.w(end)) && p.w(people[n-1]-1) == "and" && p.w(people[n-1]-2) == "," {
		// "our editor is P, and Q wrote the score": Q opens the next clause
		people, end = people[:n-1], people[n-1]-2
	}
	if len(people) == 0 || end < len(p.it) && p.w(end) != "." && p.w(end) != "," && p.w(end) != ";" {
		return
	}
	for _, x := range people {
		p.claim(pclaim{rel: rel, subj: mArg(x), obj: anaArg(anaFilm), job: job})
	}
}

// crewNounLeads may open a job noun ("executive producer", "production
// designer").
var crewNounLeads = setOf("executive", "production", "costume", "stunt", "co-executive", "lead", "head")

// craftOfIt maps the verbs that say a person did a craft on "it" or "the
// film" to the job WORKED_ON carries ("P shot it", "P edited the film").
var craftOfIt = map[string]string{"shot": "cinematographer", "lensed": "cinematographer", "edited": "editor",
	"cut": "editor", "scored": "composer"}

// craftIt handles "P shot it", "P lensed the film", "P edited the series"
// and "P edited, ..." (item i is P): WORKED_ON the film the text is
// about, with the craft's job.
func (p *pctx) craftIt(i int) {
	if !p.wIn(i+1, craftOfItKeys) { // (craftOfIt's keys: one bit, no map look-up)
		return
	}
	job := craftOfIt[p.w(i+1)]
	if job == "" || p.isM(i+1) {
		return
	}
	o := p.w(i + 2)
	if (o == "," || o == ".") && (job == "editor" || job == "composer") && p.w(i+1) != "cut" {
		// "P edited, and ...": the craft alone
	} else if o == "the" {
		if !p.in(i+3, filmNouns) && !p.in(i+3, seriesNouns) || p.isM(i+3) {
			return
		}
	} else if o != "it" || p.isM(i+2) {
		return
	}
	if !p.isPersonLike(i) || p.w(i-1) == "'s" {
		return
	}
	p.claim(pclaim{rel: kg.WorkedOn, subj: mArg(i), obj: anaArg(anaFilm), job: job})
}

// coWriterFillers may stand between "with" and a co-writer's name: kin,
// a possessive, a job noun ("with his wife, the playwright P").
var coWriterFillers = setOf("his", "her", "their", "my", "the", ",", "wife", "husband", "partner", "brother", "sister",
	"son", "daughter", "father", "mother", "playwright", "novelist", "writer", "screenwriter", "director", "longtime",
	"frequent", "collaborator", "friend")

// coWriterAfter returns the item of the person after "with" at item k
// ("wrote it with P", "with his wife, the playwright P"), or -1.
func (p *pctx) coWriterAfter(k int) int {
	if p.w(k) != "with" || p.isM(k) {
		return -1
	}
	j := k + 1
	for n := 0; n < 6 && !p.isM(j) && p.wIn(j, coWriterFillers); n++ {
		j++
	}
	if !p.isM(j) || !p.personish(j) || j > k+1 && p.mm(j).words < 2 {
		return -1
	}
	return j
}
