package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// deptJobs are department jobs, by their last word and the word before
// it ("" for any), that crewNoun does not read: all WORKED_ON, with the
// job named by the whole phrase.
var deptJobs = map[string][]string{
	"director":      {"assistant", "casting", "art", "action", "animation", "second-unit"},
	"supervisor":    {"effects", "vfx", "music", "animation", "script"},
	"designer":      {"sound", "set", "creature", "title"},
	"artist":        {"story", "storyboard", "makeup", "make-up", "effects"},
	"choreographer": {""},
	"animator":      {""},
	"story":         {"of"}, // "head of story"
}

// subDirector reports whether the job noun w after prev names a
// department's director ("assistant director", "casting director"): a
// WORKED_ON job, not the film's director.
func subDirector(w, prev string) bool {
	if w != "director" && w != "directors" {
		return false
	}
	for _, m := range deptJobs["director"] {
		if m == prev {
			return true
		}
	}
	return false
}

// crewJobBefore reads the job phrase that ends right before item k (the
// "on" of "stunt coordinator on F"): its relation, job and first item, or
// an empty relation.
func (p *pctx) crewJobBefore(k int) (kg.RelType, string, int) {
	w, prev := p.w(k-1), p.w(k-2)
	if p.isM(k-1) || p.isM(k-2) {
		return "", "", -1
	}
	for _, m := range deptJobs[w] {
		switch {
		case m == "":
			return kg.WorkedOn, w, k - 1
		case m == "of" && prev == "of" && p.w(k-3) == "head":
			return kg.WorkedOn, "head of story", k - 3
		case m != "of" && m == prev:
			return kg.WorkedOn, prev + " " + w, k - 2
		}
	}
	if w == "photography" && prev == "of" && p.w(k-3) == "director" {
		return kg.WorkedOn, "cinematographer", k - 3
	}
	rel, job := p.crewNoun(k - 1)
	if rel == "" {
		return "", "", -1
	}
	if b := k - 1; prev == "executive" || prev == "stunt" || prev == "production" || prev == "costume" {
		return rel, job, b - 1
	}
	return rel, job, k - 1
}

// jobLeads may stand right before a job phrase (after its article):
// "who was stunt coordinator on F", "as an assistant director on F".
var jobLeads = setOf("as", "was", "is", "were", "been", "became", "become", "remains", "served", ",")

// crewOnFilms credits a person with the films after a job phrase and
// "on" or "of" at item k ("is the executive producer of O's F"): "P, who was stunt coordinator on F and on G", "P spent
// her twenties as an assistant director on F and G", "P, who was head
// of story on 2021's F". The person is the nearest name before the
// phrase in the clause, with no other name between; a film is a typed
// film or an untyped name that is no person's or company's.
func (p *pctx) crewOnFilms(k int, done map[string][]pclaim) {
	rel, job, b := p.crewJobBefore(k)
	if rel == "" {
		return
	}
	if w := p.w(b - 1); w == "a" || w == "an" || w == "the" || possessivePronouns[w] {
		b--
	}
	if !p.in(b-1, jobLeads) {
		return
	}
	person := -1
	for n := b - 1; n >= 0 && n >= b-10; n-- {
		if p.isM(n) {
			if p.isPersonLike(n) && p.mm(n).typ != kg.Character {
				person = n
			}
			break
		}
		if w := p.w(n); w == ";" || w == "." || w == "'s" {
			break
		}
	}
	if person < 0 {
		return
	}
	films := p.filmsAfterOn(k)
	for _, f := range films {
		p.typ(f, kg.Film, 2)
		dup := false
		for _, o := range done[p.mm(person).key] {
			dup = dup || o.rel == rel && o.obj.m == int32(f) && !o.obj.abs
		}
		if !dup {
			p.claim(pclaim{rel: rel, subj: mArg(person), obj: mArg(f), job: job})
		}
	}
}

// filmsAfterOn returns the items of the films named after the "on" at
// item k: "on F", "on 2021's F", "on F and G", "on the original and on
// F" (an unnamed earlier film is skipped).
func (p *pctx) filmsAfterOn(k int) []int {
	var films []int
	n := k + 1
	for len(films) < 4 {
		if isYear(p.w(n)) && p.w(n+1) == "'s" {
			n += 2
		} else if o := p.mm(n); o != nil && p.w(n+1) == "'s" && o.typ == kg.Organisation && o.strength >= 2 && p.isM(n+2) {
			n += 2 // "on HBO Max's F": the company's title
		}
		if m := p.mm(n); m != nil {
			// after "of" ("the creator of F") only a title typed or shaped so
			loose := p.w(k) == "on" && !givenNameShaped(m) && !m.country && !pcType(p.priorType(n)) && p.w(n+1) != "'s"
			if !(m.typ == kg.Film || m.typ == "" && (loose || m.digit || m.colon || m.quoted)) {
				return films
			}
			films = append(films, n)
			n++
		} else if p.w(n) == "the" && p.in(n+1, earlierFilmWords) {
			n += 2 // "the original"
			if p.in(n, filmNouns) {
				n++
			}
		} else {
			return films
		}
		switch {
		case p.w(n) == "and" && p.w(n+1) == "on":
			n += 2
		case p.w(n) == "and" || p.w(n) == "," && p.isM(n+1):
			n++
		default:
			return films
		}
	}
	return films
}
