package loaders

import (
	"context"
	"fmt"
	"runtime"
	"sort"
	"sync"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// KnownEntity is an entity that already exists elsewhere (the store), to
// resolve new mentions against: a mention with its name or one of its
// aliases and the same type gets its id.
type KnownEntity struct {
	ID      string
	Type    kg.NodeType
	Name    string
	Aliases []string
}

// Options tune Extract.
type Options struct {
	// Workers is the number of articles extracted at once; 0 means
	// GOMAXPROCS.
	Workers int
	// Known entities to resolve new mentions against.
	Known []KnownEntity
}

// Result of extraction.
type Result struct {
	// Articles holds the facts of every article, sorted by article id.
	Articles []kg.ArticleFacts
	// Rejects are inputs that could not be extracted (duplicate ids,
	// internal errors), one line each.
	Rejects []Reject
	// Warnings are articles extracted with a problem worth telling (cut
	// over-long sentences).
	Warnings []Reject
	// Merges explain every alias merged into an entity.
	Merges []Merge
}

// Extract runs the whole pipeline: per-article extraction in parallel on
// opts.Workers goroutines, then cross-article resolution. It returns the
// per-article facts with resolved ids, sorted by article id; the result
// does not depend on the order of inputs. It fails only when ctx is
// cancelled.
func Extract(ctx context.Context, inputs []Input, opts Options) (*Result, error) {
	ins := make([]*Input, len(inputs))
	for i := range inputs {
		ins[i] = &inputs[i]
	}
	sort.SliceStable(ins, func(i, j int) bool {
		a, b := ins[i].Article, ins[j].Article
		if a.ID != b.ID {
			return a.ID < b.ID
		}
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		return a.SHA256 < b.SHA256
	})
	res := &Result{}
	uniq := ins[:0:0]
	for _, in := range ins {
		if n := len(uniq); n > 0 && uniq[n-1].Article.ID == in.Article.ID {
			res.Rejects = append(res.Rejects, Reject{in.Article.Path, fmt.Sprintf("duplicate article id %q; skipped", in.Article.ID)})
			continue
		}
		uniq = append(uniq, in)
	}
	locals := make([]*localResult, len(uniq))
	errs := make([]string, len(uniq))
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	parallel(len(uniq), workers, func(i int) {
		if ctx.Err() != nil {
			errs[i] = "cancelled"
			return
		}
		locals[i], errs[i] = extractOne(uniq[i])
	})
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	kept := locals[:0]
	for i, l := range locals {
		if errs[i] != "" {
			res.Rejects = append(res.Rejects, Reject{uniq[i].Article.Path, errs[i]})
			continue
		}
		res.Warnings = append(res.Warnings, l.warn...)
		kept = append(kept, l)
	}
	res.Articles, res.Merges = resolveGlobal(kept, opts.Known, workers)
	return res, nil
}

// extractOne runs the per-article steps, turning a panic into a reason.
func extractOne(in *Input) (r *localResult, reason string) {
	defer func() {
		if p := recover(); p != nil {
			r, reason = nil, fmt.Sprintf("internal error while extracting: %v", p)
		}
	}()
	return newArticle(in).run(), ""
}

// Document runs Extract and assembles the interchange document.
func Document(ctx context.Context, inputs []Input, opts Options) (*kg.Document, *Result, error) {
	res, err := Extract(ctx, inputs, opts)
	if err != nil {
		return nil, nil, err
	}
	return kg.BuildDocument(res.Articles), res, nil
}

// parallel calls f(0..n-1) on up to workers goroutines and waits.
func parallel(n, workers int, f func(i int)) {
	if workers > n {
		workers = n
	}
	if workers <= 1 {
		for i := 0; i < n; i++ {
			f(i)
		}
		return
	}
	var wg sync.WaitGroup
	next := make(chan int, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
}
