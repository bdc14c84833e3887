package export_test

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/franchisekg/franchisekg/internal/export"
	"github.com/franchisekg/franchisekg/internal/kg"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// goldenCase is one export of the seeds compared with a golden file (or a
// golden directory for multi-file outputs).
type goldenCase struct {
	name   string // golden file or directory under testdata/golden
	format string
	opts   func(tb testing.TB) export.Options
	dir    bool
}

func goldenCases() []goldenCase {
	none := func(testing.TB) export.Options { return export.Options{} }
	return []goldenCase{
		{"seeds.json", "json", none, false},
		{"seeds.csv", "csv", none, true},
		{"seeds.graphml", "graphml", none, false},
		{"seeds.jsonld", "jsonld", none, false},
		{"seeds.wiki", "wikitext", none, false},
		{"seeds.fandom.wiki", "wikitext", func(tb testing.TB) export.Options {
			return export.Options{Profile: MustProfile(tb, "testdata/profiles/fandom.yaml")}
		}, false},
		{"seeds.pages.jsonl", "wikitext", func(testing.TB) export.Options { return export.Options{Form: "json"} }, false},
		{"seeds.pagefromfile.txt", "wikitext", func(testing.TB) export.Options { return export.Options{Form: "pagefromfile"} }, false},
		{"seeds.qs.tsv", "quickstatements", func(tb testing.TB) export.Options {
			return export.Options{QIDs: MustQIDs(tb, "testdata/qids.tsv"), Retrieved: "2025-07-01"}
		}, false},
		{"seeds.create.qs.tsv", "quickstatements", func(tb testing.TB) export.Options {
			return export.Options{QIDs: MustQIDs(tb, "testdata/qids.tsv"), CreateUnmapped: true}
		}, false},
	}
}

// MustProfile loads a wiki profile or fails the test.
func MustProfile(tb testing.TB, path string) *export.Profile {
	tb.Helper()
	p, err := export.LoadProfile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

// MustQIDs loads a QID mapping or fails the test.
func MustQIDs(tb testing.TB, path string) export.QIDMap {
	tb.Helper()
	m, err := export.LoadQIDMap(path)
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

// MustMemReader returns a reader over the seeds' fixture document.
func MustMemReader(tb testing.TB) (*export.MemReader, *kg.Document) {
	tb.Helper()
	facts, arts := MustSeedFacts(tb)
	doc := kg.BuildDocument(facts)
	return export.NewMemReader(doc, arts), doc
}

// MustExport runs one export into memory: the single stream, or the files
// of a directory export by name.
func MustExport(tb testing.TB, r export.Reader, format string, o export.Options, dir bool) (string, map[string]string) {
	tb.Helper()
	f, err := export.Lookup(format)
	if err != nil {
		tb.Fatal(err)
	}
	if dir {
		out := filepath.Join(tb.TempDir(), "out")
		err := export.WriteDir(out, func(s export.Sink) error {
			return export.Export(context.Background(), r, f, o, export.Target{Dir: s})
		})
		if err != nil {
			tb.Fatalf("export %s: %v", format, err)
		}
		return "", readTree(tb, out)
	}
	var b bytes.Buffer
	if err := export.Export(context.Background(), r, f, o, export.Target{W: &b}); err != nil {
		tb.Fatalf("export %s: %v", format, err)
	}
	return b.String(), nil
}

func readTree(tb testing.TB, root string) map[string]string {
	tb.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(root, func(p string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(root, p)
		files[filepath.ToSlash(rel)] = string(b)
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
	return files
}

// checkGolden compares got with testdata/golden/<name> (rewriting it with
// -update).
func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/export -update against a test Neo4j, see the Makefile)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs from the golden file:\n%s", name, firstDiff(string(want), got))
	}
}

func checkGoldenTree(t *testing.T, name string, files map[string]string) {
	t.Helper()
	root := filepath.Join("testdata", "golden", name)
	if *update {
		os.RemoveAll(root)
	} else {
		want := readTree(t, root)
		if strings.Join(keys(want), ",") != strings.Join(keys(files), ",") {
			t.Errorf("%s: files %v, golden has %v", name, keys(files), keys(want))
		}
	}
	for n, content := range files {
		checkGolden(t, name+"/"+n, content)
	}
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + itoa(i+1) + ":\n want: " + w + "\n got:  " + g
		}
	}
	return "(equal lines, different bytes)"
}

func itoa(i int) string { return strings.TrimSpace(strings.Repeat(" ", 0) + fmtInt(i)) }

func fmtInt(i int) string {
	if i == 0 {
		return "0"
	}
	var b []byte
	for ; i > 0; i /= 10 {
		b = append([]byte{byte('0' + i%10)}, b...)
	}
	return string(b)
}

// TestGoldenSeeds exports the seeds' graph in every format from the
// in-memory document and compares each output with its golden file.
func TestGoldenSeeds(t *testing.T) {
	r, _ := MustMemReader(t)
	for _, tc := range goldenCases() {
		t.Run(tc.name, func(t *testing.T) {
			got, files := MustExport(t, r, tc.format, tc.opts(t), tc.dir)
			if tc.dir {
				checkGoldenTree(t, tc.name, files)
				return
			}
			checkGolden(t, tc.name, got)
		})
	}
}

// TestJSONStreamMatchesDocument: the streamed json export is byte for byte
// kg.Document.WriteJSON of the same document.
func TestJSONStreamMatchesDocument(t *testing.T) {
	r, doc := MustMemReader(t)
	got, _ := MustExport(t, r, "json", export.Options{}, false)
	var want bytes.Buffer
	if err := doc.WriteJSON(&want); err != nil {
		t.Fatal(err)
	}
	if got != want.String() {
		t.Fatalf("streamed JSON differs from Document.WriteJSON:\n%s", firstDiff(want.String(), got))
	}
	if len(doc.Conflicts) < 2 {
		t.Fatalf("fixture has %d conflicts, want the seeds' two (character, release date)", len(doc.Conflicts))
	}
}
