package export_test

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/franchisekg/franchisekg/internal/apibench"
	"github.com/franchisekg/franchisekg/internal/export"
	"github.com/franchisekg/franchisekg/internal/neo4jstore"
	"github.com/franchisekg/franchisekg/internal/testdb"
)

// scaleShape is the export benchmark's generated graph: 9,000 films with
// 10 cast members each (a character per role) drawn from 1,000 people,
// 200 franchises, 50 studios: about 100,000 entity nodes and 306,000
// derived relationships (ACTED_IN, PORTRAYED, APPEARS_IN, ...), 560,000+
// relationships in Neo4j counting mentions and claim links.
var scaleShape = apibench.Shape{Films: 9000, CastPerFilm: 10, People: 1000, Franchises: 200, Studios: 50, Seed: 7}

const scaleCountCypher = `MATCH (f:Film) WHERE f.id STARTS WITH 'film:gen-film-' RETURN count(f) AS n`

// mustScaleStore returns a store holding the generated graph, loading it
// (into an emptied database) when it is not there yet.
func mustScaleStore(b *testing.B) *neo4jstore.Store {
	b.Helper()
	ctx := context.Background()
	s := testdb.MustStore(b)
	rows, err := s.QueryRead(ctx, scaleCountCypher, nil)
	if err != nil {
		b.Fatal(err)
	}
	if rows[0]["n"] == int64(scaleShape.Films) {
		return s
	}
	if err := s.DeleteAll(ctx); err != nil {
		b.Fatal(err)
	}
	arts := apibench.Generate(scaleShape)
	for i := 0; i < len(arts); i += 250 {
		res, err := s.WriteArticles(ctx, arts[i:min(i+250, len(arts))])
		if err != nil || len(res.Rejected) > 0 {
			b.Fatalf("loading the generated graph: %v %+v", err, res.Rejected)
		}
	}
	if _, err := s.Refresh(ctx); err != nil {
		b.Fatal(err)
	}
	return s
}

// BenchmarkExportScale exports the generated graph from Neo4j in every
// format through the streaming StoreReader, and, as the baseline measured
// in the same run, the whole-document path (ExportDocument + WriteJSON)
// the store offers. It reports the output size and the Go heap high-water
// mark of the run (peak RSS of the CLI is measured separately, see the
// README).
func BenchmarkExportScale(b *testing.B) {
	s := mustScaleStore(b)
	ctx := context.Background()
	counts, err := s.Count(ctx)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("graph: %+v", counts)
	dir := b.TempDir()
	run := func(name string, fn func(w io.Writer) error) {
		b.Run(name, func(b *testing.B) {
			var size int64
			runtime.GC()
			var before runtime.MemStats
			runtime.ReadMemStats(&before)
			for b.Loop() {
				p := filepath.Join(dir, "out")
				if err := export.WriteFile(p, fn); err != nil {
					b.Fatal(err)
				}
				st, _ := os.Stat(p)
				size = st.Size()
			}
			var after runtime.MemStats
			runtime.ReadMemStats(&after)
			b.ReportMetric(float64(size)/1e6, "MB-out")
			b.ReportMetric(float64(after.HeapSys)/1e6, "MB-heap-sys")
		})
	}
	run("baseline-ExportDocument-json", func(w io.Writer) error {
		doc, err := s.ExportDocument(ctx)
		if err != nil {
			return err
		}
		return doc.WriteJSON(w)
	})
	r := export.NewStoreReader(s)
	qids := export.QIDMap{}
	for i := 0; i < 1000; i += 2 {
		qids[apibench.PersonID(i)] = fmt.Sprintf("Q%d", 1000+i)
	}
	for i := 0; i < scaleShape.Films; i += 3 {
		qids[apibench.FilmID(i)] = fmt.Sprintf("Q%d", 900000+i)
	}
	for _, f := range []struct {
		name string
		o    export.Options
	}{{"json", export.Options{}}, {"graphml", export.Options{}}, {"jsonld", export.Options{}},
		{"wikitext", export.Options{}}, {"quickstatements", export.Options{QIDs: qids}}} {
		format, _ := export.Lookup(f.name)
		run(f.name, func(w io.Writer) error { return export.Export(ctx, r, format, f.o, export.Target{W: w}) })
	}
	format, _ := export.Lookup("csv")
	b.Run("csv", func(b *testing.B) {
		for b.Loop() {
			err := export.WriteDir(filepath.Join(dir, "csv"), func(d export.Sink) error {
				return export.Export(ctx, r, format, export.Options{}, export.Target{Dir: d})
			})
			if err != nil {
				b.Fatal(err)
			}
		}
	})
}
