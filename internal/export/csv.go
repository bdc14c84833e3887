package export

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

func init() {
	registerFormat(&Format{Name: "csv", Ext: "", ContentType: "application/zip", NeedsDir: true, write: writeCSV})
}

// CSV file names.
const (
	csvArticles   = "articles.csv"
	csvImportArgs = "neo4j-admin-import.txt"
)

func csvNodeFile(t kg.NodeType) string { return "nodes_" + string(t) + ".csv" }

func csvRelFile(g relGroup) string {
	return fmt.Sprintf("rels_%s_%s_%s.csv", g.Type, g.From, g.To)
}

// writeCSV writes neo4j-admin import files into t.Dir: one node file per
// label (id:ID(<Label>), :LABEL "Entity;<Label>", name, title for films,
// aliases:string[], the label's properties, sources:string[] as
// "<article>#<sentence>"), one relationship file per (type, from label,
// to label) with :START_ID(<From>), :END_ID(<To>), :TYPE, qualifiers,
// disputed:boolean and sources (and learned:boolean, true for an edge only
// the learned credit classifier found, in the files holding one), then
// articles.csv, and neo4j-admin-import.txt
// with the matching import options. A property some value of which is a
// list is declared string[] (';'-separated); ';' inside an item becomes ','.
func writeCSV(ctx context.Context, r Reader, sel *Selection, o *Options, t Target) error {
	ks, err := scanKeys(ctx, r, sel)
	if err != nil {
		return err
	}
	var args []string
	// nodes: ids sort by type prefix, so each label's nodes are contiguous.
	var cw *csv.Writer
	var cur kg.NodeType
	var cols []string
	cited := map[string]bool{}
	err = r.Nodes(ctx, sel, func(n *kg.Node) error {
		if n.Type != cur || cw == nil {
			if cw != nil {
				if cw.Flush(); cw.Error() != nil {
					return cw.Error()
				}
			}
			cur = n.Type
			f, err := t.Dir.Create(csvNodeFile(n.Type))
			if err != nil {
				return err
			}
			cw = csv.NewWriter(f)
			cols = ks.nodeKeys[n.Type]
			h := []string{"id:ID(" + string(n.Type) + ")", ":LABEL", "name"}
			if n.Type == kg.Film {
				h = append(h, "title")
			}
			h = append(h, "aliases:string[]")
			for _, k := range cols {
				h = append(h, csvHeader(k, ks.lists[string(n.Type)+"."+k]))
			}
			h = append(h, "sources:string[]")
			if err := cw.Write(h); err != nil {
				return err
			}
			args = append(args, fmt.Sprintf("--nodes=%s", csvNodeFile(n.Type)))
		}
		row := []string{n.ID, "Entity;" + string(n.Type), n.Name}
		if n.Type == kg.Film {
			row = append(row, n.Name)
		}
		row = append(row, csvArray(n.Aliases))
		for _, k := range cols {
			row = append(row, csvArray(values(n.Properties[k])))
		}
		row = append(row, csvArray(sourceRefs(n.Sources, cited)))
		return cw.Write(row)
	})
	if err != nil {
		return err
	}
	if cw != nil {
		if cw.Flush(); cw.Error() != nil {
			return cw.Error()
		}
	}
	// relationships: one open file per group.
	rels := map[relGroup]*csv.Writer{}
	for _, g := range ks.relGroups {
		f, err := t.Dir.Create(csvRelFile(g))
		if err != nil {
			return err
		}
		w := csv.NewWriter(f)
		h := []string{":START_ID(" + string(g.From) + ")", ":END_ID(" + string(g.To) + ")", ":TYPE"}
		for _, k := range ks.edgeKeys[g.Type] {
			h = append(h, csvHeader(k, ks.lists[string(g.Type)+"."+k]))
		}
		h = append(h, "disputed:boolean", "sources:string[]")
		if ks.learned[g] {
			h = append(h, "learned:boolean")
		}
		if err := w.Write(h); err != nil {
			return err
		}
		rels[g] = w
		args = append(args, fmt.Sprintf("--relationships=%s", csvRelFile(g)))
	}
	disputed, err := disputedEdges(ctx, r, sel)
	if err != nil {
		return err
	}
	err = r.Edges(ctx, sel, func(e *kg.Edge) error {
		g := relGroup{e.Type, kg.TypeOfID(e.From), kg.TypeOfID(e.To)}
		row := []string{e.From, e.To, string(e.Type)}
		for _, k := range ks.edgeKeys[e.Type] {
			row = append(row, csvArray(values(e.Properties[k])))
		}
		row = append(row, strconv.FormatBool(disputed[edgeKey(e.From, e.Type, e.To)]), csvArray(sourceRefs(e.Sources, cited)))
		if ks.learned[g] {
			row = append(row, strconv.FormatBool(e.Learned()))
		}
		return rels[g].Write(row)
	})
	if err != nil {
		return err
	}
	for _, g := range ks.relGroups {
		if rels[g].Flush(); rels[g].Error() != nil {
			return rels[g].Error()
		}
	}
	// articles cited by the exported facts
	f, err := t.Dir.Create(csvArticles)
	if err != nil {
		return err
	}
	aw := csv.NewWriter(f)
	if err := aw.Write([]string{"id:ID(Article)", ":LABEL", "title", "date", "path", "url", "sha256"}); err != nil {
		return err
	}
	err = r.Articles(ctx, sortedKeys(cited), func(a *kg.Article) error {
		return aw.Write([]string{a.ID, "Article", a.Title, a.Date, a.Path, a.URL, a.SHA256})
	})
	if err != nil {
		return err
	}
	if aw.Flush(); aw.Error() != nil {
		return aw.Error()
	}
	args = append(args, "--nodes="+csvArticles)
	sort.Strings(args)
	f, err = t.Dir.Create(csvImportArgs)
	if err != nil {
		return err
	}
	_, err = io.WriteString(f, "# neo4j-admin database import full --array-delimiter=';' --id-type=string <database> \\\n#   with the options below (one per line), run in this directory.\n"+strings.Join(args, "\n")+"\n")
	return err
}

func csvHeader(k string, list bool) string {
	if list {
		return k + ":string[]"
	}
	return k
}

func csvArray(l []string) string {
	out := make([]string, len(l))
	for i, s := range l {
		out[i] = strings.ReplaceAll(s, ";", ",")
	}
	return strings.Join(out, ";")
}

// sourceRefs returns "<article>#<sentence>" for each distinct sentence of
// src, recording the cited articles.
func sourceRefs(src []kg.Source, cited map[string]bool) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range src {
		cited[s.Article] = true
		ref := s.Article + "#" + strconv.Itoa(s.Sentence)
		if !seen[ref] {
			seen[ref] = true
			out = append(out, ref)
		}
	}
	return out
}

func edgeKey(from string, t kg.RelType, to string) string {
	return from + "\x00" + string(t) + "\x00" + to
}

// disputedEdges returns the keys (edgeKey) of the selected edges that have
// a conflict.
func disputedEdges(ctx context.Context, r Reader, sel *Selection) (map[string]bool, error) {
	out := map[string]bool{}
	err := r.Conflicts(ctx, sel, func(c *kg.Conflict) error {
		if c.Relation != "" {
			out[edgeKey(c.Subject, c.Relation, c.Object)] = true
		}
		return nil
	})
	return out, err
}
