package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/franchisekg/franchisekg/internal/docstream"
	"github.com/franchisekg/franchisekg/loaders"
)

func init() {
	register(&command{
		name:    "extract",
		summary: "extract the franchise graph from article files as JSON (no database)",
		run:     runExtract,
	})
}

// learnedCreditsHelp describes the --learned-credits flag of extract and load.
const learnedCreditsHelp = "add the person/character-film credits a learned classifier is confident of, each of its sources marked \"method\": \"learned\" with its confidence (on by default: relation F1 on unseen authors .599 -> .607, recall up, precision down, about half of its credits wrong, about 3% slower; --learned-credits=false for the rules only)"

// runExtract implements "franchisekg extract [--strict] [--workers N] [--merges] [--learned-credits=false] PATH...".
// It prints the spec's JSON document on stdout and a summary on stderr. It
// reads the articles twice (loaders.ExtractStream) and writes the document
// through a docstream.Builder, which spills the facts to sorted temporary
// files ($TMPDIR), so that memory holds the entity table, not the corpus
// or the document. The exit status is 1 when nothing could be read, or
// with --strict when any file was rejected.
func runExtract(ctx context.Context, a *app, args []string) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(a.stderr)
	strict := fs.Bool("strict", false, "exit with status 1 when any file is rejected")
	workers := fs.Int("workers", 0, "articles extracted at once (0: one per CPU)")
	merges := fs.Bool("merges", false, "list on stderr the aliases merged into entities, with the rule")
	quiet := fs.Bool("quiet", false, "print no summary")
	learned := fs.Bool("learned-credits", true, learnedCreditsHelp)
	fs.Usage = func() {
		fmt.Fprintln(a.stderr, "usage: franchisekg extract [--strict] [--workers N] [--merges] [--learned-credits=false] PATH...")
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
	b, err := docstream.New(docstream.Options{Budget: extractSpillBudget})
	if err != nil {
		return err
	}
	defer b.Close()
	src := loaders.NewPathSource(fs.Args(), a.stdin)
	res, err := loaders.ExtractStream(ctx, src, loaders.Options{Workers: *workers, LearnedCredits: *learned}, b.Add)
	if err != nil {
		return err
	}
	var st docstream.Stats
	if res.Articles > 0 {
		if st, err = b.Write(ctx, a.stdout); err != nil {
			return err
		}
	}
	for _, r := range res.Rejects {
		fmt.Fprintln(a.stderr, r.String())
	}
	for _, r := range res.Warnings {
		fmt.Fprintln(a.stderr, "warning: "+r.String())
	}
	if *merges {
		for i, m := range res.Merges {
			fmt.Fprintf(a.stderr, "merge %s <- %q (%s, %d sources)\n", m.ID, m.Alias, m.Rule, res.MergeSourceCounts[i])
		}
	}
	if !*quiet {
		writeSummary(a.stderr, st, res.Articles, res.Rejects)
	}
	switch {
	case res.Articles == 0:
		fmt.Fprintln(a.stderr, "franchisekg extract: no article could be read")
		return exitError{1}
	case *strict && len(res.Rejects) > 0:
		return exitError{1}
	}
	return nil
}

// extractSpillBudget is the bytes of facts extract buffers before spilling
// a sorted run to a temporary file (0: docstream.DefaultBudget); tests
// lower it to exercise the spill.
var extractSpillBudget = 0

// writeSummary prints counts of articles, entities by type, relationships
// by type, conflicts and rejected files.
func writeSummary(w io.Writer, st docstream.Stats, articles int, rejects []loaders.Reject) {
	nodes, edges := map[string]int{}, map[string]int{}
	nn, ne := 0, 0
	for t, n := range st.Nodes {
		nodes[string(t)] += n
		nn += n
	}
	for t, n := range st.Edges {
		edges[string(t)] += n
		ne += n
	}
	fmt.Fprintf(w, "articles: %d\n", articles)
	fmt.Fprintf(w, "entities: %d (%s)\n", nn, counts(nodes))
	fmt.Fprintf(w, "relationships: %d (%s)\n", ne, counts(edges))
	fmt.Fprintf(w, "conflicts: %d\n", st.Conflicts)
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
