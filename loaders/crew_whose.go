package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// whoseLeadWords may stand between "whose" and the noun of a person's body
// of work ("whose previous features", "whose recent credits", "whose
// directing credits").
var whoseLeadWords = setOf("previous", "recent", "earlier", "later", "other", "last", "only", "first", "latest", "prior",
	"most", "own", "best-known", "directing", "directorial", "writing", "screenwriting", "screen", "acting", "feature",
	"television", "tv", "big-screen", "short", "two", "three", "four", "past", "early", "notable")

// whoseWorkHeads name a person's body of work after "whose" ("whose
// credits include", "whose previous features F1 and F2"); whoseOneWork
// name one work ("whose last picture was F", "whose feature F").
var whoseWorkHeads = setOf("credits", "films", "features", "pictures", "movies")
var whoseOneWork = setOf("feature", "film", "picture", "movie")

// whoseCopulas, after the noun, open the list of works ("whose credits
// include F", "whose last picture was F").
var whoseCopulas = setOf("was", "were", "is", "are", "include", "includes", "included")

// whoseWorks reads the works of a "whose" clause after the person at item
// i that whoseCredits leaves alone: describing words before the noun
// ("whose previous films include F1 and F2", "whose directing credits
// include F"), a copula ("whose last picture was the drama F"), the
// titles right after the noun ("whose previous features F1 and F2 topped
// out"), kind words and a company's possessive before a title ("the indie
// comedy F", "Netflix's F"). The credit is the one the lead word says
// ("directing"), else P's credit claimed earlier in the sentence, else the
// job word before P's name ("cinematographer P"), else P's job in the
// article (possOwnerJob); bare features and pictures are a director's.
func (p *pctx) whoseWorks(i int) {
	if p.w(i+1) != "," || p.w(i+2) != "whose" || !p.isPersonLike(i) {
		return
	}
	k := i + 3
	lead := ""
	for n := 0; n < 3 && !p.wIn(k, whoseWorkHeads) && !p.wIn(k, whoseOneWork); n++ {
		switch {
		case !p.isM(k) && (p.wIn(k, whoseLeadWords) || isYear(p.w(k))):
			if lead == "" || p.w(k) == "directing" || p.w(k) == "writing" || p.w(k) == "screenwriting" || p.w(k) == "acting" {
				lead = p.w(k)
			}
		case p.isM(k) && p.mm(k).typ != kg.Person && p.mm(k).typ != kg.Character && p.w(k+1) != "'s" && !p.isM(k+1):
			// "whose Netflix credits", "whose previous Ghibli features"
		default:
			return
		}
		k++
	}
	if p.isM(k) || !p.wIn(k, whoseWorkHeads) && !p.wIn(k, whoseOneWork) {
		return
	}
	head := p.w(k)
	one := whoseOneWork[head]
	if p.w(k-1) == "short" && !one {
		return // "whose short films": unnamed shorts
	}
	k++
	switch {
	case p.wIn(k, whoseCopulas) && !p.isM(k):
		if one && p.w(k) != "was" && p.w(k) != "is" {
			return
		}
		k++
	case p.isM(k):
		if head == "credits" {
			return
		}
	default:
		return
	}
	films := p.whoseTitles(k, one)
	if len(films) == 0 {
		return
	}
	rel, job := p.whoseRel(i, lead, head)
	if rel == "" {
		return
	}
	p.typ(i, kg.Person, 3)
	for _, f := range films {
		if p.mm(f).typ == "" {
			p.typ(f, kg.Film, 2)
		}
		p.claim(pclaim{rel: rel, subj: mArg(i), obj: mArg(f), job: job})
	}
}

// whoseTitles returns the items of the titles listed from item k ("F1, F2
// and F3", "the indie comedy F", "Netflix's F", "episodes of F"), only the
// first when one is set; nil when a name there is no title.
func (p *pctx) whoseTitles(k int, one bool) []int {
	var films []int
	for n := 0; n < 6 && k < len(p.it); n++ {
		if p.is(k, "episodes", "of") {
			k += 2
		}
		if !p.isM(k) && (p.w(k) == "the" || p.w(k) == "a" || p.w(k) == "an") {
			k++
			k = p.pastFilmDescribers(k, true)
			if m := p.mm(k); m != nil && m.typ != kg.Film && !p.isM(k+1) && (p.wIn(k+1, possessedKindWords) || p.wIn(k+1, seriesNouns) || p.wIn(k+1, genreNouns)) {
				k = p.pastFilmDescribers(k+1, true) // "the HBO Asia series F", "the Laurel drama F"
			}
		}
		if m := p.mm(k); m != nil && m.typ == kg.Organisation && m.strength >= 2 && p.w(k+1) == "'s" && p.isM(k+2) {
			k += 2 // "Netflix's F"
		}
		m := p.mm(k)
		if m == nil || pcType(m.typ) && m.strength >= 2 || m.typ == kg.Organisation || m.typ == kg.Franchise ||
			pcType(p.priorType(k)) || p.priorType(k) == kg.Organisation || p.w(k+1) == "'s" {
			return films
		}
		if m.typ == "" && m.personShaped() && !p.a.headKeys[m.key] && givenNameShaped(m) {
			return films // a person's name, not a title
		}
		if !one && m.words == 1 && !m.the && !m.quoted && !p.a.headKeys[m.key] && !(p.w(k+1) == "(" && isYear(p.w(k+2))) &&
			(m.typ == "" || p.w(k+1) == "and" && p.isM(k+2) && p.mm(k+2).words == 1) {
			return films // a bare word of a longer title ("Docks" of "Docks and Ferries")
		}
		films = append(films, k)
		if one {
			return films
		}
		k++
		if p.w(k) == "(" && isYear(p.w(k+1)) && p.w(k+2) == ")" {
			k += 3
		}
		if p.w(k) == "," && p.w(k+1) == "and" {
			k++
		}
		if p.w(k) != "," && p.w(k) != "and" || p.isM(k) {
			return films
		}
		k++
	}
	return films
}

// whoseRel returns the credit (and WORKED_ON job) a "whose" clause's works
// give the person at item i: by the lead word ("directing credits"), the
// person's credit claimed earlier in the sentence, the job word before
// the name, the person's job in the article, else DIRECTED for features
// and pictures; "" when none says.
func (p *pctx) whoseRel(i int, lead, head string) (kg.RelType, string) {
	switch lead {
	case "directing", "directorial":
		return kg.Directed, ""
	case "writing", "screenwriting":
		return kg.Wrote, ""
	case "acting":
		return kg.ActedIn, ""
	}
	pm := int32(p.mi(i))
	for c := len(p.a.claims) - 1; c >= 0 && p.a.claims[c].sent == p.si; c-- {
		cl := &p.a.claims[c]
		if cl.subj.m == pm && cl.subj.ana == 0 && (cl.rel == kg.Directed || cl.rel == kg.Wrote || cl.rel == kg.WorkedOn || cl.rel == kg.ActedIn) {
			return cl.rel, cl.job
		}
	}
	if !p.isM(i - 1) {
		if rel, job := p.crewNoun(i - 1); rel == kg.Directed || rel == kg.Wrote || rel == kg.WorkedOn {
			return rel, job
		}
		if possActorJobs[p.w(i-1)] {
			return kg.ActedIn, ""
		}
	}
	if rel := p.a.possOwnerJob(p.mi(i)); rel != "" {
		return rel, ""
	}
	if head == "features" || head == "feature" || head == "pictures" || head == "picture" {
		return kg.Directed, ""
	}
	return "", ""
}
