package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/loaders"
)

func init() {
	register(&command{
		name:    "extract",
		summary: "extract the franchise graph from article files as JSON (no database)",
		run:     runExtract,
	})
}

// runExtract implements "franchisekg extract [--strict] [--workers N] [--merges] PATH...".
// It prints the spec's JSON document on stdout and a summary on stderr. The
// exit status is 1 when nothing could be read, or with --strict when any
// file was rejected.
func runExtract(ctx context.Context, a *app, args []string) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(a.stderr)
	strict := fs.Bool("strict", false, "exit with status 1 when any file is rejected")
	workers := fs.Int("workers", 0, "articles extracted at once (0: one per CPU)")
	merges := fs.Bool("merges", false, "list on stderr the aliases merged into entities, with the rule")
	quiet := fs.Bool("quiet", false, "print no summary")
	fs.Usage = func() {
		fmt.Fprintln(a.stderr, "usage: franchisekg extract [--strict] [--workers N] [--merges] PATH...")
		fmt.Fprintln(a.stderr, "\nPATH is a text file, a .jsonl feed, a directory (read recursively) or - for stdin.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return nil
		}
		return exitError{2}
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitError{2}
	}
	inputs, rejects := loaders.ReadPaths(fs.Args(), a.stdin)
	doc, res, err := loaders.Document(ctx, inputs, loaders.Options{Workers: *workers})
	if err != nil {
		return err
	}
	rejects = append(rejects, res.Rejects...)
	if len(res.Articles) > 0 {
		if err := doc.WriteJSON(a.stdout); err != nil {
			return fmt.Errorf("writing the document: %w", err)
		}
	}
	for _, r := range rejects {
		fmt.Fprintln(a.stderr, r.String())
	}
	for _, r := range res.Warnings {
		fmt.Fprintln(a.stderr, "warning: "+r.String())
	}
	if *merges {
		for _, m := range res.Merges {
			fmt.Fprintf(a.stderr, "merge %s <- %q (%s, %d sources)\n", m.ID, m.Alias, m.Rule, len(m.Sources))
		}
	}
	if !*quiet {
		writeSummary(a.stderr, doc, len(res.Articles), rejects)
	}
	switch {
	case len(res.Articles) == 0:
		fmt.Fprintln(a.stderr, "franchisekg extract: no article could be read")
		return exitError{1}
	case *strict && len(rejects) > 0:
		return exitError{1}
	}
	return nil
}

// writeSummary prints counts of articles, entities by type, relationships
// by type, conflicts and rejected files.
func writeSummary(w io.Writer, doc *kg.Document, articles int, rejects []loaders.Reject) {
	nodes := map[string]int{}
	for _, n := range doc.Nodes {
		nodes[string(n.Type)]++
	}
	edges := map[string]int{}
	for _, e := range doc.Edges {
		edges[string(e.Type)]++
	}
	fmt.Fprintf(w, "articles: %d\n", articles)
	fmt.Fprintf(w, "entities: %d (%s)\n", len(doc.Nodes), counts(nodes))
	fmt.Fprintf(w, "relationships: %d (%s)\n", len(doc.Edges), counts(edges))
	fmt.Fprintf(w, "conflicts: %d\n", len(doc.Conflicts))
	fmt.Fprintf(w, "rejected: %d\n", len(rejects))
}

func counts(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, m[k])
	}
	return strings.Join(parts, ", ")
}
