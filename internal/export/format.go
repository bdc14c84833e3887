package export

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// Options configure an export beyond the format.
type Options struct {
	Filter Filter
	// Profile maps wikitext templates and fields (nil: Wikipedia's).
	Profile *Profile
	// Form is the wikitext form: "snippets" (default), "json" (one JSON
	// object per page) or "pagefromfile" (a bundle for pywikibot).
	Form string
	// QIDs maps entity ids to Wikidata items for quickstatements.
	QIDs QIDMap
	// CreateUnmapped makes quickstatements emit CREATE/LAST blocks for
	// unmapped subjects instead of skipping their statements.
	CreateUnmapped bool
	// Retrieved, when set (YYYY-MM-DD), is written as the S813 "retrieved"
	// date of every QuickStatements source.
	Retrieved string
	// Skipped, when set, receives one line per QuickStatements statement
	// left out because an entity has no QID (or because it is learned).
	Skipped io.Writer
	// IncludeLearned makes quickstatements write the credits only the
	// learned credit classifier found (kg.Edge.Learned) and cite the
	// articles where only it read a credit; by default they are left out
	// (skipped), so that an upload to Wikidata holds only what the text
	// states.
	IncludeLearned bool
}

// Target is where a writer puts its output: one stream, or a directory of
// files (csv always needs one; wikitext writes one file per page there).
type Target struct {
	W   io.Writer
	Dir Sink
}

// Sink creates the files of a multi-file export.
type Sink interface {
	// Create opens name (a slash-separated relative path) for writing; the
	// sink closes it when the export completes.
	Create(name string) (io.Writer, error)
}

// Format is one output format.
type Format struct {
	Name string
	// Ext is the file extension of a single-file output.
	Ext string
	// ContentType is served by the HTTP handler.
	ContentType string
	// NeedsDir is true when the format writes several files.
	NeedsDir bool
	write    func(ctx context.Context, r Reader, sel *Selection, o *Options, t Target) error
}

var formats = map[string]*Format{}

func registerFormat(f *Format) { formats[f.Name] = f }

// Formats returns the format names, sorted.
func Formats() []string {
	out := make([]string, 0, len(formats))
	for n := range formats {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Lookup returns the named format, or an error wrapping kg.ErrInvalidInput
// that lists the known ones.
func Lookup(name string) (*Format, error) {
	if f, ok := formats[name]; ok {
		return f, nil
	}
	return nil, fmt.Errorf("format %q: unknown, use one of %s: %w", name, strings.Join(Formats(), ", "), kg.ErrInvalidInput)
}

// Export resolves o.Filter on r and writes the selection in format f to t.
// It returns kg.ErrNotFound for an unknown id, kg.ErrInvalidInput for bad
// options, or the first read or write error.
func Export(ctx context.Context, r Reader, f *Format, o Options, t Target) error {
	if f.NeedsDir && t.Dir == nil {
		return fmt.Errorf("format %s writes several files: give an output directory: %w", f.Name, kg.ErrInvalidInput)
	}
	if err := o.validate(f); err != nil {
		return err
	}
	sel, err := r.Select(ctx, o.Filter)
	if err != nil {
		return err
	}
	return f.write(ctx, r, sel, &o, t)
}

func (o *Options) validate(f *Format) error {
	switch o.Form {
	case "", "snippets", "json", "pagefromfile":
	default:
		return fmt.Errorf("wikitext form %q: use snippets, json or pagefromfile: %w", o.Form, kg.ErrInvalidInput)
	}
	if o.Retrieved != "" && kg.DatePrecision(o.Retrieved) != "day" {
		return fmt.Errorf("retrieved date %q: want YYYY-MM-DD: %w", o.Retrieved, kg.ErrInvalidInput)
	}
	return nil
}
