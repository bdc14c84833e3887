package loaders

import (
	"context"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// MergeSources is the number of sources ExtractStream keeps for each merge
// (the first ones in source order), so that its memory does not grow with
// the number of articles using an alias.
const MergeSources = 3

// StreamResult is what ExtractStream returns besides the articles it
// emitted.
type StreamResult struct {
	// Articles is the number of articles emitted.
	Articles int
	// Rejects are inputs not extracted (unreadable, duplicate ids, changed
	// between the passes, internal errors), one line each; Warnings are
	// inputs read or extracted with a problem worth telling.
	Rejects, Warnings []Reject
	// Merges explain every alias merged into an entity, with at most
	// MergeSources sources each.
	Merges []Merge
	// MergeSourceCounts holds, for each of Merges, the number of sources
	// of the merge before the MergeSources bound (what Extract's Merges
	// list).
	MergeSourceCounts []int
}

// ExtractStream extracts the articles of src in two passes and calls emit
// with each article's facts, in article id order, one at a time. Pass one
// extracts every article on opts.Workers goroutines and keeps only the
// entity table (names, types, surface forms and their counts); the
// cross-article resolution runs on it; pass two reads and extracts every
// article again and emits it with the resolved ids. Memory holds the entity
// table, the list of articles (id, path, hash, position) and a few articles
// being extracted, never the whole corpus. The facts are the same as
// Extract's for the same articles, whatever their order and the number of
// workers. It stops with ctx's error when ctx ends, or with emit's error.
func ExtractStream(ctx context.Context, src Source, opts Options, emit func(kg.ArticleFacts) error) (*StreamResult, error) {
	return extractRun(ctx, src, opts, false, MergeSources, emit)
}

// extractRun is the pipeline behind Extract and ExtractStream. With keep,
// the first pass keeps each article's extraction for the second, instead
// of reading and extracting it again. maxSources bounds the sources per
// merge (0: all).
func extractRun(ctx context.Context, src Source, opts Options, keep bool, maxSources int, emit func(kg.ArticleFacts) error) (*StreamResult, error) {
	res := &StreamResult{}
	var entries []Entry
	res.Rejects = src.Scan(func(e Entry) {
		e.Article = kg.Article{ID: e.Article.ID, Path: e.Article.Path, SHA256: e.Article.SHA256}
		entries = append(entries, e)
	})
	entries, dup := dedupeEntries(entries)
	res.Rejects = append(res.Rejects, dup...)
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	// pass 1: the entity table
	type extracted struct {
		l      *localResult
		reason string
	}
	extract := func(i int) extracted {
		if ctx.Err() != nil {
			return extracted{reason: "cancelled"}
		}
		in, reason := src.Load(entries[i])
		if reason != "" {
			return extracted{reason: reason}
		}
		l, reason := extractOne(&in, opts.LearnedCredits)
		return extracted{l, reason}
	}
	t := newTable(opts.Known)
	var locals []*localResult
	if keep {
		locals = make([]*localResult, len(entries))
	}
	var kept []int
	err := ordered(ctx, len(entries), workers, extract, func(i int, x extracted) error {
		if x.reason != "" {
			res.Rejects = append(res.Rejects, Reject{entries[i].Article.Path, x.reason})
			return nil
		}
		res.Warnings = append(res.Warnings, x.l.warn...)
		t.add(x.l)
		if keep {
			locals[i] = x.l
		}
		kept = append(kept, i)
		return nil
	})
	if err != nil {
		return nil, err
	}
	rs := t.resolve()
	// pass 2: the facts, in article id order
	type emitted struct {
		af     kg.ArticleFacts
		merges []Merge
		reason string
	}
	ms := newMergeSet(maxSources)
	msCount := map[[3]string]int{}
	err = ordered(ctx, len(kept), workers, func(k int) emitted {
		i := kept[k]
		var l *localResult
		if keep {
			l, locals[i] = locals[i], nil // release the article's working data
		} else {
			x := extract(i)
			if x.reason != "" {
				return emitted{reason: x.reason}
			}
			l = x.l
		}
		af, merges := rs.emitArticle(l)
		return emitted{af: af, merges: merges}
	}, func(k int, x emitted) error {
		if x.reason != "" {
			res.Rejects = append(res.Rejects, Reject{entries[kept[k]].Article.Path, x.reason})
			return nil
		}
		ms.add(x.merges)
		countMergeSources(msCount, x.merges)
		res.Articles++
		return emit(x.af)
	})
	if err != nil {
		return nil, err
	}
	res.Merges = ms.list()
	res.MergeSourceCounts = make([]int, len(res.Merges))
	for i, m := range res.Merges {
		res.MergeSourceCounts[i] = msCount[[3]string{m.ID, m.Alias, m.Rule}]
	}
	return res, nil
}

// countMergeSources adds to counts the number of distinct sources each
// merge of one article gives (sources name their article, so that articles
// never share one).
func countMergeSources(counts map[[3]string]int, merges []Merge) {
	byKey := map[[3]string][]kg.Source{}
	for _, m := range merges {
		k := [3]string{m.ID, m.Alias, m.Rule}
		byKey[k] = append(byKey[k], m.Sources...)
	}
	for k, src := range byKey {
		n := len(kg.SortSources(append([]kg.Source(nil), src...)))
		if _, ok := counts[k]; !ok {
			k = [3]string{strings.Clone(k[0]), strings.Clone(k[1]), k[2]} // keep no article text
		}
		counts[k] += n
	}
}

// dedupeEntries sorts entries by article id (then path, then content hash)
// and keeps one per id; the same file named twice is dropped silently, any
// other duplicate is rejected.
func dedupeEntries(es []Entry) ([]Entry, []Reject) {
	sort.SliceStable(es, func(i, j int) bool {
		a, b := es[i].Article, es[j].Article
		if a.ID != b.ID {
			return a.ID < b.ID
		}
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		return a.SHA256 < b.SHA256
	})
	var rej []Reject
	out := es[:0]
	for _, e := range es {
		if n := len(out); n > 0 && out[n-1].Article.ID == e.Article.ID {
			if prev := out[n-1].Article; prev.Path == e.Article.Path && prev.SHA256 == e.Article.SHA256 {
				continue // the same file named twice
			}
			rej = append(rej, Reject{e.Article.Path, fmt.Sprintf("duplicate article id %q (already read from %s); skipped", e.Article.ID, out[n-1].Article.Path)})
			continue
		}
		out = append(out, e)
	}
	return out, rej
}

// ordered calls work(0..n-1) on up to workers goroutines and consume with
// each result in order of i, on the calling goroutine. At most 4×workers
// results are in flight (being computed or waiting for their turn), so
// memory stays bounded whatever n. It returns consume's first error, or
// ctx's error when ctx ends first.
func ordered[T any](ctx context.Context, n, workers int, work func(i int) T, consume func(i int, v T) error) error {
	if workers > n {
		workers = n
	}
	if workers <= 1 {
		for i := 0; i < n; i++ {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := consume(i, work(i)); err != nil {
				return err
			}
		}
		return ctx.Err()
	}
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer func() {
		cancel()
		wg.Wait()
	}()
	type result struct {
		i int
		v T
	}
	window := 4 * workers
	slots := make(chan struct{}, window) // one per result in flight
	results := make(chan result, window) // never blocks: at most window in flight
	jobs := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				results <- result{i, work(i)}
			}
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(jobs)
		for i := 0; i < n; i++ {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	pending := map[int]T{}
	for next := 0; next < n; {
		select {
		case r := <-results:
			pending[r.i] = r.v
		case <-ctx.Done():
			return ctx.Err()
		}
		for {
			v, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			<-slots
			if err := consume(next, v); err != nil {
				return err
			}
			next++
		}
	}
	return ctx.Err()
}
