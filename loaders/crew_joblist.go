package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// Lists named by a plural crew job: "The producers, A, B and C, gave him
// ...", "Producers include A, his X partner B and C", "The writers are A
// and B" (each credited with the film at hand); and companies before a
// bare produce verb ("O1 and O2 produce, and ...").

// jobListVerbs join a plural job noun to its list ("Producers include
// A and B").
var jobListVerbs = setOf("include", "included", "including", "are", "were")

// jobList handles a plural crew job noun at item i opening its clause.
func (p *pctx) jobList(i int) {
	w := p.w(i)
	if w != "producers" && w != "writers" && w != "screenwriters" && w != "editors" && w != "composers" || p.isM(i) {
		return // (the cheap test first)
	}
	b := i - 1
	if p.w(b) == "executive" {
		b--
	}
	if p.w(b) == "the" {
		b--
	}
	if b >= 0 && p.w(b) != "," && p.w(b) != ";" {
		return // the job noun opens the sentence or a clause
	}
	k := i + 1
	switch {
	case p.w(k) == "," && p.isM(k+1):
		k++ // "The producers, A, B and C, ..."
	case p.in(k, jobListVerbs) && p.isM(k+1):
		k++ // "Producers include A and B"
	default:
		return
	}
	names, end := p.coProducerList(k)
	if len(names) == 0 {
		return
	}
	if p.w(i+1) == "," && p.w(end) != "," {
		return // "The producers, A and B": an appositive closes with a comma
	}
	rel, job := p.crewNoun(i)
	if rel == "" || rel == kg.Directed {
		return
	}
	film := p.topicFilm(end)
	if !film.valid() {
		return
	}
	for _, n := range names {
		m := p.mm(n)
		if rel == kg.Produced && (m.typ == kg.Organisation || m.typ == "" && orgish(m)) {
			m.setRealOrg()
		} else if p.isPersonLike(n) {
			p.typ(n, kg.Person, 3)
		} else {
			continue
		}
		p.claim(pclaim{rel: rel, subj: mArg(n), obj: film, job: job})
	}
}

// companiesProduce handles companies before a bare produce verb at item
// i ("Nintendo and Arad Productions produce, and ..."): each PRODUCED the
// film at hand, when every name of the list is a company.
func (p *pctx) companiesProduce(i int) {
	w := p.w(i)
	if w != "produce" && w != "co-produce" || p.isM(i) || !p.isM(i-1) {
		return
	}
	if e := p.w(i + 1); e != "," && e != "." && e != ";" && e != "" {
		return
	}
	var names []int
	strong := 0
	for j := i - 1; j >= 0 && p.isM(j); {
		m := p.mm(j)
		switch {
		case m.typ == kg.Organisation && m.strength >= 2 || m.typ == "" && (orgish(m) || p.priorType(j) == kg.Organisation):
			strong++
		case m.typ == "" && m.words == 1 && !m.quoted && !isGivenNameLower(m.key) && p.priorType(j) == "" && !p.shortOfPersonShaped(j):
			// one untyped word beside a company: a company too
		default:
			return
		}
		names = append(names, j)
		if p.w(j-1) == "and" || p.w(j-1) == "," {
			j -= 2
			continue
		}
		if j-1 >= 0 && p.w(j-1) != "," && p.w(j-1) != ";" {
			return // the list opens the sentence or a clause
		}
		break
	}
	if len(names) < 2 || strong == 0 {
		return
	}
	film := p.prevSentenceFilm() // "... F reaches cinemas in May. O1 and O2 produce."
	if !film.valid() {
		film = anaArg(anaFilm) // the film at hand (a paragraph's lead film in a round-up)
	}
	for _, n := range names {
		p.mm(n).setRealOrg()
		p.claim(pclaim{rel: kg.Produced, subj: mArg(n), obj: film})
	}
}
