package loadrun_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/internal/loadrun"
	"github.com/franchisekg/franchisekg/internal/testdb"
	"github.com/franchisekg/franchisekg/loaders"
)

// TestLearnedModelSHA: the fingerprint's model hash is the hash of the
// model the binary embeds (loaders/learn_model.bin), so a retrained model
// reloads what the old one extracted.
func TestLearnedModelSHA(t *testing.T) {
	b, err := os.ReadFile("../../loaders/learn_model.bin")
	if err != nil {
		t.Fatal(err)
	}
	h := sha256.Sum256(b)
	want := hex.EncodeToString(h[:])[:16]
	if f := loadrun.Fingerprint(true); !strings.HasSuffix(f, "+learned-"+want) {
		t.Fatalf("Fingerprint(true) = %q, but loaders/learn_model.bin hashes to %s...", f, want)
	}
	if loadrun.Fingerprint(false) == loadrun.Fingerprint(true) {
		t.Fatalf("the rules-only and learned fingerprints are the same: %q", loadrun.Fingerprint(false))
	}
}

// TestReloadFollowsExtractor: an unchanged article is skipped only when the
// extractor is unchanged too; a load by another extractor (another
// fingerprint) extracts and writes it again, counted apart, and its facts
// become the new extractor's.
func TestReloadFollowsExtractor(t *testing.T) {
	s := testdb.MustEmptyStore(t)
	// a "newer extractor": the rules, with every acting credit marked learned
	guess := func(ctx context.Context, ins []loaders.Input, known []kg.Node, workers int) (*loaders.Result, error) {
		res, err := loadrun.Extract(ctx, ins, known, workers)
		if err != nil {
			return nil, err
		}
		for _, a := range res.Articles {
			for _, c := range a.Claims {
				if c.Relation == kg.ActedIn {
					for i := range c.Sources {
						c.Sources[i].Method, c.Sources[i].Confidence = kg.MethodLearned, 0.5
					}
				}
			}
		}
		return res, nil
	}
	learnedEvidence := func() int64 {
		t.Helper()
		rows, err := s.QueryRead(context.Background(), `MATCH ()-[e:EVIDENCE]->() WHERE e.method = 'learned' RETURN count(e) AS n`, nil)
		if err != nil {
			t.Fatal(err)
		}
		n, _ := rows[0]["n"].(int64)
		return n
	}
	type counts struct{ loaded, replaced, reextracted, skipped int }
	for _, st := range []struct {
		name    string
		opts    loadrun.Options
		want    counts
		learned bool
	}{
		{"first load, rules", loadrun.Options{Extract: loadrun.Extract, Fingerprint: loadrun.Fingerprint(false)}, counts{5, 0, 0, 0}, false},
		{"same extractor", loadrun.Options{}, counts{0, 0, 0, 5}, false}, // the default is the rules'
		{"another extractor", loadrun.Options{Extract: guess, Fingerprint: "test-guess-1"}, counts{0, 0, 5, 0}, true},
		{"that extractor again", loadrun.Options{Extract: guess, Fingerprint: "test-guess-1"}, counts{0, 0, 0, 5}, true},
		{"back to the rules", loadrun.Options{Extract: loadrun.Extract, Fingerprint: loadrun.Fingerprint(false)}, counts{0, 0, 5, 0}, false},
	} {
		st.opts.Paths = []string{seeds}
		sum := mustRun(t, s, st.opts)
		if got := (counts{sum.Loaded, sum.Replaced, sum.Reextracted, sum.Skipped}); got != st.want {
			t.Fatalf("%s: loaded, replaced, reextracted, skipped = %+v, want %+v", st.name, got, st.want)
		}
		if n := learnedEvidence(); (n > 0) != st.learned {
			t.Fatalf("%s: %d learned evidence stored, want some: %v", st.name, n, st.learned)
		}
		var b strings.Builder
		sum.Print(&b)
		if want := "reloaded " + strconv.Itoa(st.want.reextracted) + " (extractor changed)"; !strings.Contains(b.String(), want) {
			t.Fatalf("%s: summary %q does not say %q", st.name, b.String(), want)
		}
	}
}
