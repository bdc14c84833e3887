package exec

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/franchisekg/franchisekg/graph/model"
	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/internal/readmodel"
)

// BenchmarkNeighbourhoodMarshal writes the benchmark's depth-2
// neighbourhood answer (100 nodes, 250 edges) through the direct path and
// through the generated code (whose edges and nodes already go through the
// direct path one by one).
func BenchmarkNeighbourhoodMarshal(b *testing.B) {
	hood := &model.Neighbourhood{}
	for i := range 100 {
		typ, prefix := kg.Person, "person:gen-person-"
		if i%3 == 0 {
			typ, prefix = kg.Film, "film:gen-film-"
		}
		n := model.NewNode(readmodel.Entity{ID: fmt.Sprintf("%s%05d", prefix, i), Type: typ, Name: fmt.Sprint("Name ", i)})
		hood.Nodes = append(hood.Nodes, n)
	}
	hood.Center = hood.Nodes[0]
	for i := range 250 {
		c := fmt.Sprint("Character ", i)
		hood.Edges = append(hood.Edges, &model.GraphEdge{From: fmt.Sprintf("person:gen-person-%05d", i), To: "film:gen-film-00001", Type: "ACTED_IN", Character: &c})
	}
	const q = `query($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 100) { truncated nodes { id } edges { from to type character } } }`
	for _, tc := range []struct {
		name string
		gen  bool
	}{{"direct", false}, {"generated", true}} {
		b.Run(tc.name, func(b *testing.B) {
			ctx, ec, sel := mustExecContext(b, q, map[string]any{"id": "x"}, "neighbourhood")
			var buf bytes.Buffer
			b.ReportAllocs()
			for b.Loop() {
				buf.Reset()
				if tc.gen {
					ec._Neighbourhood(ctx, sel, hood).MarshalGQL(&buf)
				} else {
					ec.directNeighbourhood(ctx, sel, hood).MarshalGQL(&buf)
				}
			}
		})
	}
}
