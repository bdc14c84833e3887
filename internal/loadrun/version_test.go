package loadrun_test

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/franchisekg/franchisekg/internal/loadrun"
	"github.com/franchisekg/franchisekg/loaders"
)

var updateVersion = flag.Bool("update", false, "rewrite testdata/extractor_output.txt (after bumping ExtractorVersion)")

// versionGolden lists, for the ExtractorVersion it was written at, the
// SHA-256 (first 16 hex digits) of the rules-only JSON document of each
// article of the seeds and the committed test pool, one "path hash" line
// each.
const versionGolden = "testdata/extractor_output.txt"

// TestExtractorVersionCurrent: a load skips an unchanged article only when
// the extractor's fingerprint is unchanged too, and the rules' part of the
// fingerprint is kept by hand (loadrun.ExtractorVersion). This test holds
// the hand to it: when the rules extract anything different from any
// article of the seeds or the committed test pool, it fails until
// ExtractorVersion is bumped and the golden list rewritten (go test
// ./internal/loadrun -run TestExtractorVersionCurrent -update), so that a
// graph loaded by the old rules is re-extracted at its next load instead
// of keeping the old facts. Articles added to the pool after the list was
// written are left out until the next -update.
func TestExtractorVersionCurrent(t *testing.T) {
	got := versionHashes(t)
	if *updateVersion {
		var b strings.Builder
		fmt.Fprintf(&b, "version %s\n", loadrun.ExtractorVersion)
		for _, p := range slices.Sorted(maps.Keys(got)) {
			fmt.Fprintf(&b, "%s %s\n", p, got[p])
		}
		if err := os.WriteFile(versionGolden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	version, want := readVersionGolden(t)
	var changed []string
	for _, p := range slices.Sorted(maps.Keys(want)) {
		h, ok := got[p]
		if !ok {
			t.Fatalf("%s: listed in %s but no longer in the pool; rerun with -update", p, versionGolden)
		}
		if h != want[p] {
			changed = append(changed, p)
		}
	}
	switch {
	case len(changed) > 0 && version == loadrun.ExtractorVersion:
		t.Fatalf("the rules extract something else from %d articles (first: %s) but loadrun.ExtractorVersion is still %q: bump it, then run go test ./internal/loadrun -run TestExtractorVersionCurrent -update", len(changed), changed[0], version)
	case version != loadrun.ExtractorVersion:
		t.Fatalf("%s was written at ExtractorVersion %q, the code says %q: run go test ./internal/loadrun -run TestExtractorVersionCurrent -update", versionGolden, version, loadrun.ExtractorVersion)
	}
}

// versionHashes extracts every article of the seeds and the committed test
// pool alone, rules only, and returns its document's hash by path (relative
// to the repository root).
func versionHashes(tb testing.TB) map[string]string {
	tb.Helper()
	paths, err := filepath.Glob("../../seeds/*.txt")
	if err != nil {
		tb.Fatal(err)
	}
	pool, err := filepath.Glob("../../loaders/testdata/unseen*/*/*.txt")
	if err != nil {
		tb.Fatal(err)
	}
	paths = append(paths, pool...)
	if len(paths) < 100 {
		tb.Fatalf("found %d articles under seeds/ and loaders/testdata/unseen*/: run from internal/loadrun", len(paths))
	}
	out := make(map[string]string, len(paths))
	for _, p := range paths {
		ins, rejects := loaders.ReadPaths([]string{p}, nil)
		if len(rejects) > 0 || len(ins) != 1 {
			tb.Fatalf("%s: read %d articles, rejects %v", p, len(ins), rejects)
		}
		doc, _, err := loaders.Document(tb.Context(), ins, loaders.Options{Workers: 1})
		if err != nil {
			tb.Fatalf("%s: %v", p, err)
		}
		var buf bytes.Buffer
		if err := doc.WriteJSON(&buf); err != nil {
			tb.Fatal(err)
		}
		h := sha256.Sum256(buf.Bytes())
		out[strings.TrimPrefix(filepath.ToSlash(p), "../../")] = hex.EncodeToString(h[:])[:16]
	}
	return out
}

// readVersionGolden reads versionGolden: its version line and its hashes
// by path.
func readVersionGolden(tb testing.TB) (string, map[string]string) {
	tb.Helper()
	f, err := os.Open(versionGolden)
	if err != nil {
		tb.Fatalf("%v: run go test ./internal/loadrun -run TestExtractorVersionCurrent -update", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	version := ""
	want := map[string]string{}
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), " ")
		if !ok {
			tb.Fatalf("%s: bad line %q", versionGolden, sc.Text())
		}
		if k == "version" {
			version = v
			continue
		}
		want[k] = v
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return version, want
}
