package loaders

// obitFacts runs the per-article pipeline on text (id "t") with the
// obituary readers at their places (courtesyNames before the subject
// person is looked for, obitParts after each sentence's patterns,
// possessorParts before the local resolution), so that
// their tests hold whether or not the pipeline calls them yet; it returns
// the entities and claims as subjectFacts does. The readers may run twice
// (once from the pipeline): the second run changes nothing.
func obitFacts(text string) (ents, claims []string) {
	in := Input{Text: text}
	in.Article.ID = "t"
	a := newArticle(&in)
	for si := range a.sents {
		a.findMentions(si)
	}
	a.joinSubtitles()
	a.trimBasedPrefixes()
	a.dropFamilyPlurals()
	a.courtesyNames()
	a.subjectPronouns()
	a.typeChartFilms()
	a.typePlatforms()
	a.typeCompanies()
	a.typeYearTitles()
	a.typeKindTitles()
	a.typeAppositiveTitles()
	a.typeSeasonTitles()
	a.typeKindPairs()
	a.typeTitleWorkers()
	a.typeTopicFilms()
	a.typeCreditObjects()
	a.retypeCreditedOrgTitles()
	a.retypeInWhichTitles()
	for si := range a.sents {
		if !a.sents[si].titleCase {
			a.patterns(si)
			(&pctx{a: a, si: int32(si), it: a.items}).obitParts()
		} else if a.labelLine(si) {
			a.labelPctx(si).crewBlock()
		}
	}
	a.decidePossessiveCast()
	a.givenNamePersons()
	a.typeCapitalTheTitles()
	a.clearDemonyms()
	a.decideCareer()
	a.careerRoles()
	a.defaultTitles()
	a.careerFilms()
	a.possessorParts()
	a.resolveLocal()
	a.nearFilms()
	r := a.emitLocal()
	for _, e := range r.ents {
		ents = append(ents, string(e.typ)+":"+e.key)
	}
	for _, c := range r.claims {
		if c.rel == "" || c.subj < 0 || c.obj < 0 {
			continue
		}
		s := string(c.rel) + " " + r.ents[c.subj].key + " -> " + r.ents[c.obj].key
		if c.char >= 0 {
			s += " (" + r.ents[c.char].key + ")"
		}
		claims = append(claims, s)
	}
	return ents, claims
}
