package kg

import (
	"bufio"
	"encoding/json"
	"io"
)

// Node is an entity of the interchange document.
type Node struct {
	ID         string         `json:"id"`
	Type       NodeType       `json:"type"`
	Name       string         `json:"name"`
	Aliases    []string       `json:"aliases"`
	Properties map[string]any `json:"properties"`
	Sources    []Source       `json:"sources"`
	// Facts lists every property value with its own sources (extension of
	// the spec: Properties holds the values, Facts says who stated each).
	Facts []Fact `json:"facts,omitempty"`
}

// Edge is a relationship of the interchange document.
type Edge struct {
	Type       RelType        `json:"type"`
	From       string         `json:"from"`
	To         string         `json:"to"`
	Properties map[string]any `json:"properties"`
	Sources    []Source       `json:"sources"`
	// Facts lists every qualifier value (character, role, job) with its own
	// sources (extension of the spec).
	Facts []Fact `json:"facts,omitempty"`
}

// Fact is one property or qualifier value with the sources that state it.
type Fact struct {
	Property  string   `json:"property"`
	Value     string   `json:"value"`
	Precision string   `json:"precision,omitempty"` // for dates: year, month or day
	AsOf      string   `json:"asOf,omitempty"`      // newest date among its sources
	Sources   []Source `json:"sources"`
}

// Conflict is a property on which sources disagree.
type Conflict struct {
	Subject  string          `json:"subject"`
	Relation RelType         `json:"relation,omitempty"`
	Object   string          `json:"object,omitempty"`
	Property string          `json:"property"`
	Values   []ConflictValue `json:"values"`
}

// ConflictValue is one of the disagreeing values with its sources.
type ConflictValue struct {
	Value   string   `json:"value"`
	AsOf    string   `json:"asOf,omitempty"`
	Sources []Source `json:"sources"`
}

// Document is the interchange document of the spec.
type Document struct {
	Nodes     []Node     `json:"nodes"`
	Edges     []Edge     `json:"edges"`
	Conflicts []Conflict `json:"conflicts"`
}

// WriteJSON writes doc as indented JSON with a trailing newline. Maps are
// written with sorted keys, so equal documents give byte-identical output.
// It returns the first write error.
func (doc *Document) WriteJSON(w io.Writer) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	d := *doc
	if d.Nodes == nil {
		d.Nodes = []Node{}
	}
	if d.Edges == nil {
		d.Edges = []Edge{}
	}
	if d.Conflicts == nil {
		d.Conflicts = []Conflict{}
	}
	if err := enc.Encode(d); err != nil {
		return err
	}
	return bw.Flush()
}
