package loadrun_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/internal/loadrun"
	"github.com/franchisekg/franchisekg/internal/testdb"
	"github.com/franchisekg/franchisekg/loaders"
)

const seeds = "../../seeds"

// extractDoc is what `franchisekg extract paths...` prints: the document
// the loaders make without a database.
func extractDoc(tb testing.TB, paths ...string) []byte {
	tb.Helper()
	ins, _ := loaders.ReadPaths(paths, nil)
	res, err := loadrun.Extract(context.Background(), ins, nil, 0)
	if err != nil || len(res.Rejects) > 0 {
		tb.Fatalf("extract %v: %v", paths, err)
	}
	var b bytes.Buffer
	if err := kg.BuildDocument(res.Articles).WriteJSON(&b); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}

// copyDir copies the files of src into a new temporary directory.
func copyDir(tb testing.TB, src string) string {
	tb.Helper()
	dst := tb.TempDir()
	ents, err := os.ReadDir(src)
	if err != nil {
		tb.Fatal(err)
	}
	for _, e := range ents {
		b, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dst, e.Name()), b, 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return dst
}

// TestRoundTripSeeds: export after `load seeds/` equals `extract seeds/`
// byte for byte, and a second load skips everything and changes nothing.
func TestRoundTripSeeds(t *testing.T) {
	s := testdb.MustEmptyStore(t)
	sum := mustRun(t, s, loadrun.Options{Paths: []string{seeds}})
	if sum.Loaded != 5 || sum.Relationships == 0 || sum.Facts == 0 {
		t.Fatalf("first load: %+v", sum)
	}
	want := extractDoc(t, seeds)
	got := mustExport(t, s)
	if !bytes.Equal(got, want) {
		t.Fatalf("export after load differs from extract (%d vs %d bytes)", len(got), len(want))
	}
	counts := mustCount(t, s)
	again := mustRun(t, s, loadrun.Options{Paths: []string{seeds}})
	if again.Skipped != 5 || again.Loaded+again.Replaced != 0 || again.Extraction != 0 || again.Relationships != 0 {
		t.Fatalf("second load did not skip everything without extracting: %+v", again)
	}
	if c := mustCount(t, s); c != counts {
		t.Fatalf("counts %+v after the second load, %+v after the first", c, counts)
	}
	if got2 := mustExport(t, s); !bytes.Equal(got2, got) {
		t.Fatal("export changed after loading the same files again")
	}
}

// extractFacts is what the loaders extract from paths, without a database.
func extractFacts(tb testing.TB, paths ...string) []kg.ArticleFacts {
	tb.Helper()
	ins, _ := loaders.ReadPaths(paths, nil)
	res, err := loadrun.Extract(context.Background(), ins, nil, 0)
	if err != nil || len(res.Rejects) > 0 {
		tb.Fatalf("extract %v: %v %v", paths, res.Rejects, err)
	}
	return res.Articles
}

func without(arts []kg.ArticleFacts, id string) []kg.ArticleFacts {
	var out []kg.ArticleFacts
	for _, a := range arts {
		if a.Article.ID != id {
			out = append(out, a)
		}
	}
	return out
}

func docJSON(tb testing.TB, arts []kg.ArticleFacts) []byte {
	tb.Helper()
	var b bytes.Buffer
	if err := kg.BuildDocument(arts).WriteJSON(&b); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}

