package kg

// NodeType is a node label of the data model.
type NodeType string

// The node labels of the data model.
const (
	Person       NodeType = "Person"
	Character    NodeType = "Character"
	Film         NodeType = "Film"
	Organisation NodeType = "Organisation"
	Franchise    NodeType = "Franchise"
	ArticleType  NodeType = "Article"
)

// EntityTypes lists the entity labels (every label but Article) in a fixed order.
var EntityTypes = []NodeType{Person, Character, Film, Organisation, Franchise}

// Valid reports whether t is one of the entity labels.
func (t NodeType) Valid() bool {
	for _, e := range EntityTypes {
		if e == t {
			return true
		}
	}
	return false
}

// IDPrefix returns the id prefix of the type ("person" for Person).
func (t NodeType) IDPrefix() string {
	switch t {
	case Person:
		return "person"
	case Character:
		return "character"
	case Film:
		return "film"
	case Organisation:
		return "organisation"
	case Franchise:
		return "franchise"
	case ArticleType:
		return "article"
	}
	return ""
}

// RelType is a relationship type of the data model.
type RelType string

// The relationship types of the data model.
const (
	ActedIn     RelType = "ACTED_IN"
	Portrayed   RelType = "PORTRAYED"
	AppearsIn   RelType = "APPEARS_IN"
	Directed    RelType = "DIRECTED"
	Wrote       RelType = "WROTE"
	Produced    RelType = "PRODUCED"
	Distributed RelType = "DISTRIBUTED"
	WorkedOn    RelType = "WORKED_ON"
	MemberOf    RelType = "MEMBER_OF"
	PartOf      RelType = "PART_OF"
	SpinOffOf   RelType = "SPIN_OFF_OF"
	SequelOf    RelType = "SEQUEL_OF"
	PrequelOf   RelType = "PREQUEL_OF"
	Mentions    RelType = "MENTIONS"
)

// RelTypes lists the relationship types between entities (MENTIONS excluded)
// in a fixed order.
var RelTypes = []RelType{ActedIn, Portrayed, AppearsIn, Directed, Wrote, Produced,
	Distributed, WorkedOn, MemberOf, PartOf, SpinOffOf, SequelOf, PrequelOf}

// Valid reports whether r is one of the entity relationship types.
func (r RelType) Valid() bool {
	for _, e := range RelTypes {
		if e == r {
			return true
		}
	}
	return false
}

// Format values of a Film.
const (
	FormatFilm   = "FILM"
	FormatSeries = "SERIES"
)

// World values of an Organisation.
const (
	WorldReal      = "REAL"
	WorldFictional = "FICTIONAL"
)

// Well-known qualifier keys on relationship claims.
const (
	QualCharacter = "character" // ACTED_IN: the character's name
	QualFilm      = "film"      // PORTRAYED: the film's id
	QualRole      = "role"      // MEMBER_OF: head, owner, concierge, ...
	QualJob       = "job"       // WORKED_ON: composer, editor, ...
)

// Well-known node property names carried as claims.
const (
	PropReleaseDate    = "releaseDate"    // ISO date, "YYYY", "YYYY-MM" or "YYYY-MM-DD"
	PropAlsoKnownAs    = "alsoKnownAs"    // alternative title
	PropBoxOffice      = "boxOffice"      // free text, e.g. "$250 million worldwide (as of 2023-04-03)"
	PropRottenTomatoes = "rottenTomatoes" // e.g. "95%"
	PropFormat         = "format"         // FILM or SERIES
	PropWorld          = "world"          // REAL or FICTIONAL
	PropKind           = "kind"           // studio, distributor, hotel, crime organisation, ...
)
