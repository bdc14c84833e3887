// Package graph holds the GraphQL resolvers of franchisekg. The executable
// schema is generated into graph/exec and the models into graph/model from
// schema/*.graphqls by gqlgen (see gqlgen.yml at the repository root).
package graph

//go:generate go run github.com/99designs/gqlgen generate
