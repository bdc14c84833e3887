package apibench

import (
	"fmt"

	"github.com/franchisekg/franchisekg/internal/neo4jstore"
)

// Query is one benchmarked GraphQL query and its baseline: the same Cypher
// statements the API runs for it, level by level (statements of one level
// run concurrently, as the API's dataloaders run them).
type Query struct {
	Name     string
	GraphQL  string
	Vars     func(i int) map[string]any
	Baseline func(i int) [][]neo4jstore.BaselineStatement
}

type stmt = neo4jstore.BaselineStatement

// Queries returns the five benchmark queries over a graph of shape sh
// whose actors are people (ids, most credited first). Request i picks its
// film, person or pair deterministically from i.
func Queries(sh Shape, people []string) []Query {
	film := func(i int) string { return FilmID((i * 7919) % sh.Films) }
	person := func(i int) string { return people[(i*104729)%len(people)] }
	pair := func(i int) (string, string) {
		a, b := people[(i*7)%len(people)], people[(i*13+len(people)/2)%len(people)]
		if a == b {
			b = people[(i*13+len(people)/2+1)%len(people)]
		}
		return a, b
	}
	return []Query{
		{
			Name: "film cast with sources",
			GraphQL: `query($id: ID) { film(id: $id) { title cast { person { id name } characterName disputed
  sources { article { id title } sentence quote } } } }`,
			Vars: func(i int) map[string]any { return map[string]any{"id": film(i)} },
			Baseline: func(i int) [][]stmt {
				return [][]stmt{{{Name: "entities", Params: map[string]any{"ids": []string{film(i)}}}},
					{{Name: "relations_in", Params: map[string]any{"ids": []string{film(i)}}}}}
			},
		},
		{
			Name: "filmography with co-stars",
			GraphQL: `query($id: ID) { person(id: $id) { name actingCredits { film { id title } characterName }
  coStars(first: 10) { person { name } films { title } } } }`,
			Vars: func(i int) map[string]any { return map[string]any{"id": person(i)} },
			Baseline: func(i int) [][]stmt {
				return [][]stmt{{{Name: "entities", Params: map[string]any{"ids": []string{person(i)}}}},
					{{Name: "relations_out", Params: map[string]any{"ids": []string{person(i)}}},
						{Name: "costars", Params: map[string]any{"ids": []string{person(i)}, "first": 10}}}}
			},
		},
		{
			Name:    "search",
			GraphQL: `query($q: String!) { search(query: $q, first: 10) { score matched node { id ... on Person { name } } } }`,
			Vars:    func(i int) map[string]any { return map[string]any{"q": searchText(i, sh)} },
			Baseline: func(i int) [][]stmt {
				return [][]stmt{{{Name: "search", Params: map[string]any{"q": neo4jstore.LuceneQuery(searchText(i, sh)),
					"labels": []string{}, "first": 10, "scan": 10}}}}
			},
		},
		{
			Name: "4-hop path",
			GraphQL: `query($a: ID!, $b: ID!) { path(from: $a, to: $b, maxHops: 4) { length nodes { id }
  steps { type from { id } to { id } sources { quote } } } }`,
			Vars: func(i int) map[string]any { a, b := pair(i); return map[string]any{"a": a, "b": b} },
			Baseline: func(i int) [][]stmt {
				a, b := pair(i)
				return [][]stmt{{{Name: "entities", Params: map[string]any{"ids": []string{a, b}}}},
					{{Name: "path4", Params: map[string]any{"from": a, "to": b, "limit": 25}}}}
			},
		},
		{
			Name:    "depth-2 neighbourhood",
			GraphQL: `query($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 100) { truncated nodes { id } edges { from to type character } } }`,
			Vars:    func(i int) map[string]any { return map[string]any{"id": film(i)} },
			Baseline: func(i int) [][]stmt {
				return [][]stmt{{{Name: "hood2", Params: map[string]any{"id": film(i), "limit": 100, "cap": 101}}}}
			},
		},
	}
}

// searchText is a typo'd person name: "gen persn 01234".
func searchText(i int, sh Shape) string {
	return fmt.Sprintf("gen persn %05d", (i*31337)%sh.People)
}
