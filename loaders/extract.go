package loaders

import (
	"context"
	"fmt"
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
	// LearnedCredits switches on the learned credit classifier
	// (learn_model.go): after the rules, it adds the person/character-film
	// credits its model is confident of to pairs the rules credited with
	// nothing, each citing the sentence where the pair meets. Off in the
	// zero value (the CLI turns it on by default). Measured by
	// leave-one-author-group-out cross-validation on the test articles:
	// relation F1 about +.006 (+.007 on the newest groups), recall up but
	// precision down (about half the added credits are wrong), about 3%
	// slower; each of its sources is marked kg.MethodLearned with the
	// model's confidence, so every output tells its credits from the rules'.
	LearnedCredits bool
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

// Extract runs the whole pipeline over inputs already in memory:
// per-article extraction in parallel on opts.Workers goroutines, then
// cross-article resolution. It returns the per-article facts with resolved
// ids, sorted by article id; the result does not depend on the order of
// inputs. Every article's extraction is kept until the resolution has run,
// so memory grows with the corpus: ExtractStream bounds it. It fails only
// when ctx is cancelled.
func Extract(ctx context.Context, inputs []Input, opts Options) (*Result, error) {
	res := &Result{Articles: make([]kg.ArticleFacts, 0, len(inputs))}
	sr, err := extractRun(ctx, SliceSource(inputs), opts, true, 0, func(af kg.ArticleFacts) error {
		res.Articles = append(res.Articles, af)
		return nil
	})
	if err != nil {
		return nil, err
	}
	res.Rejects, res.Warnings, res.Merges = sr.Rejects, sr.Warnings, sr.Merges
	return res, nil
}

// extractOne runs the per-article steps, turning a panic into a reason.
func extractOne(in *Input, learned bool) (r *localResult, reason string) {
	defer func() {
		if p := recover(); p != nil {
			r, reason = nil, fmt.Sprintf("internal error while extracting: %v", p)
		}
	}()
	a := newArticle(in)
	a.learned = learned
	r = a.run()
	a.recycle()
	a.recycle2()
	return r, ""
}

// Document runs Extract and assembles the interchange document, all in
// memory (the document grows with the corpus: "franchisekg extract" uses
// ExtractStream with an internal/docstream Builder instead). It fails only
// when ctx is cancelled.
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
