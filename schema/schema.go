// Package schema holds the project's schema files: the Neo4j constraints
// and indexes (constraints.cypher) applied by the store, and the GraphQL
// schema (*.graphqls) that gqlgen generates graph/ from.
package schema

import (
	_ "embed"
	"strings"
)

//go:embed constraints.cypher
var constraints string

// Statements returns the schema statements of constraints.cypher, in order,
// without comments.
func Statements() []string {
	var lines []string
	for _, l := range strings.Split(constraints, "\n") {
		if t := strings.TrimSpace(l); t != "" && !strings.HasPrefix(t, "//") {
			lines = append(lines, l)
		}
	}
	var out []string
	for _, s := range strings.Split(strings.Join(lines, "\n"), ";") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}
