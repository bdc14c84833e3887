// Package loadrun is the load orchestration behind `franchisekg load`: read
// the inputs, skip the articles already stored with the same content hash
// by the same extractor (Fingerprint),
// extract the others with the store's known entities, write them batch by
// batch (each batch one transaction), refresh the derived edges, optionally
// prune articles no longer present, report progress and summarise.
package loadrun

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/internal/neo4jstore"
	"github.com/franchisekg/franchisekg/loaders"
)

// Extractor turns inputs into the facts of each article, resolving names
// against known (the entities already stored). The production extractor
// is Extract (loaders.Extract); it returns the articles' facts and the
// inputs it refused or warns about, or an error for a failure of the whole
// run.
type Extractor func(ctx context.Context, ins []loaders.Input, known []kg.Node, workers int) (*loaders.Result, error)

// Options configure a load.
type Options struct {
	Paths []string  // files, directories, "-" for stdin
	Stdin io.Reader // read for "-"
	// Inputs are articles already read, loaded after those of Paths.
	Inputs []loaders.Input
	// Prune removes the stored articles that are not among the inputs.
	Prune bool
	// BatchSize is the number of articles per write transaction (default
	// 200); ChunkSize the number of articles extracted at a time while the
	// previous chunk is written (default 2,000).
	BatchSize, ChunkSize int
	Workers              int // extraction workers (default: loaders' default)
	// Writers is the number of batches written concurrently, each in its
	// own transaction (default 2: Neo4j commits one while it runs the
	// statements of the other). A load that replaces stored articles uses
	// one.
	Writers int
	// Extract is the extractor (default Extract) and Fingerprint names
	// what it outputs (default Fingerprint(false) with the default
	// extractor; see Fingerprint): an article stored with the same content
	// hash by another fingerprint is extracted and written again.
	Extract     Extractor
	Fingerprint string
	// Progress receives progress reports (nil: none). Terminal selects a
	// progress bar rather than a plain line every Every (default 5s).
	Progress io.Writer
	Terminal bool
	Every    time.Duration
	// RetryFor bounds how long a batch is retried while Neo4j is
	// unavailable, on top of the driver's own retries (default 2 minutes).
	RetryFor time.Duration
}

func (o *Options) defaults() {
	if o.BatchSize <= 0 {
		o.BatchSize = 200
	}
	if o.Writers <= 0 {
		o.Writers = 2
	}
	if o.ChunkSize <= 0 {
		o.ChunkSize = 1000
	}
	if o.Extract == nil {
		o.Extract = Extract
		if o.Fingerprint == "" {
			o.Fingerprint = Fingerprint(false)
		}
	}
	if o.Every <= 0 {
		o.Every = 5 * time.Second
	}
	if o.RetryFor <= 0 {
		o.RetryFor = 2 * time.Minute
	}
}

// Rejection is an input not loaded (or loaded with a warning), and why.
type Rejection struct {
	Input  string // path or article id
	Reason string
}

// Summary is the outcome of a load.
type Summary struct {
	Read                      int // articles read from the inputs
	Loaded, Replaced, Skipped int
	// Reextracted counts the articles loaded again because the extractor
	// changed (same content hash, another fingerprint; among them the
	// articles stored before fingerprints).
	Reextracted          int
	Rejected             []Rejection // inputs not loaded
	Warnings             []Rejection // inputs loaded with a problem worth telling
	Pruned               []string    // articles removed by Prune
	Facts, Relationships int         // written by this load
	Refreshed            int         // entities whose derived edges were recomputed
	// Extraction and Write add up the time spent extracting and writing
	// (writes run concurrently, so Write can exceed Elapsed).
	Extraction, Write, Elapsed time.Duration
}

