package graph

import (
	"sort"
	"strings"

	"github.com/franchisekg/franchisekg/graph/model"
	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/internal/readmodel"
)

// optStr returns a pointer to a copy of s, nil for "" (allocating only
// then: returning &s would move every s to the heap).
func optStr(s string) *string {
	if s == "" {
		return nil
	}
	p := new(string)
	*p = s
	return p
}

func toArticle(a readmodel.Article) *model.Article { return &model.Article{Article: a} }

func toSource(s readmodel.Source) *model.Source {
	ms := &model.Source{
		Article:  toArticle(readmodel.Article{ID: s.Article, Title: s.ArticleTitle, Date: s.Date, Path: s.ArticlePath, URL: s.ArticleURL}),
		Sentence: s.Sentence, Quote: s.Quote, Start: s.Start, End: s.End, ClaimID: optStr(s.ClaimID),
	}
	setMethod(ms, s.Source)
	return ms
}

// setMethod sets how the source's fact was found: RULE, or LEARNED with
// the model's confidence.
func setMethod(ms *model.Source, s kg.Source) {
	ms.Method = model.SourceMethodRule
	if s.Learned() {
		ms.Method = model.SourceMethodLearned
		c := s.Confidence
		ms.Confidence = &c
	}
}

// learnedOnly reports whether every source of every claim is learned
// (kg.LearnedOnly over the claims' sources).
func learnedOnly(cs []readmodel.Claim) bool {
	n := 0
	for _, c := range cs {
		for _, s := range c.Sources {
			if !s.Learned() {
				return false
			}
			n++
		}
	}
	return n > 0
}

// statedRelations leaves out, when stated is true, the relations that only
// the learned classifier found (every source learned).
func statedRelations(rels []readmodel.Relation, stated *bool) []readmodel.Relation {
	if stated == nil || !*stated {
		return rels
	}
	out := make([]readmodel.Relation, 0, len(rels))
	for _, rel := range rels {
		if !learnedOnly(rel.Claims) {
			out = append(out, rel)
		}
	}
	return out
}

// statedLinks leaves out, when stated is true, the entities whose link
// rests on learned credits only (the store's LinkedEntity.Learned).
func statedLinks(es []readmodel.LinkedEntity, stated *bool) []readmodel.LinkedEntity {
	if stated == nil || !*stated {
		return es
	}
	out := make([]readmodel.LinkedEntity, 0, len(es))
	for _, e := range es {
		if !e.Learned {
			out = append(out, e)
		}
	}
	return out
}

// statedPortrayals leaves out, when stated is true, the learned portrayals.
func statedPortrayals(ps []*model.Portrayal, stated *bool) []*model.Portrayal {
	if stated == nil || !*stated {
		return ps
	}
	out := make([]*model.Portrayal, 0, len(ps))
	for _, p := range ps {
		if !p.Learned {
			out = append(out, p)
		}
	}
	return out
}

// toSources returns toSource of each source, the sources, their articles
// and their claim ids each in one allocation.
func toSources(src []readmodel.Source) []*model.Source {
	out := make([]*model.Source, len(src))
	srcs, arts, ids := make([]model.Source, len(src)), make([]model.Article, len(src)), make([]string, len(src))
	for i, s := range src {
		arts[i] = model.Article{Article: readmodel.Article{ID: s.Article, Title: s.ArticleTitle, Date: s.Date, Path: s.ArticlePath, URL: s.ArticleURL}}
		srcs[i] = model.Source{Article: &arts[i], Sentence: s.Sentence, Quote: s.Quote, Start: s.Start, End: s.End}
		setMethod(&srcs[i], s.Source)
		if ids[i] = s.ClaimID; s.ClaimID != "" {
			srcs[i].ClaimID = &ids[i]
		}
		out[i] = &srcs[i]
	}
	return out
}

// claimSources returns the sources of every claim, sorted, without
// duplicates.
func claimSources(cs []readmodel.Claim) []readmodel.Source {
	var all []readmodel.Source
	seen := map[kg.Source]bool{}
	for _, c := range cs {
		for _, s := range c.Sources {
			if !seen[s.Source] {
				seen[s.Source] = true
				all = append(all, s)
			}
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].Source.Less(all[j].Source) })
	return all
}

