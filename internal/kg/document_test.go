package kg

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

// failingWriter fails every write.
type failingWriter struct{}

var errDiskFull = errors.New("disk full")

func (failingWriter) Write([]byte) (int, error) { return 0, errDiskFull }

// TestDocumentWriterSameAsWriteJSON: writing a document's elements one at
// a time gives the bytes of WriteJSON, whichever sections are empty.
func TestDocumentWriterSameAsWriteJSON(t *testing.T) {
	full := BuildDocument(twoArticles())
	if len(full.Nodes) == 0 || len(full.Edges) == 0 || len(full.Conflicts) == 0 {
		t.Fatalf("fixture has %d nodes, %d edges, %d conflicts; want some of each", len(full.Nodes), len(full.Edges), len(full.Conflicts))
	}
	odd := Node{ID: "film:a-b", Type: Film, Name: `<Tom & "Jerry">`, Aliases: []string{"Été\u2028"}, Properties: map[string]any{"list": []string{"x", "y"}, "empty": []string{}},
		Sources: []Source{{Article: "a", Quote: "tab\there\nnewline"}}}
	tests := []struct {
		name string
		doc  Document
	}{
		{"empty", Document{}},
		{"nodes only", Document{Nodes: full.Nodes}},
		{"edges only", Document{Edges: full.Edges}},
		{"conflicts only", Document{Conflicts: full.Conflicts}},
		{"nodes and conflicts", Document{Nodes: full.Nodes, Conflicts: full.Conflicts}},
		{"everything", *full},
		{"html, control and unicode characters", Document{Nodes: []Node{odd, odd}, Edges: full.Edges[:1]}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var want, got bytes.Buffer
			if err := tc.doc.WriteJSON(&want); err != nil {
				t.Fatal(err)
			}
			w := NewDocumentWriter(&got)
			for _, n := range tc.doc.Nodes {
				if err := w.WriteNode(n); err != nil {
					t.Fatal(err)
				}
			}
			for _, e := range tc.doc.Edges {
				if err := w.WriteEdge(e); err != nil {
					t.Fatal(err)
				}
			}
			for _, c := range tc.doc.Conflicts {
				if err := w.WriteConflict(c); err != nil {
					t.Fatal(err)
				}
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want.Bytes()) {
				t.Errorf("DocumentWriter wrote\n%s\nWriteJSON wrote\n%s", got.String(), want.String())
			}
		})
	}
}

// TestDocumentWriterErrors: elements out of section order and write errors
// are reported, and stick.
func TestDocumentWriterErrors(t *testing.T) {
	doc := BuildDocument(twoArticles())
	t.Run("node after an edge", func(t *testing.T) {
		w := NewDocumentWriter(&bytes.Buffer{})
		if err := w.WriteEdge(doc.Edges[0]); err != nil {
			t.Fatal(err)
		}
		err := w.WriteNode(doc.Nodes[0])
		if err == nil || !strings.Contains(err.Error(), "nodes written after edges") {
			t.Fatalf("err = %v, want nodes written after edges", err)
		}
		if cerr := w.Close(); cerr != err {
			t.Errorf("Close = %v, want the first error %v", cerr, err)
		}
	})
	t.Run("write error", func(t *testing.T) {
		w := NewDocumentWriter(failingWriter{})
		for _, n := range doc.Nodes {
			if err := w.WriteNode(n); err != nil {
				t.Fatalf("buffered write failed early: %v", err)
			}
		}
		if err := w.Close(); !errors.Is(err, errDiskFull) {
			t.Errorf("Close = %v, want %v", err, errDiskFull)
		}
	})
}
