// Command execpatch rewrites gqlgen's generated executor (the file named by
// its argument):
//   - lists are marshalled through the hand-written marshalSlice of package
//     exec instead of graphql.MarshalSliceConcurrently, so that lists whose
//     selections reach no resolver are marshalled without a goroutine per
//     element (graph/exec/slice.go);
//   - the calls of the object marshalers ec._T for the types in direct go
//     through ec.directT, which writes selections of plain scalar fields
//     directly and otherwise calls ec._T (graph/exec/direct.go);
//   - Exec sets up the direct path's per-request cache of collected
//     selections (directCache);
//   - a query's answer is written into a buffer from dataBuffer, reusing
//     the storage of answers already sent (graph/exec/databuf.go).
//
// graph/generate.go runs it right after gqlgen; it fails when the generated
// code no longer has an expected call, so a gqlgen upgrade cannot silently
// drop a rewrite.
package main

import (
	"bytes"
	"fmt"
	"os"
)

const (
	from = "graphql.MarshalSliceConcurrently(ctx, len(v), "
	to   = "marshalSlice(ctx, sel, len(v), "
)

// bufFrom is where the generated Exec writes a query's answer.
const (
	bufFrom = "var buf bytes.Buffer\n\t\t\tdata.MarshalGQL(&buf)\n\t\t\tresponse.Data = buf.Bytes()"
	bufTo   = "buf := dataBuffer()\n\t\t\tdata.MarshalGQL(buf)\n\t\t\tresponse.Data = buf.Bytes()"
)

// ecFrom is where the generated Exec makes the request's execution
// context; the direct path's per-request cache is set up right after.
const (
	ecFrom = "ec := newExecutionContext(opCtx, e, make(chan graphql.DeferredResult))\n"
	ecTo   = ecFrom + "\topCtx.Stats.SetExtension(directCacheExt, &directCache{})\n"
)

// direct are the object types whose marshaler calls go through directT.
var direct = []string{"GraphEdge", "Film", "Person", "Character", "Organisation", "Franchise", "Article", "Source", "ActingCredit", "CoStar", "Path", "PathStep", "Neighbourhood"}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: execpatch path/to/exec_gen.go")
		os.Exit(2)
	}
	if err := patch(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "execpatch:", err)
		os.Exit(1)
	}
}

// patch rewrites the file at path in place; it returns an error when the
// file cannot be read or written or holds no call to rewrite.
func patch(path string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	n := bytes.Count(src, []byte(from))
	if n == 0 {
		return fmt.Errorf("%s: no %q call to rewrite (gqlgen's list marshalling changed?)", path, from)
	}
	out := bytes.ReplaceAll(src, []byte(from), []byte(to))
	for _, t := range direct {
		call := []byte("ec._" + t + "(ctx, sel, ")
		if bytes.Count(out, call) == 0 {
			return fmt.Errorf("%s: no %q call to rewrite (gqlgen's object marshalling changed?)", path, call)
		}
		out = bytes.ReplaceAll(out, call, []byte("ec.direct"+t+"(ctx, sel, "))
	}
	if bytes.Count(out, []byte(ecFrom)) != 1 {
		return fmt.Errorf("%s: no single %q to rewrite (gqlgen's Exec changed?)", path, ecFrom)
	}
	out = bytes.Replace(out, []byte(ecFrom), []byte(ecTo), 1)
	if bytes.Count(out, []byte(bufFrom)) != 1 {
		return fmt.Errorf("%s: no single %q to rewrite (gqlgen's Exec changed?)", path, bufFrom)
	}
	out = bytes.Replace(out, []byte(bufFrom), []byte(bufTo), 1)
	return os.WriteFile(path, out, 0o644)
}