// detailIndex maps kg sources back to their article details, so that
// values produced by kg's assembly keep article titles and claim ids.
func detailIndex(cs []readmodel.Claim) map[kg.Source]readmodel.Source {
	m := map[kg.Source]readmodel.Source{}
	for _, c := range cs {
		for _, s := range c.Sources {
			m[s.Source] = s
		}
	}
	return m
}

func detailed(src []kg.Source, idx map[kg.Source]readmodel.Source) []*model.Source {
	out := make([]*model.Source, 0, len(src))
	for _, s := range src {
		d, ok := idx[s]
		if !ok {
			d = readmodel.Source{Source: s}
		}
		out = append(out, toSource(d))
	}
	return out
}

func kgClaims(cs []readmodel.Claim) []kg.Claim {
	out := make([]kg.Claim, len(cs))
	for i, c := range cs {
		out[i] = c.KG()
	}
	return out
}

func toPerson(e readmodel.Entity) *model.Person             { return &model.Person{Entity: e} }
func toFilm(e readmodel.Entity) *model.Film                 { return &model.Film{Entity: e} }
func toCharacter(e readmodel.Entity) *model.Character       { return &model.Character{Entity: e} }
func toOrganisation(e readmodel.Entity) *model.Organisation { return &model.Organisation{Entity: e} }

// toFact converts an assembled fact.
func toFact(f kg.Fact, idx map[kg.Source]readmodel.Source) *model.PropertyFact {
	return &model.PropertyFact{Property: f.Property, Value: f.Value, Precision: optStr(f.Precision),
		AsOf: optStr(f.AsOf), Sources: detailed(f.Sources, idx)}
}

// assembledActingCredit assembles one credit through kg.AssembleEdge.
func assembledActingCredit(rel readmodel.Relation) *model.ActingCredit {
	edge, conflicts := kg.AssembleEdge(kgClaims(rel.Claims))
	idx := detailIndex(rel.Claims)
	ac := &model.ActingCredit{Person: toPerson(rel.From), Film: toFilm(rel.To), Disputed: len(conflicts) > 0,
		Learned: learnedOnly(rel.Claims), Sources: toSources(claimSources(rel.Claims)), CharacterNames: []*model.PropertyFact{}}
	var names []string
	for _, f := range edge.Facts {
		if f.Property == kg.QualCharacter {
			ac.CharacterNames = append(ac.CharacterNames, toFact(f, idx))
			names = append(names, f.Value)
		}
	}
	ac.CharacterName = optStr(strings.Join(names, " / "))
	return ac
}

// actingCredits assembles ACTED_IN relations with kg's rules: the
// character values with their own sources, disputed when they disagree.
// The credits stated by one claim (see soleCredits) are built together.
func actingCredits(rels []readmodel.Relation) []*model.ActingCredit {
	out := make([]*model.ActingCredit, len(rels))
	var sole soleCredits
	for i, rel := range rels {
		if len(rel.Claims) == 1 {
			sole.size(rel)
		} else {
			out[i] = assembledActingCredit(rel)
		}
	}
	sole.alloc()
	for i, rel := range rels {
		if out[i] == nil {
			out[i] = sole.credit(rel)
		}
	}
	return out
}

// coStars converts co-stars: the co-stars, their people, their films and
// the film pointers each in one allocation.
func coStars(cs []readmodel.CoStar) []*model.CoStar {
	n := 0
	for _, c := range cs {
		n += len(c.Films) + len(c.LearnedFilms)
	}
	out, stars, people := make([]*model.CoStar, len(cs)), make([]model.CoStar, len(cs)), make([]model.Person, len(cs))
	films, filmPtrs := make([]model.Film, n), make([]*model.Film, n)
	list := func(es []readmodel.Entity) []*model.Film {
		fs := take(&filmPtrs, len(es))
		for j, f := range es {
			fp := &take(&films, 1)[0]
			fp.Entity = f
			fs[j] = fp
		}
		return fs
	}
	for i, c := range cs {
		people[i].Entity = c.Person
		stars[i] = model.CoStar{Person: &people[i], Films: list(c.Films), LearnedFilms: list(c.LearnedFilms), Learned: c.Learned}
		out[i] = &stars[i]
	}
	return out
}

