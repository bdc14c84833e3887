package graph_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"
)

type page struct {
	TotalCount int `json:"totalCount"`
	Edges      []struct {
		Cursor string `json:"cursor"`
		Node   named  `json:"node"`
	} `json:"edges"`
	PageInfo struct {
		HasNextPage bool   `json:"hasNextPage"`
		EndCursor   string `json:"endCursor"`
	} `json:"pageInfo"`
}

// TestConnections: keyset pagination visits every row once, in order, and
// totalCount agrees; filters narrow.
func TestConnections(t *testing.T) {
	s := mustSeedStore(t)
	c, _ := mustClient(t, s, apiOptions{})
	walk := func(t *testing.T, field, args string) ([]named, int) {
		var all []named
		after, total := "", -1
		for i := 0; i < 100; i++ {
			var out map[string]page
			mustRun(t, c, `query($after: String) { `+field+`(first: 3, after: $after`+args+`) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }`,
				&out, client.Var("after", after))
			p := out[field]
			total = p.TotalCount
			for _, e := range p.Edges {
				all = append(all, e.Node)
			}
			if !p.PageInfo.HasNextPage {
				return all, total
			}
			after = p.PageInfo.EndCursor
		}
		t.Fatal("pagination does not end")
		return nil, 0
	}
	tests := []struct {
		name, field, args string
		less              func(a, b named) bool
	}{
		{"people by name", "people", "", func(a, b named) bool { return a.Name < b.Name || a.Name == b.Name && a.ID < b.ID }},
		{"people by name desc", "people", ", orderBy: {field: NAME, direction: DESC}", func(a, b named) bool { return a.Name > b.Name || a.Name == b.Name && a.ID > b.ID }},
		{"characters by id", "characters", ", orderBy: {field: ID}", func(a, b named) bool { return a.ID < b.ID }},
		{"films by name", "films", "", func(a, b named) bool { return a.Name < b.Name || a.Name == b.Name && a.ID < b.ID }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			all, total := walk(t, tt.field, tt.args)
			if len(all) != total || total < 4 {
				t.Fatalf("visited %d rows, totalCount %d", len(all), total)
			}
			seen := map[string]bool{}
			for i, n := range all {
				if seen[n.ID] {
					t.Errorf("%s visited twice", n.ID)
				}
				seen[n.ID] = true
				if i > 0 && !tt.less(all[i-1], n) {
					t.Errorf("out of order: %v then %v", all[i-1], n)
				}
			}
		})
	}
	t.Run("filters", func(t *testing.T) {
		var out struct {
			People struct {
				TotalCount int     `json:"totalCount"`
				Nodes      []named `json:"nodes"`
			} `json:"people"`
			Series struct {
				Nodes []named `json:"nodes"`
			} `json:"series"`
			Real struct {
				Nodes []named `json:"nodes"`
			} `json:"real"`
		}
		mustRun(t, c, `{ people(filter: {nameStartsWith: "AN"}) { totalCount nodes { id } }
		  series: films(filter: {format: SERIES}) { nodes { id } }
		  real: organisations(filter: {world: REAL}) { nodes { id } } }`, &out)
		ids := func(ns []named) []string {
			var out []string
			for _, n := range ns {
				out = append(out, n.ID)
			}
			return out
		}
		if got := ids(out.People.Nodes); !slices.Contains(got, "person:ana-de-armas") || !slices.Contains(got, "person:anjelica-huston") || out.People.TotalCount != len(got) {
			t.Errorf("people starting with AN: %v (total %d)", got, out.People.TotalCount)
		}
		if got := ids(out.Series.Nodes); !slices.Equal(got, []string{"film:the-continental"}) {
			t.Errorf("series: %v", got)
		}
		for _, id := range ids(out.Real.Nodes) {
			if !strings.HasPrefix(id, "organisation:") || id == "organisation:ruska-roma" {
				t.Errorf("real organisations include %s", id)
			}
		}
	})
}
