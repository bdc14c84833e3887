// Package readmodel is the read side of franchisekg as the API sees it: the
// records the store's query methods return (entities, relations with their
// claims and sources, paths, neighbourhoods, pages) and the Reader interface
// the GraphQL resolvers call. It has no driver or GraphQL types, so the
// store adapter and the API depend on it and not on each other.
package readmodel

import (
	"context"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// Entity is one entity node: its id, type, canonical name, aliases and the
// assembled node properties (format, world, kind, releaseDate, ...; a
// disputed property holds a []string; nil when the node has none). Props
// may be shared between entities and must not be modified.
type Entity struct {
	ID      string
	Type    kg.NodeType
	Name    string
	Aliases []string
	Props   map[string]any
}

// Prop returns the property k as a string; for a list it returns the first
// value. It returns "" when k is absent.
func (e Entity) Prop(k string) string {
	switch v := e.Props[k].(type) {
	case string:
		return v
	case []string:
		if len(v) > 0 {
			return v[0]
		}
	case []any:
		if len(v) > 0 {
			s, _ := v[0].(string)
			return s
		}
	}
	return ""
}

// Article is a loaded source document.
type Article struct {
	ID, Title, Date, Path, URL, SHA256, LoadedAt string
}

// Source is one piece of evidence (a sentence of an article) with the
// article's title, path and url, and the claim it backs ("" for a mention).
type Source struct {
	kg.Source
	ArticleTitle string
	ArticlePath  string
	ArticleURL   string
	ClaimID      string
}

// KG returns the source as a kg.Source (for kg's assembly functions).
func (s Source) KG() kg.Source { return s.Source }

// Claim is one stored claim with its sources. Subject and Object are the ids
// of the entities the claim is linked to.
type Claim struct {
	ID           string
	Subject      string
	Relation     kg.RelType
	Object       string
	Property     string
	Value        string
	Qualifiers   map[string]string
	Rejected     bool
	RejectReason string
	Sources      []Source
}

// KG returns the claim as a kg.Claim (for kg.AssembleEdge/AssembleNode).
func (c Claim) KG() kg.Claim {
	src := make([]kg.Source, len(c.Sources))
	for i, s := range c.Sources {
		src[i] = s.Source
	}
	return kg.Claim{Subject: c.Subject, Relation: c.Relation, Object: c.Object, Property: c.Property,
		Value: c.Value, Qualifiers: c.Qualifiers, Sources: src}
}

// Relation is a relationship between two entities (one derived edge) with
// the non-rejected claims stating it. QualifierEntities maps entity ids
// named by qualifiers (the film of PORTRAYED) to their entity.
type Relation struct {
	Type              kg.RelType
	From, To          Entity
	Claims            []Claim
	QualifierEntities map[string]Entity
}

// SearchHit is one full-text match.
type SearchHit struct {
	Entity  Entity
	Score   float64
	Matched string
}

// Step is one hop of a path: a derived edge from From to To (in the
// edge's own direction) with the claims stating it.
type Step struct {
	Type     kg.RelType
	From, To string
	Claims   []Claim
	// Types are all the relationship types linking the step's two nodes
	// among the shortest paths through the same nodes, sorted (Type is one
	// of them).
	Types []kg.RelType
	// Learned is true when the hop rests on learned credits only: every
	// source of every claim behind every relationship of Types is the
	// learned classifier's (kg.LearnedOnly); no rule states a link.
	Learned bool
}

// Path is a path through the entity graph. Learned is true when some
// step is Learned: the connection rests on at least one hop no rule
// states.
type Path struct {
	Nodes   []Entity
	Steps   []Step
	Learned bool
}

// Edge is a derived edge for drawing: its ends, type and properties.
// Learned is true when every source behind the edge is learned (the
// derived edge's learned property).
type Edge struct {
	From, To string
	Type     kg.RelType
	Props    map[string]any
	Learned  bool
}

// LinkedEntity is an entity reached from others through derived edges,
// with Learned true when the link rests on learned credits only (see the
// Reader method that returns it).
type LinkedEntity struct {
	Entity
	Learned bool
}

// Neighbourhood is the nodes and edges around a node.
type Neighbourhood struct {
	Center    Entity
	Nodes     []Entity
	Edges     []Edge
	Truncated bool
}

// CoStar is a person who shares films with another. LearnedFilms are the
// films of Films where the link rests on a learned credit (either
// person's ACTED_IN there is learned only); Learned is true when that is
// every film: no rule states that the two acted in the same film.
type CoStar struct {
	Person       Entity
	Films        []Entity
	LearnedFilms []Entity
	Learned      bool
}

// Filter narrows an entity listing; empty fields do not filter.
type Filter struct {
	NameStartsWith string
	NameContains   string
	Format         string
	World          string
	Franchise      string
}

// ListParams asks for one page of entities of one type, ordered by
// OrderBy ("name" or "id") in the given direction, after a keyset cursor.
type ListParams struct {
	Type    kg.NodeType
	Filter  Filter
	OrderBy string // "name" (default) or "id"
	Desc    bool
	First   int
	// After is the (sort key, id) of the last row of the previous page;
	// nil for the first page.
	After *Cursor
}

// Cursor is a keyset position: the sort key and id of a row.
type Cursor struct {
	Key string
	ID  string
}

// EntityPage is one page of entities; HasNext says whether more follow.
type EntityPage struct {
	Entities []Entity
	HasNext  bool
}

// ArticlePage is one page of articles ordered by id.
type ArticlePage struct {
	Articles []Article
	HasNext  bool
}

// Conflict is a kg.Conflict whose sources carry article details, with its
// keyset cursor.
type Conflict struct {
	Subject  string
	Relation kg.RelType
	Object   string
	Property string
	Values   []ConflictValue
	Cursor   string
}

// ConflictValue is one of the disagreeing values with its sources.
type ConflictValue struct {
	Value   string
	AsOf    string
	Sources []Source
}

// ConflictPage is one page of conflicts.
type ConflictPage struct {
	Conflicts []Conflict
	HasNext   bool
}

// Stats counts nodes per label and relationships per type.
type Stats struct {
	Nodes         map[string]int
	Relationships map[string]int
	Articles      int
	Claims        int
	LastLoadedAt  string
}

// Direction says which end of a relation the asked entity is.
type Direction int

// Directions of Reader.Relations.
const (
	Out Direction = iota // the entity is the subject
	In                   // the entity is the object
)

// Reader is the read side of the store. Every method runs in one read
// transaction (one Cypher statement unless documented) and returns kg
// errors: kg.ErrNotFound, kg.ErrInvalidInput, kg.ErrUnavailable. Batched
// methods take many ids and return a map keyed by id (absent ids are
// absent from the map).
type Reader interface {
	// Entities returns the entities with the given ids.
	Entities(ctx context.Context, ids []string) (map[string]Entity, error)
	// FindByName returns the entities of type t whose name or an alias
	// equals name once folded (kg.Fold); empty when none.
	FindByName(ctx context.Context, t kg.NodeType, name string) ([]Entity, error)
	// Search runs the full-text index (fuzzy), best first.
	Search(ctx context.Context, query string, types []kg.NodeType, first int) ([]SearchHit, error)
	// ListEntities returns one page of entities.
	ListEntities(ctx context.Context, p ListParams) (EntityPage, error)
	// CountEntities counts the entities of a type that pass the filter.
	CountEntities(ctx context.Context, t kg.NodeType, f Filter) (int, error)
	// Relations returns, per id, the relations in which the entity is the
	// subject (Out) or the object (In), with their non-rejected claims and
	// sources, sorted by type then other end's name.
	Relations(ctx context.Context, ids []string, dir Direction) (map[string][]Relation, error)
	// MentionSources returns, per entity id, the sources of the entity (its
	// mentions in articles).
	MentionSources(ctx context.Context, ids []string) (map[string][]Source, error)
	// PropertyClaims returns, per entity id, its non-rejected property
	// claims with sources.
	PropertyClaims(ctx context.Context, ids []string) (map[string][]Claim, error)
	// CoStars returns, per person id, the people who acted in the same
	// films, most shared films first, at most first each; with stated,
	// only the films where both credits are stated by a rule count.
	CoStars(ctx context.Context, ids []string, first int, stated bool) (map[string][]CoStar, error)
	// FilmCharacters returns, per film id, the characters appearing in it
	// or portrayed in it; Learned when every link of the character to the
	// film (APPEARS_IN, PORTRAYED in it) is learned only.
	FilmCharacters(ctx context.Context, ids []string) (map[string][]LinkedEntity, error)
	// SharedCast returns the people who acted in every film of filmIDs;
	// Learned when the person's credit in one of them is learned only.
	SharedCast(ctx context.Context, filmIDs []string) ([]LinkedEntity, error)
	// Paths returns all shortest paths of at most maxHops (1..6) between two
	// entities, at most limit, with each step's claims.
	Paths(ctx context.Context, from, to string, maxHops, limit int) ([]Path, error)
	// Neighbourhood returns the entities within depth (1..3) hops of id and
	// the edges among them, at most limit nodes.
	Neighbourhood(ctx context.Context, id string, depth, limit int) (Neighbourhood, error)
	// Conflicts returns a page of conflicts after the cursor ("" = start).
	Conflicts(ctx context.Context, after string, first int) (ConflictPage, error)
	// CountConflicts counts every conflict.
	CountConflicts(ctx context.Context) (int, error)
	// Articles returns the articles with the given ids.
	Articles(ctx context.Context, ids []string) (map[string]Article, error)
	// ListArticles returns a page of articles ordered by id after the id after.
	ListArticles(ctx context.Context, after string, first int) (ArticlePage, error)
	// CountArticles counts the articles.
	CountArticles(ctx context.Context) (int, error)
	// ArticleClaims returns, per article id, the claims it supports, each
	// with that article's sources only.
	ArticleClaims(ctx context.Context, ids []string) (map[string][]Claim, error)
	// ArticleMentions returns, per article id, the entities it mentions.
	ArticleMentions(ctx context.Context, ids []string) (map[string][]Entity, error)
	// Claims returns the claims with the given ids, rejected or not.
	Claims(ctx context.Context, ids []string) (map[string]Claim, error)
	// Stats counts nodes and relationships.
	Stats(ctx context.Context) (Stats, error)
}
