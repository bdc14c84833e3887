package exec

// Hand-written (not generated): the list marshaller that the generated code
// calls instead of graphql.MarshalSliceConcurrently; graph/generate.go
// rewrites the calls after gqlgen runs (see graph/internal/execpatch).

import (
	"context"
	"reflect"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// marshalSlice marshals the elements of a list. When the selection under
// the list reaches a field with a resolver, it is gqlgen's
// MarshalSliceConcurrently (a goroutine per element): resolvers may wait on
// the per-request dataloaders, whose batches need the elements' resolvers
// to run side by side. Otherwise marshalling an element only copies data
// already loaded, and the elements are marshalled one after the other in
// this goroutine, with the same field contexts, paths and panic handling
// (a panicking element makes the list nil and adds an error).
func marshalSlice(ctx context.Context, sel ast.SelectionSet, length int, workerLimit int64, omitPanicHandler bool,
	marshalElement func(ctx context.Context, i int) graphql.Marshaler) (ret graphql.Array) {
	if length < 2 || selectsResolver(sel) {
		return graphql.MarshalSliceConcurrently(ctx, length, workerLimit, omitPanicHandler, marshalElement)
	}
	ret = make(graphql.Array, length)
	var childCtx context.Context
	if !omitPanicHandler {
		defer func() {
			if r := recover(); r != nil {
				graphql.AddError(childCtx, graphql.Recover(childCtx, r))
				ret = nil
			}
		}()
	}
	for i := range length {
		childCtx = graphql.WithFieldContext(ctx, &graphql.FieldContext{Index: &i})
		ret[i] = marshalElement(childCtx, i)
	}
	return ret
}

// selectsResolver reports whether sel, or any selection nested in it
// (through fields, inline fragments and fragment spreads), asks for a field
// that gqlgen resolves with a resolver method.
func selectsResolver(sel ast.SelectionSet) bool {
	for _, s := range sel {
		switch s := s.(type) {
		case *ast.Field:
			if isResolverField(s.ObjectDefinition, s.Name) || selectsResolver(s.SelectionSet) {
				return true
			}
		case *ast.InlineFragment:
			if selectsResolver(s.SelectionSet) {
				return true
			}
		case *ast.FragmentSpread:
			if s.Definition == nil || selectsResolver(s.Definition.SelectionSet) {
				return true
			}
		}
	}
	return false
}

// isResolverField reports whether field of type def has a resolver; for an
// interface or union (or an unknown type) whether any type has a resolver
// for a field of that name.
func isResolverField(def *ast.Definition, field string) bool {
	name := strings.ToLower(field)
	if def == nil || def.Kind == ast.Interface || def.Kind == ast.Union {
		return resolverFields["*."+name]
	}
	return resolverFields[def.Name+"."+name]
}

// resolverFields holds "Type.field" (lower-cased field) for every method of
// the resolver interfaces of ResolverRoot, and "*.field" for every such
// field name. Read from the interfaces, it follows the schema whenever the
// code is regenerated.
var resolverFields = func() map[string]bool {
	m := map[string]bool{}
	root := reflect.TypeFor[ResolverRoot]()
	for i := range root.NumMethod() {
		typ := root.Method(i)
		r := typ.Type.Out(0)
		for j := range r.NumMethod() {
			f := strings.ToLower(r.Method(j).Name)
			m[typ.Name+"."+f] = true
			m["*."+f] = true
		}
	}
	return m
}()
