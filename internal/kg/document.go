package kg

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
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
	// Method is MethodLearned when every source of the edge is learned (no
	// rule states it: the learned credit classifier guessed it), else empty
	// and omitted (extension of the spec).
	Method string `json:"method,omitempty"`
}

// Learned reports whether the edge is learned only (Method).
func (e Edge) Learned() bool { return e.Method == MethodLearned }

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

// DocumentWriter writes a document one node, edge and conflict at a time,
// in exactly the bytes WriteJSON writes for the document holding the same
// elements in the same order, so that a document larger than memory can be
// written. Nodes must come before edges and edges before conflicts; the
// caller is responsible for their order (WriteJSON writes them as they are
// in the Document).
type DocumentWriter struct {
	bw      *bufio.Writer
	section int // index into docSections of the array being written
	n       int // elements written in the current section
	compact bytes.Buffer
	indent  bytes.Buffer
	enc     *json.Encoder
	err     error
}

// docSections are the arrays of the document, in writing order.
var docSections = []string{"nodes", "edges", "conflicts"}

// NewDocumentWriter returns a DocumentWriter writing to w (buffered: Close
// flushes it).
func NewDocumentWriter(w io.Writer) *DocumentWriter {
	d := &DocumentWriter{bw: bufio.NewWriterSize(w, 256<<10), section: -1}
	d.enc = json.NewEncoder(&d.compact)
	d.enc.SetEscapeHTML(false)
	return d
}

// WriteNode writes the next node. It returns the first error met so far
// (a write error, or a node after edges or conflicts).
func (d *DocumentWriter) WriteNode(n Node) error { return d.element(0, n) }

// WriteEdge writes the next edge. It returns the first error met so far
// (a write error, or an edge after conflicts).
func (d *DocumentWriter) WriteEdge(e Edge) error { return d.element(1, e) }

// WriteConflict writes the next conflict. It returns the first error met so
// far.
func (d *DocumentWriter) WriteConflict(c Conflict) error { return d.element(2, c) }

// Close ends the document (empty arrays for the sections never written) and
// flushes it. It returns the first error met.
func (d *DocumentWriter) Close() error {
	d.advance(len(docSections))
	if d.err == nil {
		d.err = d.bw.Flush()
	}
	return d.err
}

// advance closes the arrays before section s and opens those up to s
// (s == len(docSections): closes the document).
func (d *DocumentWriter) advance(s int) {
	for d.err == nil && d.section < s {
		if d.section < 0 {
			d.bw.WriteString("{\n")
		} else {
			if d.n > 0 {
				d.bw.WriteString("\n ]")
			} else {
				d.bw.WriteString("]")
			}
			if d.section+1 < len(docSections) {
				d.bw.WriteString(",\n")
			} else {
				d.bw.WriteString("\n}\n")
			}
		}
		d.section, d.n = d.section+1, 0
		if d.section < len(docSections) {
			d.bw.WriteString(` "` + docSections[d.section] + `": [`)
		}
	}
}

// element writes v as the next element of section s.
func (d *DocumentWriter) element(s int, v any) error {
	if d.err != nil {
		return d.err
	}
	if s < d.section {
		d.err = fmt.Errorf("document writer: %s written after %s", docSections[s], docSections[d.section])
		return d.err
	}
	d.advance(s)
	d.compact.Reset()
	if err := d.enc.Encode(v); err != nil {
		d.err = err
		return err
	}
	d.indent.Reset()
	if err := json.Indent(&d.indent, bytes.TrimSuffix(d.compact.Bytes(), []byte("\n")), "  ", " "); err != nil {
		d.err = err
		return err
	}
	if d.n > 0 {
		d.bw.WriteByte(',')
	}
	d.bw.WriteString("\n  ")
	_, d.err = d.bw.Write(d.indent.Bytes())
	d.n++
	return d.err
}
