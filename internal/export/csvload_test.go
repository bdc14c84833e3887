package export_test

import (
	"context"
	"encoding/csv"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/franchisekg/franchisekg/internal/export"
	"github.com/franchisekg/franchisekg/internal/neo4jstore"
)

// CSV validation: the exported files are parsed the way neo4j-admin reads
// them (header types, ID spaces, ';' arrays) and written into the real
// Neo4j under the scratch label :CsvScratch with parameterised UNWIND; the
// node and relationship counts must equal the source graph's.

const (
	csvScratchNodesCypher = `UNWIND $rows AS r CREATE (:CsvScratch {space: r.space, id: r.id, labels: r.labels, props: r.props})`
	csvScratchRelsCypher  = `UNWIND $rows AS r
MATCH (a:CsvScratch {space: r.fromSpace, id: r.from})
MATCH (b:CsvScratch {space: r.toSpace, id: r.to})
CREATE (a)-[x:$(r.type)]->(b) SET x.props = r.props`
	csvScratchCountCypher = `MATCH (n:CsvScratch) WITH count(n) AS nodes
OPTIONAL MATCH (:CsvScratch)-[r]->(:CsvScratch)
RETURN nodes, count(r) AS rels`
	csvScratchByTypeCypher = `MATCH (:CsvScratch)-[r]->(:CsvScratch) RETURN type(r) AS type, count(*) AS n ORDER BY type`
	csvScratchLabelsCypher = `MATCH (n:CsvScratch) RETURN n.labels AS labels, count(*) AS n ORDER BY labels`
	csvScratchDropCypher   = `MATCH (n:CsvScratch) DETACH DELETE n`
	graphByTypeCypher      = `MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS type, count(*) AS n ORDER BY type`
	graphLabelsCypher      = `MATCH (n:Entity) WHERE EXISTS { (n)<-[:MENTIONS]-() }
RETURN 'Entity;' + [l IN labels(n) WHERE l <> 'Entity'][0] AS labels, count(*) AS n ORDER BY labels`
)

var idSpace = regexp.MustCompile(`^(?:[A-Za-z]*):(ID|START_ID|END_ID)\((\w+)\)$|^id:ID\((\w+)\)$`)

// space returns the ID space of an id column header ("id:ID(Person)" →
// "Person") or "".
func space(h string) string {
	m := idSpace.FindStringSubmatch(h)
	if m == nil {
		return ""
	}
	return m[2] + m[3]
}

