package kg

// Article is a loaded source document.
type Article struct {
	ID     string `json:"id"`
	Title  string `json:"title,omitempty"`
	Date   string `json:"date,omitempty"` // YYYY-MM-DD when the article gives one
	Path   string `json:"path,omitempty"`
	URL    string `json:"url,omitempty"`
	SHA256 string `json:"sha256,omitempty"` // of the article's raw bytes
}

// EntityFact is what one article says about an entity's existence: its id
// and type (already resolved across articles), the canonical name chosen for
// it, the surface forms this article used, fixed node properties (format,
// world, kind) and the mentions that are its sources.
type EntityFact struct {
	ID         string            `json:"id"`
	Type       NodeType          `json:"type"`
	Name       string            `json:"name"`
	Aliases    []string          `json:"aliases,omitempty"`
	Properties map[string]string `json:"properties,omitempty"`
	Mentions   []Source          `json:"mentions"`
}

// Claim is one statement of one article, backed by one or more sentences of
// it. A relationship claim has Relation and Object set (Qualifiers such as
// character, role or job qualify it); a property claim has Property and Value
// set and no Relation (Qualifiers may hold "precision" or "asOf").
type Claim struct {
	Subject    string            `json:"subject"`
	Relation   RelType           `json:"relation,omitempty"`
	Object     string            `json:"object,omitempty"`
	Property   string            `json:"property,omitempty"`
	Value      string            `json:"value,omitempty"`
	Qualifiers map[string]string `json:"qualifiers,omitempty"`
	Sources    []Source          `json:"sources"`
}

// IsRelation reports whether c is a relationship claim.
func (c Claim) IsRelation() bool { return c.Relation != "" }

// ArticleFacts is the whole contribution of one article, with entity ids
// resolved: the unit the store writes atomically and replaces on reload.
type ArticleFacts struct {
	Article  Article      `json:"article"`
	Entities []EntityFact `json:"entities"`
	Claims   []Claim      `json:"claims"`
}
