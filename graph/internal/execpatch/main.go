// Command execpatch rewrites gqlgen's generated executor (the file named by
// its argument) to marshal lists through the hand-written marshalSlice of
// package exec instead of graphql.MarshalSliceConcurrently, so that lists
// whose selections reach no resolver are marshalled without a goroutine
// per element. graph/generate.go runs it right after gqlgen; it fails when
// the generated code no longer has the expected call, so a gqlgen upgrade
// cannot silently drop the rewrite.
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
	return os.WriteFile(path, out, 0o644)
}