// soleCredits builds credits that one claim states (almost every credit)
// as kg.AssembleEdge would build them, without assembling the edge: with
// one claim every qualifier has one value, so a credit is never disputed,
// its character fact is the claim's character with the claim's sources
// (sorted, repeats removed: the credit's own sources) and the newest of
// their dates, and its character name is that value. The credits, their
// ends, facts, sources and strings are each allocated once for all of
// them (size each relation, alloc, then credit each).
type soleCredits struct {
	n, facts, sources int
	acs               []model.ActingCredit
	people            []model.Person
	films             []model.Film
	facts1            []model.PropertyFact
	factPtrs          []*model.PropertyFact
	srcPtrs           []*model.Source
	srcs              []model.Source
	arts              []model.Article
	strs              []string
}

func (b *soleCredits) size(rel readmodel.Relation) {
	b.n++
	b.sources += len(soleSources(rel.Claims[0].Sources))
	if rel.Claims[0].Qualifiers[kg.QualCharacter] != "" {
		b.facts++
	}
}

func (b *soleCredits) alloc() {
	if b.n == 0 {
		return
	}
	b.acs, b.people, b.films = make([]model.ActingCredit, b.n), make([]model.Person, b.n), make([]model.Film, b.n)
	b.facts1, b.factPtrs = make([]model.PropertyFact, b.facts), make([]*model.PropertyFact, b.facts)
	b.srcPtrs, b.srcs, b.arts = make([]*model.Source, b.sources), make([]model.Source, b.sources), make([]model.Article, b.sources)
	b.strs = make([]string, b.sources+2*b.facts) // claim ids; character names and dates
}

// take returns the next n elements of *s.
func take[T any](s *[]T, n int) []T {
	out := (*s)[:n:n]
	*s = (*s)[n:]
	return out
}

// str returns a pointer to s in b's strings, nil for "".
func (b *soleCredits) str(s string) *string {
	if s == "" {
		return nil
	}
	p := &take(&b.strs, 1)[0]
	*p = s
	return p
}

func (b *soleCredits) credit(rel readmodel.Relation) *model.ActingCredit {
	c := rel.Claims[0]
	rs := soleSources(c.Sources)
	src, srcs, arts := take(&b.srcPtrs, len(rs)), take(&b.srcs, len(rs)), take(&b.arts, len(rs))
	asOf := ""
	for i, s := range rs {
		arts[i] = model.Article{Article: readmodel.Article{ID: s.Article, Title: s.ArticleTitle, Date: s.Date, Path: s.ArticlePath, URL: s.ArticleURL}}
		srcs[i] = model.Source{Article: &arts[i], Sentence: s.Sentence, Quote: s.Quote, Start: s.Start, End: s.End, ClaimID: b.str(s.ClaimID)}
		setMethod(&srcs[i], s.Source)
		src[i] = &srcs[i]
		asOf = max(asOf, s.Date)
	}
	ac, p, f := &take(&b.acs, 1)[0], &take(&b.people, 1)[0], &take(&b.films, 1)[0]
	p.Entity, f.Entity = rel.From, rel.To
	*ac = model.ActingCredit{Person: p, Film: f, Learned: learnedOnly(rel.Claims), Sources: src, CharacterNames: []*model.PropertyFact{}}
	if v := c.Qualifiers[kg.QualCharacter]; v != "" {
		fact := &take(&b.facts1, 1)[0]
		*fact = model.PropertyFact{Property: kg.QualCharacter, Value: v, AsOf: b.str(asOf), Sources: src}
		ac.CharacterNames = take(&b.factPtrs, 1)
		ac.CharacterNames[0] = fact
		ac.CharacterName = b.str(v)
	}
	return ac
}

