package main

import (
	"context"
	"fmt"
)

func init() {
	register(&command{name: "unload", summary: "remove articles (by id) and the facts only they supported", run: runUnload})
}

func runUnload(ctx context.Context, a *app, args []string) error {
	fs := newFlagSet(a, "unload", "usage: franchisekg unload [flags] ARTICLE-ID...")
	c, err := loadConfig(fs)
	if err != nil {
		return err
	}
	if err := fs.Parse(args); err != nil {
		return exitError{2}
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitError{2}
	}
	s, err := openStore(ctx, c, a.stderr)
	if err != nil {
		return err
	}
	defer s.Close(context.Background())
	removed, err := s.UnloadArticles(ctx, fs.Args())
	for _, id := range removed {
		fmt.Fprintf(a.stdout, "unloaded %s\n", id)
	}
	return err
}
