package loaders

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// fuzzInputLimit bounds the time one fuzz input may take (the seeds take
// milliseconds).
const fuzzInputLimit = 10 * time.Second

// FuzzExtract feeds arbitrary text to the extractor: it must not panic,
// every source must lie inside the text, and the document must be valid
// against the spec.
func FuzzExtract(f *testing.F) {
	seeds, _ := filepath.Glob("../seeds/*.txt")
	more, _ := filepath.Glob("testdata/franchises/*/*.txt")
	for _, p := range append(seeds, more...) {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	for _, s := range []string{"", " date 2024-01-01", "\"", "X (Y)", "A as B, the head of the C.", "a.k.a. J. K. Pemmery's",
		"Brisk & Brutal: Part 4 – X: Y", "‘’“”—–", " date 2024-13-99 ‘The’ \x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return // the reader rejects invalid UTF-8
		}
		// Go's fuzzing has no time limit per input: a runaway input would
		// only stall the run. The watchdog turns it into a crash, so the
		// input is saved under testdata/fuzz.
		watchdog := time.AfterFunc(fuzzInputLimit, func() {
			panic(fmt.Sprintf("extraction of a %d-byte input still running after %v", len(text), fuzzInputLimit))
		})
		defer watchdog.Stop()
		in := &Input{Article: kg.Article{ID: "fuzz"}, Text: text}
		l := newArticle(in).run() // no recover: a panic fails the fuzz run
		arts, _ := resolveGlobal([]*localResult{l}, nil, 1)
		for _, a := range arts {
			check := func(s kg.Source) {
				if s.Start < 0 || s.End > len(text) || s.Start > s.End {
					t.Fatalf("source %+v outside text of %d bytes", s, len(text))
				}
			}
			for _, e := range a.Entities {
				for _, s := range e.Mentions {
					check(s)
				}
			}
			for _, c := range a.Claims {
				for _, s := range c.Sources {
					check(s)
				}
			}
		}
		if err := validDocument(kg.BuildDocument(arts)); err != nil {
			t.Fatal(err)
		}
	})
}
