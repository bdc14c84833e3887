package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/franchisekg/franchisekg/internal/export"
	"github.com/franchisekg/franchisekg/internal/kg"
)

func init() {
	register(&command{name: "export", summary: "write the loaded graph out (json, csv, graphml, jsonld, wikitext, quickstatements)", run: runExport})
}

// listFlag collects a repeatable, comma-separable flag.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error {
	for _, p := range strings.Split(v, ",") {
		if p = strings.TrimSpace(p); p != "" {
			*l = append(*l, p)
		}
	}
	return nil
}

// exportMemoryLimit is the Go runtime's soft memory limit during an export.
const exportMemoryLimit = 200 << 20

// exportRequest is a parsed and checked export command line.
type exportRequest struct {
	format  *export.Format
	opts    export.Options
	out     string
	outDir  bool
	skipped string
}

// parseExport checks everything that needs no database: the format, the
// type, the profile and QID map files, the output path. It returns one
// line naming the bad input.
func parseExport(a *app, fs *flag.FlagSet, args []string) (*exportRequest, error) {
	format := fs.String("format", "json", "output format: "+strings.Join(export.Formats(), ", "))
	var ids listFlag
	fs.Var(&ids, "id", "export this entity and its neighbours (repeatable, or comma-separated); wikitext makes pages for these only")
	typ := fs.String("type", "", "only entities of this type: Person, Character, Film, Organisation, Franchise")
	franchise := fs.String("franchise", "", "only this franchise, its films and their neighbours (e.g. franchise:john-wick)")
	out := fs.String("o", "", "output file, or directory (csv always; wikitext: one file per page); default standard output")
	profile := fs.String("profile", "", "wikitext: JSON or YAML field map of the wiki's templates (default Wikipedia's)")
	form := fs.String("form", "snippets", "wikitext: snippets, json (one object per page) or pagefromfile (pywikibot bundle)")
	qidMap := fs.String("qid-map", "", "quickstatements: file mapping entity ids to Wikidata QIDs (JSON object or 'id QID' lines)")
	create := fs.Bool("create", false, "quickstatements: CREATE items for unmapped films instead of skipping them")
	retrieved := fs.String("retrieved", "", "quickstatements: retrieval date YYYY-MM-DD written as S813 on every source")
	skipped := fs.String("skipped", "", "quickstatements: write the statements skipped for want of a QID (or learned) to this file")
	includeLearned := fs.Bool("include-learned", false, "quickstatements: also write the credits only the learned classifier found (machine-inferred; left out by default)")
	if err := fs.Parse(args); err != nil {
		return nil, exitError{2}
	}
	if fs.NArg() != 0 {
		fs.Usage()
		return nil, exitError{2}
	}
	f, err := export.Lookup(*format)
	if err != nil {
		return nil, err
	}
	r := &exportRequest{format: f, out: *out, skipped: *skipped}
	r.opts = export.Options{Filter: export.Filter{IDs: ids, Type: kg.NodeType(*typ), Franchise: *franchise},
		Form: *form, CreateUnmapped: *create, Retrieved: *retrieved, IncludeLearned: *includeLearned}
	if r.opts.Filter.Type != "" && !r.opts.Filter.Type.Valid() {
		return nil, fmt.Errorf("--type %q: not one of Person, Character, Film, Organisation, Franchise", *typ)
	}
	if *profile != "" {
		if r.opts.Profile, err = export.LoadProfile(*profile); err != nil {
			return nil, err
		}
	}
	if *qidMap != "" {
		if r.opts.QIDs, err = export.LoadQIDMap(*qidMap); err != nil {
			return nil, err
		}
	}
	if r.out == "" {
		if f.NeedsDir {
			return nil, fmt.Errorf("--format %s writes several files: give -o DIR", f.Name)
		}
		return r, nil
	}
	st, statErr := os.Stat(r.out)
	r.outDir = f.NeedsDir || (statErr == nil && st.IsDir()) || strings.HasSuffix(r.out, string(os.PathSeparator))
	if r.outDir && !f.NeedsDir && (f.Name != "wikitext" || *form == "pagefromfile") {
		return nil, fmt.Errorf("-o %s: is a directory; --format %s writes one file", r.out, f.Name)
	}
	if statErr == nil && !st.IsDir() && r.outDir {
		return nil, fmt.Errorf("-o %s: exists and is not a directory", r.out)
	}
	if err := checkWritable(filepath.Dir(filepath.Clean(r.out))); err != nil {
		return nil, fmt.Errorf("-o %s: %v", r.out, err)
	}
	return r, nil
}

// checkWritable fails when dir cannot take a new file.
func checkWritable(dir string) error {
	st, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("directory %s does not exist", dir)
	}
	if !st.IsDir() {
		return fmt.Errorf("%s is not a directory", dir)
	}
	f, err := os.CreateTemp(dir, ".franchisekg-probe-*")
	if err != nil {
		return fmt.Errorf("directory %s is not writable", dir)
	}
	f.Close()
	return os.Remove(f.Name())
}

// runExport reads the graph from Neo4j and writes it in the chosen format,
// through a temporary file or directory renamed into place, so a failure
// leaves no partial output.
func runExport(ctx context.Context, a *app, args []string) error {
	fs := newFlagSet(a, "export", "usage: franchisekg export [--format F] [--id ID ...] [--type T] [--franchise ID] [-o FILE|DIR] [format flags]")
	c, err := loadConfig(fs)
	if err != nil {
		return err
	}
	req, err := parseExport(a, fs, args)
	if err != nil {
		return err
	}
	var skipped strings.Builder
	if req.format.Name == "quickstatements" {
		req.opts.Skipped = &skipped
	}
	s, err := openStore(ctx, c, a.stderr)
	if err != nil {
		return err
	}
	defer s.Close(context.Background())
	if os.Getenv("GOMEMLIMIT") == "" {
		// a soft limit keeps the streamed export's heap (pages of entities
		// with their claims) well under 300 MB on 100,000-entity graphs
		debug.SetMemoryLimit(exportMemoryLimit)
	}
	r := export.NewStoreReader(s)
	run := func(t export.Target) error { return export.Export(ctx, r, req.format, req.opts, t) }
	switch {
	case req.out == "":
		err = run(export.Target{W: a.stdout})
	case req.outDir:
		err = export.WriteDir(req.out, func(d export.Sink) error { return run(export.Target{Dir: d}) })
	default:
		err = export.WriteFile(req.out, func(w io.Writer) error { return run(export.Target{W: w}) })
	}
	if err != nil {
		return err
	}
	if n := strings.Count(skipped.String(), "\n"); n > 0 {
		if req.skipped != "" {
			if err := export.WriteFile(req.skipped, func(w io.Writer) error {
				_, err := io.WriteString(w, skipped.String())
				return err
			}); err != nil {
				return err
			}
			fmt.Fprintf(a.stderr, "franchisekg export: %d statements skipped for want of a QID (listed in %s)\n", n, req.skipped)
		} else {
			fmt.Fprintf(a.stderr, "franchisekg export: %d statements skipped for want of a QID (list them with --skipped FILE)\n", n)
		}
	}
	return nil
}
