// Command memrun measures the extraction pipeline's memory on a generated
// corpus: with -write it writes about -mb megabytes of generated articles
// (loaders/gen, several seeds) as .txt files under DIR; otherwise it
// extracts the articles under DIR and prints the counts, the CPU time and
// the peak resident memory of the process (VmHWM of /proc/self/status).
//
//	go run ./loaders/internal/memrun -write -mb 100 /tmp/corpus100
//	go run ./loaders/internal/memrun /tmp/corpus100            # ExtractStream into a counting sink
//	go run ./loaders/internal/memrun -mode extract /tmp/corpus100 # ReadPaths + Extract (baseline)
//	go run ./loaders/internal/memrun -mode document /tmp/corpus100 # ExtractStream, then the whole JSON document
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/loaders"
	"github.com/franchisekg/franchisekg/loaders/gen"
	"github.com/franchisekg/franchisekg/loaders/internal/procstat"
)

func main() {
	write := flag.Bool("write", false, "write the corpus under DIR instead of extracting it")
	mb := flag.Int("mb", 100, "with -write: megabytes of text to generate")
	mode := flag.String("mode", "stream", "stream (NewPathSource + ExtractStream into a counting sink), extract (ReadPaths + Extract) or document (ExtractStream, then kg.BuildDocument written to nowhere)")
	workers := flag.Int("workers", 0, "extraction workers (0: GOMAXPROCS)")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: memrun [-write -mb N | -mode stream|extract] DIR")
		os.Exit(2)
	}
	dir := flag.Arg(0)
	var err error
	if *write {
		err = writeCorpus(dir, *mb<<20)
	} else {
		err = measure(dir, *mode, *workers)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "memrun:", err)
		os.Exit(1)
	}
}

// writeCorpus writes generated articles of seeds 1, 2, ... (2,000 per seed)
// under dir until their text reaches size bytes.
func writeCorpus(dir string, size int) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	total, n := 0, 0
	for seed := int64(1); total < size; seed++ {
		c := gen.Generate(seed, 2000)
		sub := filepath.Join(dir, fmt.Sprintf("seed%03d", seed))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			return err
		}
		for _, in := range c.Inputs {
			id := fmt.Sprintf("s%d-%s", seed, in.Article.ID)
			if err := os.WriteFile(filepath.Join(sub, id+".txt"), []byte(in.Text), 0o644); err != nil {
				return err
			}
			total += len(in.Text)
			n++
		}
	}
	fmt.Printf("wrote %d articles, %.1f MB of text under %s\n", n, float64(total)/(1<<20), dir)
	return nil
}

// counts is the sink: what a loader would tally while writing.
type counts struct {
	articles, entities, mentions, claims, sources int
}

func (c *counts) add(af kg.ArticleFacts) {
	c.articles++
	c.entities += len(af.Entities)
	for _, e := range af.Entities {
		c.mentions += len(e.Mentions)
	}
	c.claims += len(af.Claims)
	for _, cl := range af.Claims {
		c.sources += len(cl.Sources)
	}
}

func measure(dir, mode string, workers int) error {
	ctx := context.Background()
	start, cpu0 := time.Now(), procstat.CPUTime()
	var c counts
	var rejects, merges int
	switch mode {
	case "stream":
		res, err := loaders.ExtractStream(ctx, loaders.NewPathSource([]string{dir}, nil), loaders.Options{Workers: workers}, func(af kg.ArticleFacts) error {
			c.add(af)
			return nil
		})
		if err != nil {
			return err
		}
		rejects, merges = len(res.Rejects), len(res.Merges)
	case "extract":
		ins, rej := loaders.ReadPaths([]string{dir}, nil)
		res, err := loaders.Extract(ctx, ins, loaders.Options{Workers: workers})
		if err != nil {
			return err
		}
		for _, af := range res.Articles {
			c.add(af)
		}
		rejects, merges = len(rej)+len(res.Rejects), len(res.Merges)
	case "document":
		var arts []kg.ArticleFacts
		res, err := loaders.ExtractStream(ctx, loaders.NewPathSource([]string{dir}, nil), loaders.Options{Workers: workers}, func(af kg.ArticleFacts) error {
			c.add(af)
			arts = append(arts, af)
			return nil
		})
		if err != nil {
			return err
		}
		if err := kg.BuildDocument(arts).WriteJSON(io.Discard); err != nil {
			return err
		}
		rejects, merges = len(res.Rejects), len(res.Merges)
	default:
		return fmt.Errorf("unknown mode %q", mode)
	}
	wall, cpu, peak := time.Since(start), procstat.CPUTime()-cpu0, procstat.PeakRSS()
	words, size, err := corpusSize(dir)
	if err != nil {
		return err
	}
	fmt.Printf("mode %s: %d articles (%.1f MB, %d words), %d entity facts, %d mentions, %d claims, %d claim sources, %d merges, %d rejects\n",
		mode, c.articles, float64(size)/(1<<20), words, c.entities, c.mentions, c.claims, c.sources, merges, rejects)
	fmt.Printf("wall %.1fs, cpu %.1fs, %.0f words/cpu-s, peak RSS %s\n", wall.Seconds(), cpu.Seconds(), float64(words)/cpu.Seconds(), peak)
	return nil
}

// corpusSize counts the words and bytes of the .txt files under dir (after
// the measurement, so that it does not weigh on the peak).
func corpusSize(dir string) (int, int64, error) {
	words, size := 0, int64(0)
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".txt") {
			return err
		}
		b, err := os.ReadFile(p)
		words += len(strings.Fields(string(b)))
		size += int64(len(b))
		return err
	})
	return words, size, err
}
