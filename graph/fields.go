package graph

import (
	"context"
	"fmt"
	"sort"

	"github.com/franchisekg/franchisekg/graph/model"
	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/internal/readmodel"
)

// out returns the relations of which id is the subject (batched).
func (r *Resolver) out(ctx context.Context, id string, types ...kg.RelType) ([]readmodel.Relation, error) {
	rels, err := r.relations(ctx, id, readmodel.Out)
	if err != nil {
		return nil, err
	}
	return relationsOfType(rels, types...), nil
}

// in returns the relations of which id is the object (batched).
func (r *Resolver) in(ctx context.Context, id string, types ...kg.RelType) ([]readmodel.Relation, error) {
	rels, err := r.relations(ctx, id, readmodel.In)
	if err != nil {
		return nil, err
	}
	return relationsOfType(rels, types...), nil
}

// node returns the node with the id (entity or article), nil when absent.
func (r *Resolver) node(ctx context.Context, id string) (model.Node, error) {
	if id == "" {
		return nil, nil
	}
	if kg.TypeOfID(id).Valid() {
		e, err := r.loaders(ctx).Entity.Load(ctx, id)
		if err != nil || e.ID == "" {
			return nil, err
		}
		return model.NewNode(e), nil
	}
	a, err := r.loaders(ctx).Article.Load(ctx, id)
	if err != nil || a.ID == "" {
		return nil, err
	}
	return toArticle(a), nil
}

// rootNode is node for a root field: one key, so the store is called
// directly instead of through a loader's batching window.
func (r *Resolver) rootNode(ctx context.Context, id string) (model.Node, error) {
	if id == "" {
		return nil, nil
	}
	if kg.TypeOfID(id).Valid() {
		es, err := r.Reader.Entities(ctx, []string{id})
		if e, ok := es[id]; ok && err == nil {
			return model.NewNode(e), nil
		}
		return nil, err
	}
	as, err := r.Reader.Articles(ctx, []string{id})
	if a, ok := as[id]; ok && err == nil {
		return toArticle(a), nil
	}
	return nil, err
}

// mustNode is node that fails with kg.ErrNotFound when absent.
func (r *Resolver) mustNode(ctx context.Context, id string) (model.Node, error) {
	n, err := r.node(ctx, id)
	if err == nil && n == nil {
		err = fmt.Errorf("node %q: %w", id, kg.ErrNotFound)
	}
	return n, err
}

// mentionSources returns an entity's mention sources.
func (r *Resolver) mentionSources(ctx context.Context, id string) ([]*model.Source, error) {
	src, err := load(ctx, r, "mentions", &r.loaders(ctx).Mentions, id, r.Reader.MentionSources)
	if err != nil {
		return nil, err
	}
	return toSources(src), nil
}

// filmsOf returns the distinct films among the other ends of rels, by name.
func filmsOf(rels []readmodel.Relation, dir readmodel.Direction) []*model.Film {
	seen := map[string]bool{}
	var es []readmodel.Entity
	for _, rel := range rels {
		e := rel.To
		if dir == readmodel.In {
			e = rel.From
		}
		if e.Type == kg.Film && !seen[e.ID] {
			seen[e.ID] = true
			es = append(es, e)
		}
	}
	sortEntities(es)
	out := make([]*model.Film, len(es))
	for i, e := range es {
		out[i] = toFilm(e)
	}
	return out
}

// nodesOf returns the other ends of rels as nodes, in order.
func nodesOf(rels []readmodel.Relation, dir readmodel.Direction) []model.Node {
	out := make([]model.Node, 0, len(rels))
	for _, rel := range rels {
		e := rel.To
		if dir == readmodel.In {
			e = rel.From
		}
		if n := model.NewNode(e); n != nil {
			out = append(out, n)
		}
	}
	return out
}

func sortEntities(es []readmodel.Entity) {
	sort.SliceStable(es, func(i, j int) bool {
		if es[i].Name != es[j].Name {
			return es[i].Name < es[j].Name
		}
		return es[i].ID < es[j].ID
	})
}

// propertyFacts assembles an entity's property claims with kg's rules and
// returns the facts of the properties keep selects.
func propertyFacts(e readmodel.Entity, claims []readmodel.Claim, keep func(string) bool) []*model.PropertyFact {
	fact := kg.EntityFact{ID: e.ID, Type: e.Type, Name: e.Name}
	n, _ := kg.AssembleNode([]kg.EntityFact{fact}, kgClaims(claims))
	idx := detailIndex(claims)
	out := []*model.PropertyFact{}
	for _, f := range n.Facts {
		if keep(f.Property) {
			out = append(out, toFact(f, idx))
		}
	}
	return out
}

// membershipsOf returns the memberships of a character or person.
func (r *Resolver) membershipsOf(ctx context.Context, id string) ([]*model.Membership, error) {
	rels, err := r.out(ctx, id, kg.MemberOf)
	if err != nil {
		return nil, err
	}
	out := []*model.Membership{}
	for _, rel := range rels {
		out = append(out, memberships(rel)...)
	}
	return out, nil
}

// organisationsIn returns the organisations that are the subject of rels of
// type t ending at id.
func (r *Resolver) organisationsIn(ctx context.Context, id string, t kg.RelType) ([]*model.Organisation, error) {
	rels, err := r.in(ctx, id, t)
	if err != nil {
		return nil, err
	}
	out := []*model.Organisation{}
	for _, rel := range rels {
		if rel.From.Type == kg.Organisation {
			out = append(out, toOrganisation(rel.From))
		}
	}
	return out, nil
}

// crewCredits converts crew relations, keeping those of job (all if nil),
// ordered by job then name.
func crewCredits(rels []readmodel.Relation, job *model.CrewJob) []*model.CrewCredit {
	order := map[model.CrewJob]int{model.CrewJobDirector: 0, model.CrewJobWriter: 1, model.CrewJobProducer: 2, model.CrewJobOther: 3}
	out := []*model.CrewCredit{}
	for _, rel := range rels {
		cc, ok := crewCredit(rel)
		if !ok || (job != nil && cc.Job != *job) {
			continue
		}
		out = append(out, cc)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Job != out[j].Job {
			return order[out[i].Job] < order[out[j].Job]
		}
		if out[i].Person.Name != out[j].Person.Name {
			return out[i].Person.Name < out[j].Person.Name
		}
		return out[i].Film.Name < out[j].Film.Name
	})
	return out
}
