package loaders_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/loaders"
	"github.com/franchisekg/franchisekg/loaders/gen"
)

// MustWriteCorpus writes generated articles of several seeds (so that
// names recur across articles and corpora) under dir, as .txt files and,
// when feed is set, as one JSON Lines feed instead. It returns the paths to
// read.
func MustWriteCorpus(tb testing.TB, dir string, seeds, n int, feed bool) []string {
	tb.Helper()
	var lines bytes.Buffer
	for seed := 1; seed <= seeds; seed++ {
		c := gen.Generate(int64(seed), n)
		for _, in := range c.Inputs {
			id := fmt.Sprintf("s%d-%s", seed, in.Article.ID)
			if feed {
				b, err := json.Marshal(map[string]string{"id": id, "text": in.Text})
				if err != nil {
					tb.Fatal(err)
				}
				lines.Write(b)
				lines.WriteByte('\n')
				continue
			}
			if err := os.WriteFile(filepath.Join(dir, id+".txt"), []byte(in.Text), 0o644); err != nil {
				tb.Fatal(err)
			}
		}
	}
	if feed {
		p := filepath.Join(dir, "feed.jsonl")
		if err := os.WriteFile(p, lines.Bytes(), 0o644); err != nil {
			tb.Fatal(err)
		}
		return []string{p}
	}
	return []string{dir}
}