// TestIncrementalFiles: a changed file replaces its article's claims,
// --prune removes the claims only the articles of deleted files supported;
// the graph is then the one a clean write of the remaining facts gives.
func TestIncrementalFiles(t *testing.T) {
	tests := []struct {
		name   string
		change func(t *testing.T, dir string)
		prune  bool
		want   func(t *testing.T, before []kg.ArticleFacts, dir string) []kg.ArticleFacts
		check  func(t *testing.T, sum loadrun.Summary)
	}{
		{"changed file replaced", func(t *testing.T, dir string) {
			p := filepath.Join(dir, "004_e51101d42cc6990d.txt")
			b, _ := os.ReadFile(p)
			c := bytes.ReplaceAll(b, []byte("Directed by Len Wiseman"), []byte("Directed by Chad Stahelski"))
			if bytes.Equal(b, c) {
				t.Fatal("the edit changed nothing")
			}
			if err := os.WriteFile(p, c, 0o644); err != nil {
				t.Fatal(err)
			}
		}, false, func(t *testing.T, before []kg.ArticleFacts, dir string) []kg.ArticleFacts {
			return extractFacts(t, dir)
		}, func(t *testing.T, sum loadrun.Summary) {
			if sum.Replaced != 1 || sum.Skipped != 4 {
				t.Fatalf("reload: %+v", sum)
			}
		}},
		{"deleted file pruned", func(t *testing.T, dir string) {
			if err := os.Remove(filepath.Join(dir, "002_48dc44fcb16504d8.txt")); err != nil {
				t.Fatal(err)
			}
		}, true, func(t *testing.T, before []kg.ArticleFacts, dir string) []kg.ArticleFacts {
			return without(before, "002_48dc44fcb16504d8")
		}, func(t *testing.T, sum loadrun.Summary) {
			if len(sum.Pruned) != 1 || sum.Pruned[0] != "002_48dc44fcb16504d8" || sum.Skipped != 4 {
				t.Fatalf("prune: %+v", sum)
			}
		}},
		{"deleted file kept without --prune", func(t *testing.T, dir string) {
			if err := os.Remove(filepath.Join(dir, "002_48dc44fcb16504d8.txt")); err != nil {
				t.Fatal(err)
			}
		}, false, func(t *testing.T, before []kg.ArticleFacts, dir string) []kg.ArticleFacts {
			return before
		}, func(t *testing.T, sum loadrun.Summary) {
			if len(sum.Pruned) != 0 || sum.Skipped != 4 {
				t.Fatalf("reload: %+v", sum)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := copyDir(t, seeds)
			before := extractFacts(t, dir)
			s := testdb.MustEmptyStore(t)
			mustRun(t, s, loadrun.Options{Paths: []string{dir}})
			tt.change(t, dir)
			sum := mustRun(t, s, loadrun.Options{Paths: []string{dir}, Prune: tt.prune})
			tt.check(t, sum)
			want := tt.want(t, before, dir)
			got := mustExport(t, s)
			if w := docJSON(t, want); !bytes.Equal(got, w) {
				t.Fatalf("export after the incremental load differs from the expected facts (%d vs %d bytes)", len(got), len(w))
			}
			counts := mustCount(t, s)
			fresh := testdb.MustEmptyStore(t)
			if _, err := fresh.WriteArticles(context.Background(), want); err != nil {
				t.Fatal(err)
			}
			if _, err := fresh.Refresh(context.Background()); err != nil {
				t.Fatal(err)
			}
			if c := mustCount(t, fresh); c != counts {
				t.Fatalf("counts %+v after the incremental load, %+v after a clean write of the same facts", counts, c)
			}
		})
	}
}

// TestBadInputKeepsWhatIsLoaded: an unreadable or empty file is rejected
// with a reason and neither it nor anything loaded before is lost, even
// with --prune.
func TestBadInputKeepsWhatIsLoaded(t *testing.T) {
	dir := copyDir(t, seeds)
	s := testdb.MustEmptyStore(t)
	mustRun(t, s, loadrun.Options{Paths: []string{dir}})
	before := mustExport(t, s)
	if err := os.WriteFile(filepath.Join(dir, "001_307a9d107f36a8bc.txt"), []byte{0, 1, 2, 3}, 0o644); err != nil {
		t.Fatal(err)
	}
	sum, err := loadrun.Run(context.Background(), s, loadrun.Options{Paths: []string{dir}, Prune: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Rejected) != 1 || !strings.Contains(sum.Rejected[0].Input, "001_307a9d107f36a8bc") || sum.Rejected[0].Reason == "" || len(sum.Pruned) != 0 {
		t.Fatalf("summary %+v", sum)
	}
	var out bytes.Buffer
	sum.Print(&out)
	if !strings.Contains(out.String(), "rejected 1") || !strings.Contains(out.String(), sum.Rejected[0].Reason) {
		t.Fatalf("summary print lacks the rejection:\n%s", out.String())
	}
	if got := mustExport(t, s); !bytes.Equal(got, before) {
		t.Fatal("a bad file changed what was loaded")
	}
}

// TestProgress: a plain line every few seconds in a pipe, a bar on a
// terminal; both count articles and facts per second.
func TestProgress(t *testing.T) {
	tests := []struct {
		name     string
		terminal bool
		want     []string
	}{
		{"pipe", false, []string{"load: ", "/5 articles", "facts/s", "eta"}},
		{"terminal", true, []string{"5/5", "articles", "facts/s"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := testdb.MustEmptyStore(t)
			var out bytes.Buffer
			mustRun(t, s, loadrun.Options{Paths: []string{seeds}, BatchSize: 1, Progress: &out, Terminal: tt.terminal, Every: time.Nanosecond})
			for _, w := range tt.want {
				if !strings.Contains(out.String(), w) {
					t.Fatalf("progress output lacks %q:\n%s", w, out.String())
				}
			}
		})
	}
}
