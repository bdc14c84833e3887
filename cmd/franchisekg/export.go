package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/franchisekg/franchisekg/internal/neo4jstore"
)

func init() {
	register(&command{name: "export", summary: "write the loaded graph out (--format json)", run: runExport})
}

func runExport(ctx context.Context, a *app, args []string) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(a.stderr)
	fs.Usage = func() {
		fmt.Fprintln(a.stderr, "usage: franchisekg export [flags]")
		fs.PrintDefaults()
	}
	c, err := loadConfig(fs)
	if err != nil {
		return err
	}
	format := fs.String("format", "json", "output format: json")
	out := fs.String("o", "", "output file (default: standard output)")
	if err := fs.Parse(args); err != nil {
		return exitError{2}
	}
	if fs.NArg() != 0 {
		fs.Usage()
		return exitError{2}
	}
	write, ok := exportFormats[*format]
	if !ok {
		return fmt.Errorf("unknown format %q (known: json)", *format)
	}
	s, err := openStore(ctx, c, a.stderr)
	if err != nil {
		return err
	}
	defer s.Close(context.Background())
	if *out == "" {
		return write(ctx, s, a.stdout)
	}
	return writeFileAtomically(*out, func(w io.Writer) error { return write(ctx, s, w) })
}

// exportFormats maps a --format name to the function writing it.
var exportFormats = map[string]func(ctx context.Context, s *neo4jstore.Store, w io.Writer) error{
	"json": exportJSON,
}

// exportJSON writes the interchange document read back from the store:
// byte-identical for the same graph.
func exportJSON(ctx context.Context, s *neo4jstore.Store, w io.Writer) error {
	doc, err := s.ExportDocument(ctx)
	if err != nil {
		return err
	}
	return doc.WriteJSON(w)
}

// writeFileAtomically writes path through a temporary file renamed into
// place, so a failed export leaves any previous file intact.
func writeFileAtomically(path string, fn func(w io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("cannot write %s: %v", path, err)
	}
	defer os.Remove(tmp.Name())
	if err := fn(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("cannot write %s: %v", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("cannot write %s: %v", path, err)
	}
	return nil
}