// mustLoadCSV writes the CSV files into the scratch namespace, failing on
// a malformed file or a relationship whose end is missing.
func mustLoadCSV(t *testing.T, s *neo4jstore.Store, files map[string]string) {
	t.Helper()
	ctx := context.Background()
	var nodeFiles, relFiles []string
	for name := range files {
		switch {
		case strings.HasPrefix(name, "rels_"):
			relFiles = append(relFiles, name)
		case strings.HasSuffix(name, ".csv"):
			nodeFiles = append(nodeFiles, name)
		}
	}
	sort.Strings(nodeFiles)
	sort.Strings(relFiles)
	parse := func(name string) ([]string, [][]string) {
		rows, err := csv.NewReader(strings.NewReader(files[name])).ReadAll()
		if err != nil || len(rows) == 0 {
			t.Fatalf("%s: %v", name, err)
		}
		return rows[0], rows[1:]
	}
	props := func(h, row []string, skip map[int]bool) map[string]any {
		p := map[string]any{}
		for i, col := range h {
			if skip[i] || row[i] == "" {
				continue
			}
			name, typ, _ := strings.Cut(col, ":")
			switch typ {
			case "string[]":
				p[name] = strings.Split(row[i], ";")
			case "boolean":
				p[name] = row[i] == "true"
			case "":
				p[name] = row[i]
			default:
				t.Fatalf("column %q: type %q not expected", col, typ)
			}
		}
		return p
	}
	for _, name := range nodeFiles {
		h, rows := parse(name)
		sp := space(h[0])
		if sp == "" || h[1] != ":LABEL" {
			t.Fatalf("%s: header %v does not start with id:ID(<space>), :LABEL", name, h)
		}
		var batch []any
		for _, r := range rows {
			if len(r) != len(h) {
				t.Fatalf("%s: row of %d fields, header has %d", name, len(r), len(h))
			}
			p := props(h, r, map[int]bool{0: true, 1: true})
			batch = append(batch, map[string]any{"space": sp, "id": r[0], "labels": r[1], "props": len(p)})
		}
		if err := s.ExecWrite(ctx, csvScratchNodesCypher, map[string]any{"rows": batch}); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range relFiles {
		h, rows := parse(name)
		from, to := space(h[0]), space(h[1])
		if from == "" || to == "" || h[2] != ":TYPE" {
			t.Fatalf("%s: header %v does not start with :START_ID(<space>), :END_ID(<space>), :TYPE", name, h)
		}
		var batch []any
		for _, r := range rows {
			p := props(h, r, map[int]bool{0: true, 1: true, 2: true})
			batch = append(batch, map[string]any{"fromSpace": from, "from": r[0], "toSpace": to, "to": r[1], "type": r[2], "props": len(p)})
		}
		if err := s.ExecWrite(ctx, csvScratchRelsCypher, map[string]any{"rows": batch}); err != nil {
			t.Fatal(err)
		}
	}
}

func rowsString(tb testing.TB, s *neo4jstore.Store, cypher string) string {
	tb.Helper()
	rows, err := s.QueryRead(context.Background(), cypher, nil)
	if err != nil {
		tb.Fatal(err)
	}
	var b strings.Builder
	for _, r := range rows {
		for _, k := range keys(r) {
			b.WriteString(k + "=" + strings.TrimSpace(strings.ReplaceAll(toStr(r[k]), "\n", " ")) + " ")
		}
		b.WriteString("\n")
	}
	return b.String()
}

func toStr(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case int64:
		return fmtInt(int(x))
	}
	return "?"
}

// TestCSVLoadsIntoNeo4j exports the seeds from Neo4j as CSV, loads the
// files back into a scratch namespace of the same database, and compares
// node counts per label and relationship counts per type with the graph.
func TestCSVLoadsIntoNeo4j(t *testing.T) {
	facts, arts := MustSeedFacts(t)
	s := MustLoad(t, facts)
	_, files := MustExport(t, export.NewStoreReader(s), "csv", export.Options{}, true)
	mustLoadCSV(t, s, files)
	t.Cleanup(func() { _ = s.ExecWrite(context.Background(), csvScratchDropCypher, nil) })

	wantRels := rowsString(t, s, graphByTypeCypher)
	if got := rowsString(t, s, csvScratchByTypeCypher); got != wantRels || wantRels == "" {
		t.Errorf("relationships per type: CSV\n%s graph\n%s", got, wantRels)
	}
	wantLabels := "labels=Article n=" + fmtInt(len(arts)) + " \n" + rowsString(t, s, graphLabelsCypher)
	if got := rowsString(t, s, csvScratchLabelsCypher); got != wantLabels {
		t.Errorf("nodes per label: CSV\n%s graph\n%s", got, wantLabels)
	}
	// a dangling relationship would be silently dropped by MATCH: the
	// totals must add up as well
	rows, err := s.QueryRead(context.Background(), csvScratchCountCypher, nil)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := s.ExportDocument(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if rows[0]["nodes"] != int64(len(doc.Nodes)+len(arts)) || rows[0]["rels"] != int64(len(doc.Edges)) {
		t.Errorf("CSV loads %v nodes, %v relationships; the graph has %d entities + %d articles, %d edges",
			rows[0]["nodes"], rows[0]["rels"], len(doc.Nodes), len(arts), len(doc.Edges))
	}
}
