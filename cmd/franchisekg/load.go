package main

import (
	"context"
	"os"
	"runtime/debug"

	"golang.org/x/term"

	"github.com/franchisekg/franchisekg/internal/loadrun"
)

func init() {
	register(&command{name: "load", summary: "extract articles (files, directories, - for stdin) and load them into Neo4j", run: runLoad})
}

func runLoad(ctx context.Context, a *app, args []string) error {
	fs := newFlagSet(a, "load", "usage: franchisekg load [flags] PATH...")
	c, err := loadConfig(fs)
	if err != nil {
		return err
	}
	prune := fs.Bool("prune", false, "remove stored articles that are not among the inputs")
	batch := fs.Int("batch", 200, "articles per write transaction")
	chunk := fs.Int("chunk", 1000, "articles extracted at a time while the previous ones are written")
	workers := fs.Int("workers", 0, "extraction workers (0: one per CPU)")
	writers := fs.Int("writers", 2, "batches written concurrently")
	quiet := fs.Bool("quiet", false, "no progress reports")
	learned := fs.Bool("learned-credits", true, learnedCreditsHelp)
	if err := fs.Parse(args); err != nil {
		return exitError{2}
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitError{2}
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		// a soft heap limit keeps the loader's footprint small on big
		// corpora: the GC works harder near it rather than doubling the heap
		debug.SetMemoryLimit(160 << 20)
	}
	s, err := openStore(ctx, c, a.stderr)
	if err != nil {
		return err
	}
	defer s.Close(context.Background())
	opts := loadrun.Options{Paths: fs.Args(), Stdin: a.stdin, Prune: *prune, BatchSize: *batch, ChunkSize: *chunk,
		Workers: *workers, Writers: *writers}
	opts.Extract = loadrun.Extract // (the rules only)
	if *learned {
		opts.Extract = loadrun.ExtractLearned
	}
	// articles stored by another extractor (learned credits on or off,
	// another model or rules version) are loaded again
	opts.Fingerprint = loadrun.Fingerprint(*learned)
	if !*quiet {
		opts.Progress = a.stderr
		if f, ok := a.stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
			opts.Terminal = true
		}
	}
	sum, err := loadrun.Run(ctx, s, opts)
	sum.Print(a.stdout)
	return err
}
