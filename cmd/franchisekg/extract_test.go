package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/franchisekg/franchisekg/internal/docstream"
	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/loaders"
	"github.com/franchisekg/franchisekg/loaders/gen"
)

func TestExtractCommand(t *testing.T) {
	dir := t.TempDir()
	good := " date 2024-02-03\nThe film Starfall Rising is directed by Dana Whitcombe. Marla Oyelaran stars as Captain Vesna.\n"
	for name, content := range map[string]string{"good.txt": good, "empty.txt": "", "bin.txt": "\x00\x01\x02"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "nothing"), 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		args       []string
		stdin      string
		wantStatus int
		wantJSON   bool
		wantErr    []string
	}{
		{name: "good and bad files", args: []string{"extract", dir, filepath.Join(dir, "nothing")}, wantStatus: 0, wantJSON: true,
			wantErr: []string{"empty.txt: empty file", "bin.txt: binary file", "nothing: directory holds no articles", "articles: 1", "entities: ", "relationships: ", "conflicts: 0", "rejected: 3"}},
		{name: "strict fails on a rejected file", args: []string{"extract", "--strict", dir, filepath.Join(dir, "nothing")}, wantStatus: 1, wantJSON: true,
			wantErr: []string{"rejected: 3"}},
		{name: "nothing readable", args: []string{"extract", filepath.Join(dir, "empty.txt")}, wantStatus: 1,
			wantErr: []string{"no article could be read"}},
		{name: "stdin", args: []string{"extract", "-"}, stdin: good, wantStatus: 0, wantJSON: true, wantErr: []string{"articles: 1"}},
		{name: "no paths", args: []string{"extract"}, wantStatus: 2, wantErr: []string{"usage: franchisekg extract"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			status := runMain(tc.args, strings.NewReader(tc.stdin), &out, &errb)
			if status != tc.wantStatus {
				t.Errorf("status %d, want %d; stderr:\n%s", status, tc.wantStatus, errb.String())
			}
			if tc.wantJSON {
				var doc struct {
					Nodes []struct{ ID string }   `json:"nodes"`
					Edges []struct{ Type string } `json:"edges"`
				}
				if err := json.Unmarshal(out.Bytes(), &doc); err != nil || len(doc.Nodes) == 0 || len(doc.Edges) == 0 {
					t.Errorf("stdout is not a document with nodes and edges (%v): %.200s", err, out.String())
				}
			}
			for _, w := range tc.wantErr {
				if !strings.Contains(errb.String(), w) {
					t.Errorf("stderr lacks %q:\n%s", w, errb.String())
				}
			}
		})
	}
}

// TestExtractSeedsOrder: extract prints byte-identical JSON whatever the
// order of the paths.
func TestExtractSeedsOrder(t *testing.T) {
	files, _ := filepath.Glob("../../seeds/*.txt")
	if len(files) == 0 {
		t.Fatal("no seeds under ../../seeds")
	}
	run := func(args []string) []byte {
		var out, errb bytes.Buffer
		if st := runMain(append([]string{"extract", "--quiet"}, args...), nil, &out, &errb); st != 0 {
			t.Fatalf("status %d: %s", st, errb.String())
		}
		return out.Bytes()
	}
	a := run(files)
	rev := append([]string(nil), files...)
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	if b := run(rev); !bytes.Equal(a, b) {
		t.Error("output depends on the order of the paths")
	}
}

// referenceExtract is what extract printed before it streamed: every
// article read with ReadPaths, the document built in memory with
// loaders.Document and written with WriteJSON, the summary counted on it,
// with the learned credit classifier on as extract's default is (so the
// learned marks go through the streaming path's spill records too). It
// returns stdout and stderr.
func referenceExtract(t *testing.T, paths []string, stdin string, workers int, merges bool) ([]byte, []byte) {
	t.Helper()
	var out, errb bytes.Buffer
	ins, rejects := loaders.ReadPaths(paths, strings.NewReader(stdin))
	doc, res, err := loaders.Document(t.Context(), ins, loaders.Options{Workers: workers, LearnedCredits: true})
	if err != nil {
		t.Fatal(err)
	}
	rejects = append(rejects, res.Rejects...)
	if len(res.Articles) > 0 {
		if err := doc.WriteJSON(&out); err != nil {
			t.Fatal(err)
		}
	}
	for _, r := range rejects {
		fmt.Fprintln(&errb, r.String())
	}
	for _, r := range res.Warnings {
		fmt.Fprintln(&errb, "warning: "+r.String())
	}
	if merges {
		for _, m := range res.Merges {
			fmt.Fprintf(&errb, "merge %s <- %q (%s, %d sources)\n", m.ID, m.Alias, m.Rule, len(m.Sources))
		}
	}
	st := docstream.Stats{Nodes: map[kg.NodeType]int{}, Edges: map[kg.RelType]int{}, Conflicts: len(doc.Conflicts)}
	for _, n := range doc.Nodes {
		st.Nodes[n.Type]++
	}
	for _, e := range doc.Edges {
		st.Edges[e.Type]++
	}
	writeSummary(&errb, st, len(res.Articles), rejects)
	if len(res.Articles) == 0 {
		fmt.Fprintln(&errb, "franchisekg extract: no article could be read")
	}
	return out.Bytes(), errb.Bytes()
}

