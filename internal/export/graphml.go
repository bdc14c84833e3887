package export

import (
	"bufio"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

func init() {
	registerFormat(&Format{Name: "graphml", Ext: ".graphml", ContentType: "application/graphml+xml; charset=utf-8", write: writeGraphML})
}

// graphml fixed keys: nodes get label and type (what Gephi, yEd and
// Cytoscape show), edges get type; properties follow as plain strings.
var graphmlFixedNodeKeys = []string{"label", "type", "aliases", "sources"}

// writeGraphML writes a GraphML document: every <key> declared before the
// <graph>, attr.type "string" (or "boolean" for disputed), nodes with label
// and type, edges with type and their qualifiers (character, role, job),
// multi-valued properties joined with "; ", sources as
// "<article>#<sentence>" refs, and learned (boolean, default false, declared
// only when some edge is learned: true for an edge only the learned credit
// classifier found). Edges are emitted only between selected nodes, so
// every edge end is present.
func writeGraphML(ctx context.Context, r Reader, sel *Selection, o *Options, t Target) error {
	ks, err := scanKeys(ctx, r, sel)
	if err != nil {
		return err
	}
	disputed, err := disputedEdges(ctx, r, sel)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(t.W, 64<<10)
	bw.WriteString(xml.Header)
	bw.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	nodeKeys := append(append([]string{}, graphmlFixedNodeKeys...), without(ks.allNodeKeys(), graphmlFixedNodeKeys)...)
	edgeKeys := append([]string{"type"}, without(ks.allEdgeKeys(), []string{"type", "disputed", "sources"})...)
	edgeKeys = append(edgeKeys, "disputed", "sources")
	for _, k := range nodeKeys {
		fmt.Fprintf(bw, "  <key id=\"n_%s\" for=\"node\" attr.name=\"%s\" attr.type=\"string\"/>\n", xmlEsc(k), xmlEsc(k))
	}
	for _, k := range edgeKeys {
		typ := "string"
		if k == "disputed" {
			typ = "boolean"
		}
		fmt.Fprintf(bw, "  <key id=\"e_%s\" for=\"edge\" attr.name=\"%s\" attr.type=\"%s\"/>\n", xmlEsc(k), xmlEsc(k), typ)
	}
	if len(ks.learned) > 0 {
		bw.WriteString("  <key id=\"e_learned\" for=\"edge\" attr.name=\"learned\" attr.type=\"boolean\">\n    <default>false</default>\n  </key>\n")
	}
	bw.WriteString("  <graph id=\"franchisekg\" edgedefault=\"directed\">\n")
	err = r.Nodes(ctx, sel, func(n *kg.Node) error {
		fmt.Fprintf(bw, "    <node id=\"%s\">\n", xmlEsc(n.ID))
		data(bw, "n_label", n.Name)
		data(bw, "n_type", string(n.Type))
		if len(n.Aliases) > 0 {
			data(bw, "n_aliases", strings.Join(n.Aliases, "; "))
		}
		data(bw, "n_sources", strings.Join(sourceRefs(n.Sources, map[string]bool{}), "; "))
		for _, k := range without(ks.nodeKeys[n.Type], graphmlFixedNodeKeys) {
			if v, ok := n.Properties[k]; ok {
				data(bw, "n_"+k, strings.Join(values(v), "; "))
			}
		}
		_, err := bw.WriteString("    </node>\n")
		return err
	})
	if err != nil {
		return err
	}
	i := 0
	err = r.Edges(ctx, sel, func(e *kg.Edge) error {
		fmt.Fprintf(bw, "    <edge id=\"e%d\" source=\"%s\" target=\"%s\">\n", i, xmlEsc(e.From), xmlEsc(e.To))
		i++
		data(bw, "e_type", string(e.Type))
		for _, k := range without(ks.edgeKeys[e.Type], []string{"type", "disputed", "sources"}) {
			if v, ok := e.Properties[k]; ok {
				data(bw, "e_"+k, strings.Join(values(v), "; "))
			}
		}
		data(bw, "e_disputed", strconv.FormatBool(disputed[edgeKey(e.From, e.Type, e.To)]))
		data(bw, "e_sources", strings.Join(sourceRefs(e.Sources, map[string]bool{}), "; "))
		if e.Learned() {
			data(bw, "e_learned", "true")
		}
		_, err := bw.WriteString("    </edge>\n")
		return err
	})
	if err != nil {
		return err
	}
	bw.WriteString("  </graph>\n</graphml>\n")
	return bw.Flush()
}

func data(w io.Writer, key, v string) {
	fmt.Fprintf(w, "      <data key=\"%s\">%s</data>\n", xmlEsc(key), xmlEsc(v))
}

func xmlEsc(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

func without(l, drop []string) []string {
	var out []string
	for _, s := range l {
		if !contains(drop, s) {
			out = append(out, s)
		}
	}
	return out
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}