// MustStreamDocument extracts src with ExtractStream and returns the
// document's JSON and the stream result, failing tb when the emitted
// articles are not in strictly increasing id order.
func MustStreamDocument(tb testing.TB, src loaders.Source, opts loaders.Options) ([]byte, *loaders.StreamResult) {
	tb.Helper()
	var arts []kg.ArticleFacts
	res, err := loaders.ExtractStream(tb.Context(), src, opts, func(af kg.ArticleFacts) error {
		if n := len(arts); n > 0 && arts[n-1].Article.ID >= af.Article.ID {
			tb.Errorf("article %s emitted after %s", af.Article.ID, arts[n-1].Article.ID)
		}
		arts = append(arts, af)
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	if res.Articles != len(arts) {
		tb.Errorf("StreamResult.Articles = %d, emitted %d", res.Articles, len(arts))
	}
	var b bytes.Buffer
	if err := kg.BuildDocument(arts).WriteJSON(&b); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes(), res
}

func rejectLines(rs ...[]loaders.Reject) []string {
	var out []string
	for _, l := range rs {
		for _, r := range l {
			out = append(out, r.String())
		}
	}
	sort.Strings(out)
	return out
}

// TestExtractStreamSameAsExtract: the two-pass streaming extraction over
// files gives byte-identical documents, the same rejects and warnings, and
// the same merges (their first MergeSources sources) as ReadPaths and
// Extract, on the seeds, the franchise articles, generated corpora as files
// and as a feed, and standard input, on 1 to 3 workers.
func TestExtractStreamSameAsExtract(t *testing.T) {
	genDir, feedDir := t.TempDir(), t.TempDir()
	n := 300
	if testing.Short() {
		n = 100
	}
	genPaths := MustWriteCorpus(t, genDir, 3, n, false)
	feedPaths := MustWriteCorpus(t, feedDir, 2, n, true)
	seed, err := os.ReadFile("../seeds/" + mustFirstFile(t, "../seeds"))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name  string
		paths []string
		stdin string
	}{
		{"seeds and franchises", []string{"../seeds", "testdata/franchises"}, ""},
		{"generated files", genPaths, ""},
		{"generated feed", feedPaths, ""},
		{"stdin, seeds and a missing file", []string{"-", "../seeds", "testdata/nope.txt"}, strings.Replace(string(seed), "the", "The", 3)},
	}
	for _, tc := range cases {
		for _, workers := range []int{1, 2, 3} {
			t.Run(fmt.Sprintf("%s/workers=%d", tc.name, workers), func(t *testing.T) {
				ins, readRej := loaders.ReadPaths(tc.paths, strings.NewReader(tc.stdin))
				want, res, err := loaders.Document(t.Context(), ins, loaders.Options{Workers: workers})
				if err != nil {
					t.Fatal(err)
				}
				var wantJSON bytes.Buffer
				if err := want.WriteJSON(&wantJSON); err != nil {
					t.Fatal(err)
				}
				got, sres := MustStreamDocument(t, loaders.NewPathSource(tc.paths, strings.NewReader(tc.stdin)), loaders.Options{Workers: workers})
				if !bytes.Equal(got, wantJSON.Bytes()) {
					t.Fatalf("streamed document differs from Extract's (%d bytes vs %d)", len(got), wantJSON.Len())
				}
				if sres.Articles != len(res.Articles) {
					t.Errorf("streamed %d articles, Extract %d", sres.Articles, len(res.Articles))
				}
				if g, w := rejectLines(sres.Rejects), rejectLines(readRej, res.Rejects); !equalStrings(g, w) {
					t.Errorf("rejects:\n got %q\nwant %q", g, w)
				}
				if g, w := rejectLines(sres.Warnings), rejectLines(res.Warnings); !equalStrings(g, w) {
					t.Errorf("warnings:\n got %q\nwant %q", g, w)
				}
				if len(sres.Merges) != len(res.Merges) {
					t.Fatalf("%d merges, Extract %d", len(sres.Merges), len(res.Merges))
				}
				if len(sres.MergeSourceCounts) != len(sres.Merges) {
					t.Fatalf("%d merge source counts for %d merges", len(sres.MergeSourceCounts), len(sres.Merges))
				}
				for i, m := range res.Merges {
					if g := sres.MergeSourceCounts[i]; g != len(m.Sources) {
						t.Errorf("merge %d (%s <- %q): %d sources counted, Extract lists %d", i, m.ID, m.Alias, g, len(m.Sources))
					}
					if len(m.Sources) > loaders.MergeSources {
						m.Sources = m.Sources[:loaders.MergeSources]
					}
					if g := sres.Merges[i]; g.ID != m.ID || g.Alias != m.Alias || g.Rule != m.Rule || fmt.Sprint(g.Sources) != fmt.Sprint(m.Sources) {
						t.Errorf("merge %d: got %+v, want %+v", i, g, m)
					}
				}
			})
		}
	}
}

func mustFirstFile(tb testing.TB, dir string) string {
	tb.Helper()
	es, err := os.ReadDir(dir)
	if err != nil || len(es) == 0 {
		tb.Fatalf("no file in %s: %v", dir, err)
	}
	return es[0].Name()
}

func equalStrings(a, b []string) bool {
	return strings.Join(a, "\n") == strings.Join(b, "\n")
}

// TestExtractStreamInputOrder: the same articles in any order, on any
// number of workers, stream the same document.
func TestExtractStreamInputOrder(t *testing.T) {
	ins, _ := loaders.ReadPaths([]string{"../seeds", "testdata/franchises"}, nil)
	c := gen.Generate(7, 150)
	ins = append(ins, c.Inputs...)
	want, _ := MustStreamDocument(t, loaders.SliceSource(ins), loaders.Options{Workers: 1})
	r := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 4; i++ {
		t.Run(fmt.Sprintf("shuffle %d", i), func(t *testing.T) {
			sh := append([]loaders.Input(nil), ins...)
			r.Shuffle(len(sh), func(a, b int) { sh[a], sh[b] = sh[b], sh[a] })
			if got, _ := MustStreamDocument(t, loaders.SliceSource(sh), loaders.Options{Workers: 1 + i}); !bytes.Equal(got, want) {
				t.Fatalf("document differs for input order %d on %d workers", i, 1+i)
			}
		})
	}
}

// changingSource rewrites one article's file once the first pass has read
// it, as if it were edited during the extraction.
type changingSource struct {
	*loaders.PathSource
	path  string
	mu    sync.Mutex
	loads int
}

func (s *changingSource) Load(e loaders.Entry) (loaders.Input, string) {
	if e.Article.Path == s.path {
		s.mu.Lock()
		s.loads++
		if s.loads == 2 {
			if err := os.WriteFile(s.path, []byte("Edited meanwhile by Lena de Valk."), 0o644); err != nil {
				panic(err)
			}
		}
		s.mu.Unlock()
	}
	return s.PathSource.Load(e)
}

// TestExtractStreamBadInput: a file changed between the passes is rejected
// and not emitted, emit's error and a cancelled context stop the run.
func TestExtractStreamBadInput(t *testing.T) {
	dir := t.TempDir()
	paths := MustWriteCorpus(t, dir, 1, 40, false)
	changed := filepath.Join(dir, "s1-gen-000007.txt")
	t.Run("file changed between the passes", func(t *testing.T) {
		src := &changingSource{PathSource: loaders.NewPathSource(paths, nil), path: changed}
		var ids []string
		res, err := loaders.ExtractStream(t.Context(), src, loaders.Options{Workers: 2}, func(af kg.ArticleFacts) error {
			ids = append(ids, af.Article.ID)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(ids) != 39 || res.Articles != 39 {
			t.Errorf("emitted %d articles (%d counted), want 39", len(ids), res.Articles)
		}
		if got := rejectLines(res.Rejects); len(got) != 1 || got[0] != changed+": changed while being extracted; skipped" {
			t.Errorf("rejects = %q", got)
		}
	})
	t.Run("emit fails", func(t *testing.T) {
		boom := errors.New("sink full")
		n := 0
		_, err := loaders.ExtractStream(t.Context(), loaders.NewPathSource(paths, nil), loaders.Options{Workers: 2}, func(kg.ArticleFacts) error {
			if n++; n == 5 {
				return boom
			}
			return nil
		})
		if !errors.Is(err, boom) || n != 5 {
			t.Errorf("err = %v after %d articles, want %v after 5", err, n, boom)
		}
	})
	t.Run("cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(t.Context())
		cancel()
		_, err := loaders.ExtractStream(ctx, loaders.NewPathSource(paths, nil), loaders.Options{Workers: 2}, func(kg.ArticleFacts) error { return nil })
		if !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want context.Canceled", err)
		}
	})
}
