// Package graph holds the GraphQL resolvers of franchisekg. The executable
// schema is generated into graph/exec and the models into graph/model from
// schema/*.graphqls by gqlgen (see gqlgen.yml at the repository root); the
// generated executor is then made to marshal lists through exec's
// marshalSlice (graph/exec/slice.go, graph/internal/execpatch).
package graph

//go:generate go run github.com/99designs/gqlgen generate
//go:generate go run ./internal/execpatch exec/exec_gen.go