// soleSources is claimSources of one claim's sources: src itself when it
// is already sorted without repeats (the store sorts each claim's
// sources), else a sorted copy without them.
func soleSources(src []readmodel.Source) []readmodel.Source {
	for i := 1; i < len(src); i++ {
		if !src[i-1].Source.Less(src[i].Source) {
			return claimSources([]readmodel.Claim{{Sources: src}})
		}
	}
	return src
}

// crewJob maps a crew relation to its job and job title; ok is false for
// relations that are not crew credits of a person.
func crewCredit(rel readmodel.Relation) (*model.CrewCredit, bool) {
	if rel.From.Type != kg.Person {
		return nil, false
	}
	cc := &model.CrewCredit{Person: toPerson(rel.From), Film: toFilm(rel.To), Learned: learnedOnly(rel.Claims),
		Sources: toSources(claimSources(rel.Claims))}
	switch rel.Type {
	case kg.Directed:
		cc.Job, cc.JobTitle = model.CrewJobDirector, optStr("director")
	case kg.Wrote:
		cc.Job, cc.JobTitle = model.CrewJobWriter, optStr("writer")
	case kg.Produced:
		cc.Job, cc.JobTitle = model.CrewJobProducer, optStr("producer")
	case kg.WorkedOn:
		cc.Job = model.CrewJobOther
		seen := map[string]bool{}
		var jobs []string
		for _, c := range rel.Claims {
			if j := c.Qualifiers[kg.QualJob]; j != "" && !seen[kg.Fold(j)] {
				seen[kg.Fold(j)] = true
				jobs = append(jobs, j)
			}
		}
		sort.Strings(jobs)
		cc.JobTitle = optStr(strings.Join(jobs, " / "))
	default:
		return nil, false
	}
	return cc, true
}

// portrayals splits a PORTRAYED relation per film qualifier: one portrayal
// per film named by its claims (nil film for claims naming none).
func portrayals(rel readmodel.Relation) []*model.Portrayal {
	byFilm := map[string][]readmodel.Claim{}
	var films []string
	for _, c := range rel.Claims {
		f := c.Qualifiers[kg.QualFilm]
		if _, ok := byFilm[f]; !ok {
			films = append(films, f)
		}
		byFilm[f] = append(byFilm[f], c)
	}
	sort.Strings(films)
	out := make([]*model.Portrayal, 0, len(films))
	for _, f := range films {
		p := &model.Portrayal{Person: toPerson(rel.From), Character: toCharacter(rel.To), Learned: learnedOnly(byFilm[f]),
			Sources: toSources(claimSources(byFilm[f]))}
		if e, ok := rel.QualifierEntities[f]; ok && f != "" {
			p.Film = toFilm(e)
		}
		out = append(out, p)
	}
	return out
}

// memberships splits a MEMBER_OF relation per role; claims naming no role
// add their sources to every role (or make one role-less membership).
func memberships(rel readmodel.Relation) []*model.Membership {
	byRole := map[string][]readmodel.Claim{}
	var roles []string
	var bare []readmodel.Claim
	for _, c := range rel.Claims {
		r := c.Qualifiers[kg.QualRole]
		if r == "" {
			bare = append(bare, c)
			continue
		}
		k := kg.Fold(r)
		if _, ok := byRole[k]; !ok {
			roles = append(roles, r)
		}
		byRole[k] = append(byRole[k], c)
	}
	sort.Strings(roles)
	member := model.NewNode(rel.From)
	m, _ := member.(model.Member)
	if len(roles) == 0 {
		return []*model.Membership{{Member: m, Organisation: toOrganisation(rel.To), Sources: toSources(claimSources(bare))}}
	}
	out := make([]*model.Membership, 0, len(roles))
	for _, r := range roles {
		cs := append(append([]readmodel.Claim(nil), byRole[kg.Fold(r)]...), bare...)
		out = append(out, &model.Membership{Member: m, Organisation: toOrganisation(rel.To), Role: optStr(r), Sources: toSources(claimSources(cs))})
	}
	return out
}

