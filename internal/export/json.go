package export

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"

	"github.com/franchisekg/franchisekg/internal/kg"
)

func init() {
	registerFormat(&Format{Name: "json", Ext: ".json", ContentType: "application/json; charset=utf-8", write: writeJSON})
}

// writeJSON streams the interchange document: byte-identical to
// kg.Document.WriteJSON of the same nodes, edges and conflicts.
func writeJSON(ctx context.Context, r Reader, sel *Selection, o *Options, t Target) error {
	bw := bufio.NewWriterSize(t.W, 64<<10)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("  ", " ")
	item := func(first *bool, v any) error {
		buf.Reset()
		if err := enc.Encode(v); err != nil {
			return err
		}
		if *first {
			bw.WriteString("\n  ")
			*first = false
		} else {
			bw.WriteString(",\n  ")
		}
		_, err := bw.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
		return err
	}
	end := func(first bool, last string) {
		if first {
			bw.WriteString("]" + last)
		} else {
			bw.WriteString("\n ]" + last)
		}
	}
	bw.WriteString("{\n \"nodes\": [")
	first := true
	if err := r.Nodes(ctx, sel, func(n *kg.Node) error { return item(&first, n) }); err != nil {
		return err
	}
	end(first, ",\n \"edges\": [")
	first = true
	if err := r.Edges(ctx, sel, func(e *kg.Edge) error { return item(&first, e) }); err != nil {
		return err
	}
	end(first, ",\n \"conflicts\": [")
	first = true
	if err := r.Conflicts(ctx, sel, func(c *kg.Conflict) error { return item(&first, c) }); err != nil {
		return err
	}
	end(first, "\n}\n")
	return bw.Flush()
}

var _ io.Writer = (*bufio.Writer)(nil)
