package export

import (
	"bufio"
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

func init() {
	registerFormat(&Format{Name: "quickstatements", Ext: ".qs.tsv", ContentType: "text/tab-separated-values; charset=utf-8", write: writeQuickStatements})
}

// Wikidata properties and classes used.
const (
	pCastMember     = "P161"
	pCharacterRole  = "P453"
	pCharacterName  = "P4633"
	pDirector       = "P57"
	pScreenwriter   = "P58"
	pProducer       = "P162"
	pProductionCo   = "P272"
	pDistributedBy  = "P750"
	pPublication    = "P577"
	pMediaFranchise = "P8345"
	pInstanceOf     = "P31"
	sReferenceURL   = "S854"
	sRetrieved      = "S813"
	sTitle          = "S1476"
	sPublication    = "S577"
	qFilm           = "Q11424"
	qTVSeries       = "Q5398426"
)

// qsRels maps relationship types into a film to Wikidata properties.
var qsRels = map[kg.RelType]string{kg.ActedIn: pCastMember, kg.Directed: pDirector, kg.Wrote: pScreenwriter,
	kg.Distributed: pDistributedBy}

// writeQuickStatements writes QuickStatements v1 (tab-separated) for every
// selected film: cast member P161 (character role P453 when the character
// has a QID, else character name P4633), director P57, screenwriter P58,
// producer P162, production company P272, distributed by P750, media
// franchise P8345 and publication date P577 with explicit precision. Each
// statement is written once per article stating it, with that article as
// the reference: S854 URL, S1476 title, S577 date, S813 retrieved (when
// Options.Retrieved is set). A film without a QID becomes a CREATE/LAST
// block with Options.CreateUnmapped, else its statements are skipped; a
// statement whose value has no QID is skipped. A learned credit (every
// source learned: machine-inferred) is skipped, and a learned source of a
// stated credit is not cited, unless Options.IncludeLearned. Skipped
// statements are reported to Options.Skipped.
func writeQuickStatements(ctx context.Context, r Reader, sel *Selection, o *Options, t Target) error {
	bw := bufio.NewWriterSize(t.W, 64<<10)
	skip := func(subject, prop, object, why string) {
		if o.Skipped != nil {
			fmt.Fprintf(o.Skipped, "skipped %s %s %s: %s\n", subject, prop, object, why)
		}
	}
	var films []*kg.Node
	flush := func() error {
		if len(films) == 0 {
			return nil
		}
		ids := make([]string, len(films))
		for i, f := range films {
			ids[i] = f.ID
		}
		into := map[string][]*kg.Edge{}
		err := r.Incident(ctx, ids, func(e *kg.Edge) error {
			if sel.Has(e.From) && sel.Has(e.To) {
				c := *e
				into[e.To] = append(into[e.To], &c)
				if e.Type == kg.PartOf {
					into[e.From] = append(into[e.From], &c)
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
		var srcs [][]kg.Source
		for _, f := range films {
			for _, fa := range f.Facts {
				srcs = append(srcs, fa.Sources)
			}
			for _, e := range into[f.ID] {
				srcs = append(srcs, e.Sources)
			}
		}
		b := &pageBuilder{r: r, articles: map[string]*kg.Article{}}
		if err := b.loadArticles(ctx, srcs...); err != nil {
			return err
		}
		for _, f := range films {
			if err := qsFilm(bw, b, o, f, into[f.ID], skip); err != nil {
				return err
			}
		}
		films = films[:0]
		return nil
	}
	err := r.Nodes(ctx, sel, func(n *kg.Node) error {
		if n.Type != kg.Film {
			return nil
		}
		c := *n
		films = append(films, &c)
		if len(films) == 200 {
			return flush()
		}
		return nil
	})
	if err != nil {
		return err
	}
	if err := flush(); err != nil {
		return err
	}
	return bw.Flush()
}

// qsFilm writes the statements about one film.
func qsFilm(w *bufio.Writer, b *pageBuilder, o *Options, f *kg.Node, edges []*kg.Edge, skip func(s, p, o, why string)) error {
	subj := o.QIDs[f.ID]
	if subj == "" {
		if !o.CreateUnmapped {
			skip(f.ID, "*", "*", "the film has no QID (map it, or export with --create)")
			return nil
		}
		class := qFilm
		if contains(values(f.Properties[kg.PropFormat]), kg.FormatSeries) {
			class = qTVSeries
		}
		fmt.Fprintf(w, "CREATE\nLAST\tLen\t%s\nLAST\t%s\t%s\n", qsString(f.Name), pInstanceOf, class)
		subj = "LAST"
	}
	type stmt struct {
		prop, value string
		quals       []string
		sources     []kg.Source
	}
	var out []stmt
	for _, e := range edges {
		other := e.From
		prop := qsRels[e.Type]
		switch {
		case e.Type == kg.Produced && kg.TypeOfID(e.From) == kg.Organisation:
			prop = pProductionCo
		case e.Type == kg.Produced:
			prop = pProducer
		case e.Type == kg.PartOf && e.From == f.ID && kg.TypeOfID(e.To) == kg.Franchise:
			prop, other = pMediaFranchise, e.To
		case e.To != f.ID:
			continue
		}
		if prop == "" {
			continue
		}
		if e.Learned() && !o.IncludeLearned {
			skip(f.ID, prop, other, "learned credit, machine-inferred (export with --include-learned to include it)")
			continue
		}
		q := o.QIDs[other]
		if q == "" {
			skip(f.ID, prop, other, "no QID for "+other)
			continue
		}
		var chars []kg.Fact
		for _, fa := range e.Facts {
			if e.Type == kg.ActedIn && fa.Property == kg.QualCharacter {
				chars = append(chars, fa)
			}
		}
		if len(chars) == 0 {
			src := e.Sources
			if !o.IncludeLearned {
				src = statedSources(src)
			}
			out = append(out, stmt{prop: prop, value: q, sources: src})
			continue
		}
		for _, c := range chars {
			qual := []string{pCharacterName, qsString(c.Value)}
			if cq := o.QIDs[kg.ID(kg.Character, c.Value)]; cq != "" {
				qual = []string{pCharacterRole, cq}
			}
			out = append(out, stmt{prop: prop, value: q, quals: qual, sources: c.Sources})
		}
	}
	for _, fa := range f.Facts {
		if fa.Property != kg.PropReleaseDate {
			continue
		}
		if tv := qsTime(fa.Value); tv != "" {
			out = append(out, stmt{prop: pPublication, value: tv, sources: fa.Sources})
		} else {
			skip(f.ID, pPublication, fa.Value, "not an ISO date")
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].prop != out[j].prop {
			return propNum(out[i].prop) < propNum(out[j].prop)
		}
		return out[i].value < out[j].value
	})
	for _, s := range out {
		seen := map[string]bool{}
		for _, src := range s.sources {
			if seen[src.Article] {
				continue
			}
			seen[src.Article] = true
			line := []string{subj, s.prop, s.value}
			line = append(line, s.quals...)
			line = append(line, qsSource(b.articles[src.Article], src, o.Retrieved)...)
			w.WriteString(strings.Join(line, "\t") + "\n")
		}
	}
	return nil
}

// statedSources returns src without its learned sources (src itself when
// it has none).
func statedSources(src []kg.Source) []kg.Source {
	for i, s := range src {
		if s.Learned() {
			out := append([]kg.Source(nil), src[:i]...)
			for _, s := range src[i+1:] {
				if !s.Learned() {
					out = append(out, s)
				}
			}
			return out
		}
	}
	return src
}

func propNum(p string) int {
	n := 0
	fmt.Sscanf(p[1:], "%d", &n)
	return n
}

// qsSource returns the S-pairs of one article reference.
func qsSource(a *kg.Article, src kg.Source, retrieved string) []string {
	var out []string
	if a == nil {
		a = &kg.Article{ID: src.Article, Date: src.Date}
	}
	if a.URL != "" {
		out = append(out, sReferenceURL, qsString(a.URL))
	}
	title := a.Title
	if title == "" {
		title = a.ID
	}
	out = append(out, sTitle, "en:"+qsString(title))
	if d := qsTime(a.Date); d != "" {
		out = append(out, sPublication, d)
	}
	if retrieved != "" {
		out = append(out, sRetrieved, qsTime(retrieved))
	}
	return out
}

// qsString quotes a QuickStatements string; v1 has no escape for '"' or
// tabs, so they become "'" and spaces.
func qsString(s string) string {
	s = strings.NewReplacer("\"", "'", "\t", " ", "\n", " ", "\r", " ").Replace(s)
	return "\"" + s + "\""
}

// qsTime returns a QuickStatements time with explicit precision (9 year,
// 10 month, 11 day) for an ISO date prefix, or "".
func qsTime(v string) string {
	switch kg.DatePrecision(v) {
	case "year":
		return "+" + v + "-00-00T00:00:00Z/9"
	case "month":
		return "+" + v + "-00T00:00:00Z/10"
	case "day":
		return "+" + v + "T00:00:00Z/11"
	}
	return ""
}
