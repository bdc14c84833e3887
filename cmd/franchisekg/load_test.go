package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/franchisekg/franchisekg/internal/testdb"
)

// TestLoadUnloadCommands drives `load`, `export --format json` and
// `unload` as a user would, against the test Neo4j: the export after
// loading the seeds equals `extract seeds/`, a second load skips
// everything, a load by another extractor (--learned-credits=false, then
// the default again) reloads everything and says so, unload removes an article, and mistakes get a one-line error
// and a non-zero status.
func TestLoadUnloadCommands(t *testing.T) {
	testdb.MustEmptyStore(t)
	seeds := filepath.Join("..", "..", "seeds")
	out := filepath.Join(t.TempDir(), "graph.json")
	code, extracted, stderr := runCLI("extract", seeds)
	if code != 0 {
		t.Fatalf("extract: %d %s", code, stderr)
	}
	steps := []struct {
		name       string
		args       []string
		wantStatus int
		wantOut    string
		wantErr    string
	}{
		{"load seeds", []string{"load", "-quiet", seeds}, 0, "loaded 5, replaced 0, reloaded 0 (extractor changed), skipped 0 (unchanged), rejected 0 of 5", ""},
		{"load again", []string{"load", "-quiet", seeds}, 0, "loaded 0, replaced 0, reloaded 0 (extractor changed), skipped 5 (unchanged)", ""},
		// the extractor is part of the skip key: rules only, then the
		// default (learned credits on) again, reload every article
		{"load rules only", []string{"load", "-quiet", "--learned-credits=false", seeds}, 0, "loaded 0, replaced 0, reloaded 5 (extractor changed), skipped 0 (unchanged)", ""},
		{"load rules only again", []string{"load", "-quiet", "--learned-credits=false", seeds}, 0, "reloaded 0 (extractor changed), skipped 5 (unchanged)", ""},
		{"load learned again", []string{"load", "-quiet", seeds}, 0, "loaded 0, replaced 0, reloaded 5 (extractor changed), skipped 0 (unchanged)", ""},
		{"export json", []string{"export", "--format", "json", "-o", out}, 0, "", ""},
		{"unload one", []string{"unload", "002_48dc44fcb16504d8"}, 0, "unloaded 002_48dc44fcb16504d8", ""},
		{"unload unknown", []string{"unload", "999_nope"}, 1, "", "franchisekg unload: article [999_nope] is not loaded: not found"},
		{"load without paths", []string{"load"}, 2, "", "usage: franchisekg load"},
		{"load missing file", []string{"load", "-quiet", filepath.Join(seeds, "missing.txt")}, 0, "rejected " + filepath.Join(seeds, "missing.txt"), ""},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(st.args...)
			if code != st.wantStatus || !strings.Contains(stdout, st.wantOut) || !strings.Contains(stderr, st.wantErr) {
				t.Fatalf("%v: status %d\nstdout: %s\nstderr: %s", st.args, code, stdout, stderr)
			}
			if code == 1 && strings.Count(strings.TrimSpace(stderr), "\n") > 0 {
				t.Fatalf("error spans lines: %q", stderr)
			}
		})
		if st.name == "export json" {
			b, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			if string(b) != extracted {
				t.Fatalf("export after load differs from extract (%d vs %d bytes)", len(b), len(extracted))
			}
		}
	}
	code, stdout, _ := runCLI("export", "--format", "json")
	if code != 0 || strings.Contains(stdout, "002_48dc44fcb16504d8") {
		t.Fatalf("the unloaded article is still in the export (status %d)", code)
	}
}
