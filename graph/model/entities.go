// Package model holds the GraphQL models: gqlgen's generated ones
// (models_gen.go) and the hand-written ones below, which wrap the read
// model's records so that scalar fields need no resolver.
package model

import (
	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/internal/readmodel"
)

// Person is a person node.
type Person struct{ readmodel.Entity }

// Film is a film or series node.
type Film struct{ readmodel.Entity }

// Character is a character node.
type Character struct{ readmodel.Entity }

// Organisation is an organisation node.
type Organisation struct{ readmodel.Entity }

// Franchise is a franchise node.
type Franchise struct{ readmodel.Entity }

// Article is an article node.
type Article struct{ readmodel.Article }

func (p *Person) IsNode()          {}
func (p *Person) GetID() string    { return p.ID }
func (p *Person) IsMember()        {}
func (f *Film) IsNode()            {}
func (f *Film) GetID() string      { return f.ID }
func (c *Character) IsNode()       {}
func (c *Character) GetID() string { return c.ID }
func (c *Character) IsMember()     {}
func (o *Organisation) IsNode()    {}
func (o *Organisation) GetID() string {
	return o.ID
}
func (f *Franchise) IsNode()       {}
func (f *Franchise) GetID() string { return f.ID }
func (a *Article) IsNode()         {}
func (a *Article) GetID() string   { return a.ID }

// Title is the film's canonical title.
func (f *Film) Title() string { return f.Name }

// Format is FILM or SERIES, nil when unknown.
func (f *Film) Format() *Format {
	v := Format(f.Prop(kg.PropFormat))
	if !v.IsValid() {
		return nil
	}
	return &v
}

// World is REAL or FICTIONAL, nil when unknown.
func (o *Organisation) World() *World {
	v := World(o.Prop(kg.PropWorld))
	if !v.IsValid() {
		return nil
	}
	return &v
}

// Kind is the organisation's kind (studio, hotel, ...), nil when unknown.
func (o *Organisation) Kind() *string { return optional(o.Prop(kg.PropKind)) }

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// NewNode wraps an entity in the model type of its node type; nil for an
// unknown type.
func NewNode(e readmodel.Entity) Node {
	switch e.Type {
	case kg.Person:
		return &Person{e}
	case kg.Film:
		return &Film{e}
	case kg.Character:
		return &Character{e}
	case kg.Organisation:
		return &Organisation{e}
	case kg.Franchise:
		return &Franchise{e}
	}
	return nil
}

// Claim is a claim with the ids of the entities it links; subject, object
// and film are resolved by id.
type Claim struct {
	ID           string
	Relation     *string
	Property     *string
	Value        *string
	Character    *string
	Role         *string
	Job          *string
	Precision    *string
	Rejected     bool
	RejectReason *string
	Sources      []*Source
	SubjectID    string
	ObjectID     string
	FilmID       string
}

// ActingCredit is an ACTED_IN relation; character is resolved from the
// person's portrayals.
type ActingCredit struct {
	Person         *Person
	Film           *Film
	CharacterName  *string
	CharacterNames []*PropertyFact
	Disputed       bool
	Learned        bool // every source is learned
	Sources        []*Source
}

// Membership is a MEMBER_OF relation; playedBy is resolved from the
// character's portrayals.
type Membership struct {
	Member       Member
	Organisation *Organisation
	Role         *string
	Sources      []*Source
}

// Conflict is a disagreement; subject and object are resolved by id.
type Conflict struct {
	SubjectID string
	ObjectID  string
	Relation  *string
	Property  string
	Values    []*ConflictValue
}

// PersonConnection is a page of people; totalCount is resolved on demand.
type PersonConnection struct {
	Edges    []*PersonEdge
	Nodes    []*Person
	PageInfo *PageInfo
	Query    readmodel.ListParams
}

// FilmConnection is a page of films.
type FilmConnection struct {
	Edges    []*FilmEdge
	Nodes    []*Film
	PageInfo *PageInfo
	Query    readmodel.ListParams
}

// CharacterConnection is a page of characters.
type CharacterConnection struct {
	Edges    []*CharacterEdge
	Nodes    []*Character
	PageInfo *PageInfo
	Query    readmodel.ListParams
}

// OrganisationConnection is a page of organisations.
type OrganisationConnection struct {
	Edges    []*OrganisationEdge
	Nodes    []*Organisation
	PageInfo *PageInfo
	Query    readmodel.ListParams
}

// ArticleConnection is a page of articles.
type ArticleConnection struct {
	Edges    []*ArticleEdge
	Nodes    []*Article
	PageInfo *PageInfo
}

// ConflictConnection is a page of conflicts.
type ConflictConnection struct {
	Edges    []*ConflictEdge
	Nodes    []*Conflict
	PageInfo *PageInfo
}