// relationsOfType filters relations by type. The store sorts each
// entity's relations by type, so those of the asked types are usually one
// run of rels: that run is returned as it is (capacity cut, so an append
// copies), else a copy of the matches.
func relationsOfType(rels []readmodel.Relation, types ...kg.RelType) []readmodel.Relation {
	is := func(t kg.RelType) bool {
		for _, x := range types {
			if t == x {
				return true
			}
		}
		return false
	}
	i := 0
	for i < len(rels) && !is(rels[i].Type) {
		i++
	}
	j := i
	for j < len(rels) && is(rels[j].Type) {
		j++
	}
	n := j - i
	for _, r := range rels[j:] {
		if is(r.Type) {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	if n == j-i {
		return rels[i:j:j]
	}
	out := make([]readmodel.Relation, 0, n)
	for _, r := range rels[i:] {
		if is(r.Type) {
			out = append(out, r)
		}
	}
	return out
}

func toConflict(c readmodel.Conflict) *model.Conflict {
	mc := &model.Conflict{SubjectID: c.Subject, ObjectID: c.Object, Relation: optStr(string(c.Relation)), Property: c.Property}
	for _, v := range c.Values {
		mc.Values = append(mc.Values, &model.ConflictValue{Value: v.Value, AsOf: optStr(v.AsOf), Sources: toSources(v.Sources)})
	}
	return mc
}

func toClaim(c readmodel.Claim) *model.Claim {
	return &model.Claim{ID: c.ID, Relation: optStr(string(c.Relation)), Property: optStr(c.Property), Value: optStr(c.Value),
		Character: optStr(c.Qualifiers[kg.QualCharacter]), Role: optStr(c.Qualifiers[kg.QualRole]), Job: optStr(c.Qualifiers[kg.QualJob]),
		Precision: optStr(c.Qualifiers["precision"]), Rejected: c.Rejected, RejectReason: optStr(c.RejectReason),
		Sources: toSources(c.Sources), SubjectID: c.Subject, ObjectID: c.Object, FilmID: c.Qualifiers[kg.QualFilm]}
}

func toCorrection(k kg.Correction) *model.Correction {
	return &model.Correction{ID: k.ID, Kind: k.Kind, Target: k.Target, Value: optStr(k.Value), Reason: optStr(k.Reason),
		CreatedAt: k.CreatedAt.UTC().Format("2006-01-02T15:04:05.000Z07:00"), Undone: k.Undone}
}

// nodeTypeOf maps the GraphQL enum to the label.
func nodeTypeOf(t model.NodeType) kg.NodeType {
	switch t {
	case model.NodeTypePerson:
		return kg.Person
	case model.NodeTypeCharacter:
		return kg.Character
	case model.NodeTypeFilm:
		return kg.Film
	case model.NodeTypeOrganisation:
		return kg.Organisation
	case model.NodeTypeFranchise:
		return kg.Franchise
	}
	return ""
}

// propString returns a node property as one string (a list joined with
// " / ").
func propString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []string:
		return strings.Join(x, " / ")
	}
	return ""
}

// earliestDate returns the smallest release date of a film ("" if none).
func earliestDate(e readmodel.Entity) string {
	switch x := e.Props[kg.PropReleaseDate].(type) {
	case string:
		return x
	case []string:
		best := ""
		for _, d := range x {
			if best == "" || d < best {
				best = d
			}
		}
		return best
	}
	return ""
}

// maxPaths bounds how many shortest paths one query returns.
const maxPaths = 25

func toPath(p readmodel.Path) *model.Path {
	byID := map[string]model.Node{}
	mp := &model.Path{Nodes: []model.Node{}, Steps: []*model.PathStep{}, Length: len(p.Steps), Learned: p.Learned}
	for _, e := range p.Nodes {
		n := model.NewNode(e)
		byID[e.ID] = n
		mp.Nodes = append(mp.Nodes, n)
	}
	for _, st := range p.Steps {
		types := make([]string, 0, max(len(st.Types), 1))
		for _, t := range st.Types {
			types = append(types, string(t))
		}
		if len(types) == 0 {
			types = append(types, string(st.Type))
		}
		mp.Steps = append(mp.Steps, &model.PathStep{From: byID[st.From], To: byID[st.To], Type: string(st.Type),
			Types: types, Sources: toSources(claimSources(st.Claims)), Learned: st.Learned})
	}
	return mp
}