// Run loads opts.Paths into s and returns the summary. Reading problems and
// invalid articles are reported in the summary, not as errors; nothing
// stored is lost because of them. It returns an error (one line, wrapping a
// kg error when Neo4j is the cause) when the store fails for longer than
// opts.RetryFor or ctx ends; articles written before stay written and a
// rerun completes the load.
func Run(ctx context.Context, s *neo4jstore.Store, opts Options) (Summary, error) {
	opts.defaults()
	start := time.Now()
	var sum Summary
	var ins []loaders.Input
	var rejects []loaders.Reject
	if len(opts.Paths) > 0 {
		ins, rejects = loaders.ReadPaths(opts.Paths, opts.Stdin)
	}
	ins = append(ins, opts.Inputs...)
	sum.Read = len(ins)
	paths := map[string]bool{}
	present := map[string]bool{}
	for _, in := range ins {
		paths[in.Article.Path] = true
		present[in.Article.ID] = true
	}
	for _, r := range rejects {
		if paths[r.Path] {
			sum.Warnings = append(sum.Warnings, Rejection{r.Path, r.Reason})
			continue
		}
		sum.Rejected = append(sum.Rejected, Rejection{r.Path, r.Reason})
		// an unreadable file keeps what an earlier load stored from it
		base := filepath.Base(r.Path)
		present[strings.TrimSuffix(base, filepath.Ext(base))] = true
	}
	// entities left stale by a load that crashed: refreshed first, so the
	// extraction below knows them by name
	err := retry(ctx, opts.RetryFor, func() error {
		n, err := s.Refresh(ctx)
		sum.Refreshed += n
		return err
	})
	if err != nil {
		return sum, err
	}
	var stored map[string]neo4jstore.StoredArticle
	err = retry(ctx, opts.RetryFor, func() error {
		var err error
		stored, err = s.StoredArticles(ctx)
		return err
	})
	if err != nil {
		return sum, err
	}
	// the skip key: unchanged content extracted by the same extractor
	var pending []loaders.Input
	for _, in := range ins {
		if h, ok := stored[in.Article.ID]; ok && h.SHA256 == in.Article.SHA256 && h.Extractor == opts.Fingerprint {
			sum.Skipped++
			continue
		}
		pending = append(pending, in)
	}
	prog := newProgress(opts, len(ins), sum.Skipped)
	defer prog.finish()
	if len(pending) > 0 {
		for _, in := range pending {
			if _, ok := stored[in.Article.ID]; ok {
				// replacing deletes claims that lose their last evidence;
				// one writer keeps that from racing with a concurrent batch
				// adding evidence to the same claim
				opts.Writers = 1
				break
			}
		}
		if err := writePending(ctx, s, opts, pending, &sum, prog); err != nil {
			sum.Elapsed = time.Since(start)
			return sum, err
		}
	}
	if opts.Prune {
		var gone []string
		for id := range stored {
			if !present[id] {
				gone = append(gone, id)
			}
		}
		sort.Strings(gone)
		if len(gone) > 0 {
			err := retry(ctx, opts.RetryFor, func() error {
				removed, err := s.UnloadArticles(ctx, gone)
				if err == nil {
					sum.Pruned = removed
				}
				return err
			})
			if err != nil {
				return sum, err
			}
		}
	}
	// entities left stale by this load
	err = retry(ctx, opts.RetryFor, func() error {
		n, err := s.Refresh(ctx)
		sum.Refreshed += n
		return err
	})
	sum.Elapsed = time.Since(start)
	return sum, err
}

// writePending extracts the pending inputs chunk by chunk (the next chunk
// is extracted while the previous one is written) and writes them in
// batches.
func writePending(ctx context.Context, s *neo4jstore.Store, opts Options, pending []loaders.Input, sum *Summary, prog *progress) error {
	var known []kg.Node
	err := retry(ctx, opts.RetryFor, func() error {
		var err error
		known, err = s.KnownEntities(ctx)
		return err
	})
	if err != nil {
		return err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type chunk struct {
		res  *loaders.Result
		took time.Duration
		err  error
	}
	chunks := make(chan chunk, 1)
	go func() {
		defer close(chunks)
		known := known
		for i := 0; i < len(pending); i += opts.ChunkSize {
			end := min(i+opts.ChunkSize, len(pending))
			t := time.Now()
			res, err := opts.Extract(ctx, pending[i:end], known, opts.Workers)
			select {
			case chunks <- chunk{res, time.Since(t), err}:
			case <-ctx.Done():
				return
			}
			if err != nil {
				return
			}
			known = addKnown(known, res.Articles)
		}
	}()
	for c := range chunks {
		if c.err != nil {
			return fmt.Errorf("extraction: %w", c.err)
		}
		sum.Extraction += c.took
		for _, r := range c.res.Rejects {
			sum.Rejected = append(sum.Rejected, Rejection{r.Path, r.Reason})
			prog.add(1, 0)
		}
		for _, r := range c.res.Warnings {
			sum.Warnings = append(sum.Warnings, Rejection{r.Path, r.Reason})
		}
		if err := writeBatches(ctx, s, opts, c.res.Articles, sum, prog); err != nil {
			return err
		}
	}
	return nil
}

// writeBatches writes arts in batches of opts.BatchSize on opts.Writers
// concurrent transactions and adds the outcome to sum. Each batch is
// atomic; the graph does not depend on the order they commit in. It returns
// the first error, after the batches under way have finished.
func writeBatches(ctx context.Context, s *neo4jstore.Store, opts Options, arts []kg.ArticleFacts, sum *Summary, prog *progress) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		mu       sync.Mutex
		firstErr error
		wg       sync.WaitGroup
	)
	batches := make(chan []kg.ArticleFacts)
	for w := 0; w < opts.Writers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for batch := range batches {
				t := time.Now()
				var res neo4jstore.WriteResult
				err := retry(ctx, opts.RetryFor, func() error {
					var err error
					res, err = s.WriteArticlesBy(ctx, batch, opts.Fingerprint)
					return err
				})
				mu.Lock()
				if err != nil {
					if firstErr == nil {
						firstErr = err
						cancel()
					}
					mu.Unlock()
					continue
				}
				sum.Write += time.Since(t)
				sum.Loaded += len(res.Loaded)
				sum.Replaced += len(res.Replaced)
				sum.Reextracted += len(res.Reextracted)
				sum.Skipped += len(res.Skipped)
				for _, r := range res.Rejected {
					sum.Rejected = append(sum.Rejected, Rejection{r.ID, r.Reason})
				}
				sum.Facts += res.Facts
				sum.Relationships += res.Relationships
				mu.Unlock()
				prog.add(len(batch), res.Facts)
			}
		}()
	}
