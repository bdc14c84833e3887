package export_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/franchisekg/franchisekg/internal/export"
	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/loaders"
)

// MustGetwd returns the working directory (the package's, under go test).
func MustGetwd(tb testing.TB) string {
	tb.Helper()
	wd, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	return wd
}

// MustPipelineFacts runs the real loaders on seeds/: ReadPaths + Extract.
func MustPipelineFacts(tb testing.TB) []kg.ArticleFacts {
	tb.Helper()
	// A path relative to the package directory, so the Article.path in the
	// goldens is the same in every checkout.
	seeds, err := filepath.Rel(MustGetwd(tb), filepath.Join(repoRoot(tb), "seeds"))
	if err != nil {
		tb.Fatal(err)
	}
	ins, rejects := loaders.ReadPaths([]string{seeds}, strings.NewReader(""))
	if len(rejects) > 0 || len(ins) != 5 {
		tb.Fatalf("reading seeds: %d inputs, rejects %v", len(ins), rejects)
	}
	res, err := loaders.Extract(context.Background(), ins, loaders.Options{Workers: 2})
	if err != nil {
		tb.Fatal(err)
	}
	if len(res.Rejects) > 0 {
		tb.Fatalf("extraction rejected %v", res.Rejects)
	}
	return res.Articles
}

// TestPipelineSeedsEveryFormat: the seeds go through the real pipeline
// (loaders, store load into Neo4j), are exported back from Neo4j in every
// format, compared with the golden files under testdata/golden/pipeline/
// and checked by the editors' tools (mwparserfromhell, networkx, pyld and
// rapper, the QuickStatements grammar).
func TestPipelineSeedsEveryFormat(t *testing.T) {
	facts := MustPipelineFacts(t)
	s := MustLoad(t, facts)
	r := export.NewStoreReader(s)
	doc, err := s.ExportDocument(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range goldenCases() {
		t.Run(tc.name, func(t *testing.T) {
			got, files := MustExport(t, r, tc.format, tc.opts(t), tc.dir)
			if tc.dir {
				checkGoldenTree(t, "pipeline/"+tc.name, files)
				return
			}
			checkGolden(t, "pipeline/"+tc.name, got)
			o := tc.opts(t)
			switch tc.format {
			case "wikitext":
				p := o.Profile
				if p == nil {
					p = export.WikipediaProfile()
				}
				form := o.Form
				if form == "" {
					form = "snippets"
				}
				if n := validateWikitext(t, got, form, p); n != countPages(doc) {
					t.Fatalf("%d pages, want %d", n, countPages(doc))
				}
			case "graphml":
				validateGraphML(t, got, len(doc.Nodes), len(doc.Edges))
			case "jsonld":
				validateJSONLD(t, got)
			case "quickstatements":
				if errs := validateQuickStatements(got); len(errs) > 0 {
					t.Fatalf("invalid QuickStatements:\n%s", strings.Join(errs, "\n"))
				}
			}
		})
	}
	t.Run("csv loads into Neo4j", func(t *testing.T) {
		_, files := MustExport(t, r, "csv", export.Options{}, true)
		mustLoadCSV(t, s, files)
		defer s.ExecWrite(context.Background(), csvScratchDropCypher, nil)
		if got, want := rowsString(t, s, csvScratchByTypeCypher), rowsString(t, s, graphByTypeCypher); got != want {
			t.Fatalf("relationships per type: CSV\n%s graph\n%s", got, want)
		}
	})
}
