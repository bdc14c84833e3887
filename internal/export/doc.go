// Package export writes the knowledge graph in the formats wiki editors and
// graph tools use: the spec's JSON interchange document, neo4j-admin CSV,
// GraphML, schema.org JSON-LD, MediaWiki wikitext (snippets, JSON per page,
// a pagefromfile bundle) and Wikidata QuickStatements v1.
//
// Writers consume a Reader, which streams nodes, edges, conflicts and
// articles in the spec's deterministic order; MemReader serves an in-memory
// kg.Document (tests, `extract`), StoreReader serves Neo4j. Output goes
// through a Sink so that a failed export leaves no partial file behind.
package export