feed:
	for i := 0; i < len(arts); i += opts.BatchSize {
		select {
		case batches <- arts[i:min(i+opts.BatchSize, len(arts))]:
		case <-ctx.Done():
			break feed
		}
	}
	close(batches)
	wg.Wait()
	if firstErr == nil && ctx.Err() != nil {
		return ctx.Err()
	}
	return firstErr
}

// addKnown returns known plus the entities of arts not in it yet, so the
// next chunk resolves names against what this one introduced.
func addKnown(known []kg.Node, arts []kg.ArticleFacts) []kg.Node {
	have := make(map[string]int, len(known))
	for i, n := range known {
		have[n.ID] = i
	}
	for _, a := range arts {
		for _, f := range a.Entities {
			i, ok := have[f.ID]
			if !ok {
				have[f.ID] = len(known)
				known = append(known, kg.Node{ID: f.ID, Type: f.Type, Name: f.Name, Aliases: append([]string{}, f.Aliases...)})
				continue
			}
			n := &known[i]
			for _, al := range f.Aliases {
				if !contains(n.Aliases, al) && al != n.Name {
					n.Aliases = append(n.Aliases, al)
				}
			}
		}
	}
	return known
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// retry runs fn until it succeeds, fails with an error other than
// kg.ErrUnavailable, ctx ends, or for longer than bound, waiting with
// exponential backoff (0.5s doubling to 8s) between attempts. It returns
// fn's last error.
func retry(ctx context.Context, bound time.Duration, fn func() error) error {
	deadline := time.Now().Add(bound)
	wait := 500 * time.Millisecond
	for {
		err := fn()
		if err == nil || !errors.Is(err, kg.ErrUnavailable) || time.Now().Add(wait).After(deadline) {
			if err != nil && errors.Is(err, kg.ErrUnavailable) {
				return fmt.Errorf("gave up after %s: %w", bound, err)
			}
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(wait):
		}
		wait = min(2*wait, 8*time.Second)
	}
}

// Print writes the summary as a few lines: counts, rejections with their
// reasons, and timings.
func (s Summary) Print(w io.Writer) {
	fmt.Fprintf(w, "loaded %d, replaced %d, reloaded %d (extractor changed), skipped %d (unchanged), rejected %d",
		s.Loaded, s.Replaced, s.Reextracted, s.Skipped, len(s.Rejected))
	if len(s.Pruned) > 0 {
		fmt.Fprintf(w, ", pruned %d", len(s.Pruned))
	}
	fmt.Fprintf(w, " of %d articles read\n", s.Read)
	rate := 0.0
	if s.Elapsed > 0 {
		rate = float64(s.Relationships) / s.Elapsed.Seconds()
	}
	fmt.Fprintf(w, "wrote %d facts, %d relationships (%.0f relationships/s); refreshed %d entities; took %s (extraction %s, writes %s)\n",
		s.Facts, s.Relationships, rate, s.Refreshed, s.Elapsed.Round(time.Millisecond), s.Extraction.Round(time.Millisecond), s.Write.Round(time.Millisecond))
	for _, r := range s.Rejected {
		fmt.Fprintf(w, "rejected %s: %s\n", r.Input, r.Reason)
	}
	for _, r := range s.Warnings {
		fmt.Fprintf(w, "warning %s: %s\n", r.Input, r.Reason)
	}
	for _, id := range s.Pruned {
		fmt.Fprintf(w, "pruned %s\n", id)
	}
}
