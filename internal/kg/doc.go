// Package kg holds franchisekg's domain: node and relationship types, stable
// ids, sources (provenance), per-article facts as the loaders emit them, and
// the assembly of those facts into the interchange document of
// shared/spec/graph-model.md. It has no dependency on Neo4j, GraphQL or the
// extraction code, so every other package can share it.
package kg