// toNodes returns model.NewNode of each entity (nil for an entity of no
// node type, as NewNode), the nodes of each type in one allocation.
func toNodes(es []readmodel.Entity) []model.Node {
	var n [5]int
	for _, e := range es {
		switch e.Type {
		case kg.Person:
			n[0]++
		case kg.Film:
			n[1]++
		case kg.Character:
			n[2]++
		case kg.Organisation:
			n[3]++
		case kg.Franchise:
			n[4]++
		}
	}
	people, films, chars := make([]model.Person, 0, n[0]), make([]model.Film, 0, n[1]), make([]model.Character, 0, n[2])
	orgs, frans := make([]model.Organisation, 0, n[3]), make([]model.Franchise, 0, n[4])
	out := make([]model.Node, 0, len(es))
	for _, e := range es {
		switch e.Type {
		case kg.Person:
			people = append(people, model.Person{Entity: e})
			out = append(out, &people[len(people)-1])
		case kg.Film:
			films = append(films, model.Film{Entity: e})
			out = append(out, &films[len(films)-1])
		case kg.Character:
			chars = append(chars, model.Character{Entity: e})
			out = append(out, &chars[len(chars)-1])
		case kg.Organisation:
			orgs = append(orgs, model.Organisation{Entity: e})
			out = append(out, &orgs[len(orgs)-1])
		case kg.Franchise:
			frans = append(frans, model.Franchise{Entity: e})
			out = append(out, &frans[len(frans)-1])
		default:
			out = append(out, model.NewNode(e))
		}
	}
	return out
}

func toNeighbourhood(nb readmodel.Neighbourhood) *model.Neighbourhood {
	out := &model.Neighbourhood{Center: model.NewNode(nb.Center), Nodes: toNodes(nb.Nodes),
		Edges: make([]*model.GraphEdge, len(nb.Edges)), Truncated: nb.Truncated}
	// one allocation for all the edges, one for their characters
	edges := make([]model.GraphEdge, len(nb.Edges))
	chars := make([]string, len(nb.Edges))
	for i, e := range nb.Edges {
		d, _ := e.Props["disputed"].(bool)
		edges[i] = model.GraphEdge{From: e.From, To: e.To, Type: string(e.Type), Disputed: d, Learned: e.Learned,
			Role: optStr(propString(listOrString(e.Props[kg.QualRole]))),
			Job:  optStr(propString(listOrString(e.Props[kg.QualJob])))}
		if chars[i] = propString(listOrString(e.Props[kg.QualCharacter])); chars[i] != "" {
			edges[i].Character = &chars[i]
		}
		out.Edges[i] = &edges[i]
	}
	return out
}

// listOrString normalises a driver list of strings to []string.
func listOrString(v any) any {
	if l, ok := v.([]any); ok {
		out := make([]string, 0, len(l))
		for _, x := range l {
			if s, ok := x.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return v
}

func toStats(st readmodel.Stats) *model.Stats {
	out := &model.Stats{Nodes: []*model.LabelCount{}, Relationships: []*model.LabelCount{}, Articles: st.Articles,
		Claims: st.Claims, LastLoadedAt: optStr(st.LastLoadedAt)}
	for _, k := range sortedKeys(st.Nodes) {
		out.Nodes = append(out.Nodes, &model.LabelCount{Label: k, Count: st.Nodes[k]})
	}
	for _, k := range sortedKeys(st.Relationships) {
		out.Relationships = append(out.Relationships, &model.LabelCount{Label: k, Count: st.Relationships[k]})
	}
	return out
}

func sortedKeys(m map[string]int) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