// MustWriteGenerated writes n generated articles of seeds 1 and 2 as .txt
// files under a new directory and returns it.
func MustWriteGenerated(tb testing.TB, n int) string {
	tb.Helper()
	dir := tb.TempDir()
	for seed := int64(1); seed <= 2; seed++ {
		for _, in := range gen.Generate(seed, n).Inputs {
			name := fmt.Sprintf("s%d-%s.txt", seed, in.Article.ID)
			if err := os.WriteFile(filepath.Join(dir, name), []byte(in.Text), 0o644); err != nil {
				tb.Fatal(err)
			}
		}
	}
	return dir
}

// TestExtractSameAsInMemory: the streaming extract prints the bytes the
// in-memory path (ReadPaths + loaders.Document + WriteJSON) printed, on
// stdout and stderr (rejects, warnings, merges with their source counts,
// summary), on the seeds, the loaders' test articles, a generated corpus
// (with the default buffer and with one spilling every few kilobytes), bad
// files and stdin, paths in any order, on 1 and 2 workers.
func TestExtractSameAsInMemory(t *testing.T) {
	n := 300
	if testing.Short() {
		n = 100
	}
	genDir := MustWriteGenerated(t, n)
	bad := t.TempDir()
	for name, content := range map[string]string{"empty.txt": "", "bin.txt": "\x00\x01\x02", "baddate.txt": " date 2024-13-45\nDana Whitcombe directed Starfall Rising.\n"} {
		if err := os.WriteFile(filepath.Join(bad, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	seedFiles, _ := filepath.Glob("../../seeds/*.txt")
	if len(seedFiles) == 0 {
		t.Fatal("no seeds")
	}
	reversed := append([]string(nil), seedFiles...)
	slices.Reverse(reversed)
	genFiles, _ := filepath.Glob(filepath.Join(genDir, "*.txt"))
	rand.New(rand.NewPCG(5, 6)).Shuffle(len(genFiles), func(i, j int) { genFiles[i], genFiles[j] = genFiles[j], genFiles[i] })
	stdin := "Marla Oyelaran stars as Captain Vesna in Starfall Rising, directed by Dana Whitcombe.\n"
	cases := []struct {
		name   string
		paths  []string
		stdin  string
		budget int
	}{
		{"seeds", []string{"../../seeds"}, "", 0},
		{"seeds in reverse order, twice", append(append([]string(nil), reversed...), seedFiles[0]), "", 0},
		{"loaders testdata", []string{"../../loaders/testdata"}, "", 0},
		{"generated", []string{genDir}, "", 0},
		{"generated, spilling", []string{genDir, "../../seeds"}, "", 4 << 10},
		{"generated files in shuffled order, spilling", genFiles, "", 4 << 10},
		{"bad files, stdin, seeds, a missing file", []string{bad, "-", "../../seeds", filepath.Join(bad, "nope.txt")}, stdin, 0},
		{"nothing readable", []string{filepath.Join(bad, "empty.txt")}, "", 0},
	}
	for _, tc := range cases {
		for _, workers := range []int{1, 2} {
			t.Run(fmt.Sprintf("%s/workers=%d", tc.name, workers), func(t *testing.T) {
				defer func(b int) { extractSpillBudget = b }(extractSpillBudget)
				extractSpillBudget = tc.budget
				wantOut, wantErr := referenceExtract(t, tc.paths, tc.stdin, workers, true)
				var out, errb bytes.Buffer
				args := append([]string{"extract", "--merges", "--workers", fmt.Sprint(workers)}, tc.paths...)
				runMain(args, strings.NewReader(tc.stdin), &out, &errb)
				if !bytes.Equal(out.Bytes(), wantOut) {
					t.Errorf("stdout differs from the in-memory path: %d bytes, want %d", out.Len(), len(wantOut))
				}
				if errb.String() != string(wantErr) {
					t.Errorf("stderr differs from the in-memory path:\n got %s\nwant %s", errb.String(), wantErr)
				}
			})
		}
	}
}

// TestExtractTempFilesRemoved: extract leaves nothing in $TMPDIR, after a
// spilling run and after one whose output fails; a missing $TMPDIR is a
// one-line error.
func TestExtractTempFilesRemoved(t *testing.T) {
	defer func(b int) { extractSpillBudget = b }(extractSpillBudget)
	extractSpillBudget = 4 << 10
	tests := []struct {
		name       string
		out        io.Writer
		tmpdir     string // under the test's temporary directory
		wantStatus int
		wantErr    string
	}{
		{"spilling run", &bytes.Buffer{}, "", 0, ""},
		{"output fails", failWriter{}, "", 1, "franchisekg extract: writing the document: no space left on device\n"},
		{"TMPDIR missing", &bytes.Buffer{}, "missing", 1, "franchisekg extract: making a temporary directory for the document: "},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tmp := t.TempDir()
			t.Setenv("TMPDIR", filepath.Join(tmp, tc.tmpdir))
			var errb bytes.Buffer
			if st := runMain([]string{"extract", "--quiet", "../../seeds"}, nil, tc.out, &errb); st != tc.wantStatus {
				t.Errorf("status %d, want %d: %s", st, tc.wantStatus, errb.String())
			}
			if !strings.HasPrefix(errb.String(), tc.wantErr) || strings.Count(errb.String(), "\n") > 1 {
				t.Errorf("stderr %q, want one line starting %q", errb.String(), tc.wantErr)
			}
			if left, _ := os.ReadDir(tmp); len(left) != 0 {
				t.Errorf("left in TMPDIR: %v", left)
			}
		})
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }
