package exec

// Hand-written (not generated): direct marshalling of objects whose
// selection asks only for plain scalar fields (read from the model without
// a resolver, no arguments, nothing that can fail), e.g. the edges and
// nodes of a neighbourhood. graph/internal/execpatch points the generated
// code's calls of ec._T at ec.directT after gqlgen runs.
//
// gqlgen executes every such field through graphql.ResolveField: a field
// context, a context value, a deferred panic handler, the field middleware
// chain and a marshaler closure per scalar, and a FieldSet per object. For
// a plain field all of that produces the value's JSON and nothing else, so
// the direct path writes the same bytes (a test compares it with the
// generated path for every handled field, aliases, duplicates, fragments,
// @skip/@include and __typename) without the per-field machinery. It
// bypasses field middleware (handler.AroundFields), which the server does
// not install; a selection with any other field falls back to the
// generated code.

import (
	"context"
	"io"
	"unicode/utf8"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/franchisekg/franchisekg/graph/model"
)

// directType lists the fields of object type name that the direct path
// writes, each as a function writing the field's JSON value of obj.
type directType[T any] struct {
	name         string
	implementors []string
	fields       map[string]func(w io.Writer, obj *T)
}

// directObject marshals obj's collected fields as the generated code's
// FieldSet would.
type directObject[T any] struct {
	typ    *directType[T]
	fields []graphql.CollectedField
	obj    *T
}

var (
	openBrace  = []byte{'{'}
	closeBrace = []byte{'}'}
	comma      = []byte{','}
	colon      = []byte{':'}
	nullLit    = []byte("null")
	trueLit    = []byte("true")
	falseLit   = []byte("false")
)

// marshalDirect returns the direct marshaler of obj under sel, and false
// when sel asks for a field the direct path does not handle (the caller
// then uses the generated code).
func marshalDirect[T any](oc *graphql.OperationContext, sel ast.SelectionSet, typ *directType[T], obj *T) (graphql.Marshaler, bool) {
	fields := graphql.CollectFields(oc, sel, typ.implementors)
	for _, f := range fields {
		if f.IsDeferred() || len(f.Arguments) > 0 {
			return nil, false
		}
		if _, ok := typ.fields[f.Name]; !ok && f.Name != "__typename" {
			return nil, false
		}
	}
	return &directObject[T]{typ: typ, fields: fields, obj: obj}, true
}

// MarshalGQL writes the object: fields in selection order, a repeated
// response name once (its first occurrence), as graphql.FieldSet does.
func (d *directObject[T]) MarshalGQL(w io.Writer) {
	_, _ = w.Write(openBrace)
	written := 0
	for i, f := range d.fields {
		if seenAlias(d.fields[:i], f.Alias) {
			continue
		}
		if written > 0 {
			_, _ = w.Write(comma)
		}
		written++
		writeQuoted(w, f.Alias)
		_, _ = w.Write(colon)
		if f.Name == "__typename" {
			writeQuoted(w, d.typ.name)
			continue
		}
		d.typ.fields[f.Name](w, d.obj)
	}
	_, _ = w.Write(closeBrace)
}

func seenAlias(fields []graphql.CollectedField, alias string) bool {
	for _, f := range fields {
		if f.Alias == alias {
			return true
		}
	}
	return false
}

// writeQuoted writes s as a JSON string exactly as gqlgen's scalar
// marshalers do (graphql.MarshalString): ", \ and control characters
// escaped, everything else, invalid UTF-8 included, as is.
func writeQuoted(w io.Writer, s string) {
	const hex = "0123456789ABCDEF" // upper case, as gqlgen writes it
	start := 0
	_, _ = io.WriteString(w, `"`)
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf || c >= 0x20 && c != '\\' && c != '"' {
			i++
			continue
		}
		_, _ = io.WriteString(w, s[start:i])
		switch c {
		case '\t':
			_, _ = io.WriteString(w, `\t`)
		case '\r':
			_, _ = io.WriteString(w, `\r`)
		case '\n':
			_, _ = io.WriteString(w, `\n`)
		case '\\':
			_, _ = io.WriteString(w, `\\`)
		case '"':
			_, _ = io.WriteString(w, `\"`)
		default:
			_, _ = w.Write([]byte{'\\', 'u', '0', '0', hex[c>>4], hex[c&0xf]})
		}
		i++
		start = i
	}
	_, _ = io.WriteString(w, s[start:])
	_, _ = io.WriteString(w, `"`)
}

func writeOptString(w io.Writer, s *string) {
	if s == nil {
		_, _ = w.Write(nullLit)
		return
	}
	writeQuoted(w, *s)
}

func writeBool(w io.Writer, b bool) {
	if b {
		_, _ = w.Write(trueLit)
		return
	}
	_, _ = w.Write(falseLit)
}

// writeStrings writes a non-null list of non-null strings (a nil slice is
// the empty list, as the generated marshaler writes it).
func writeStrings(w io.Writer, l []string) {
	_, _ = w.Write([]byte{'['})
	for i, s := range l {
		if i > 0 {
			_, _ = w.Write(comma)
		}
		writeQuoted(w, s)
	}
	_, _ = w.Write([]byte{']'})
}

var graphEdgeDirect = directType[model.GraphEdge]{name: "GraphEdge", implementors: graphEdgeImplementors,
	fields: map[string]func(io.Writer, *model.GraphEdge){
		"from":      func(w io.Writer, o *model.GraphEdge) { writeQuoted(w, o.From) },
		"to":        func(w io.Writer, o *model.GraphEdge) { writeQuoted(w, o.To) },
		"type":      func(w io.Writer, o *model.GraphEdge) { writeQuoted(w, o.Type) },
		"character": func(w io.Writer, o *model.GraphEdge) { writeOptString(w, o.Character) },
		"role":      func(w io.Writer, o *model.GraphEdge) { writeOptString(w, o.Role) },
		"job":       func(w io.Writer, o *model.GraphEdge) { writeOptString(w, o.Job) },
		"disputed":  func(w io.Writer, o *model.GraphEdge) { writeBool(w, o.Disputed) },
	}}

var filmDirect = directType[model.Film]{name: "Film", implementors: filmImplementors,
	fields: map[string]func(io.Writer, *model.Film){
		"id":      func(w io.Writer, o *model.Film) { writeQuoted(w, o.ID) },
		"title":   func(w io.Writer, o *model.Film) { writeQuoted(w, o.Title()) },
		"name":    func(w io.Writer, o *model.Film) { writeQuoted(w, o.Name) },
		"aliases": func(w io.Writer, o *model.Film) { writeStrings(w, o.Aliases) },
	}}

var personDirect = directType[model.Person]{name: "Person", implementors: personImplementors,
	fields: map[string]func(io.Writer, *model.Person){
		"id":      func(w io.Writer, o *model.Person) { writeQuoted(w, o.ID) },
		"name":    func(w io.Writer, o *model.Person) { writeQuoted(w, o.Name) },
		"aliases": func(w io.Writer, o *model.Person) { writeStrings(w, o.Aliases) },
	}}

var characterDirect = directType[model.Character]{name: "Character", implementors: characterImplementors,
	fields: map[string]func(io.Writer, *model.Character){
		"id":      func(w io.Writer, o *model.Character) { writeQuoted(w, o.ID) },
		"name":    func(w io.Writer, o *model.Character) { writeQuoted(w, o.Name) },
		"aliases": func(w io.Writer, o *model.Character) { writeStrings(w, o.Aliases) },
	}}

var organisationDirect = directType[model.Organisation]{name: "Organisation", implementors: organisationImplementors,
	fields: map[string]func(io.Writer, *model.Organisation){
		"id":      func(w io.Writer, o *model.Organisation) { writeQuoted(w, o.ID) },
		"name":    func(w io.Writer, o *model.Organisation) { writeQuoted(w, o.Name) },
		"aliases": func(w io.Writer, o *model.Organisation) { writeStrings(w, o.Aliases) },
	}}

var franchiseDirect = directType[model.Franchise]{name: "Franchise", implementors: franchiseImplementors,
	fields: map[string]func(io.Writer, *model.Franchise){
		"id":      func(w io.Writer, o *model.Franchise) { writeQuoted(w, o.ID) },
		"name":    func(w io.Writer, o *model.Franchise) { writeQuoted(w, o.Name) },
		"aliases": func(w io.Writer, o *model.Franchise) { writeStrings(w, o.Aliases) },
	}}

func (ec *executionContext) directGraphEdge(ctx context.Context, sel ast.SelectionSet, obj *model.GraphEdge) graphql.Marshaler {
	if m, ok := marshalDirect(ec.OperationContext, sel, &graphEdgeDirect, obj); ok {
		return m
	}
	return ec._GraphEdge(ctx, sel, obj)
}

func (ec *executionContext) directFilm(ctx context.Context, sel ast.SelectionSet, obj *model.Film) graphql.Marshaler {
	if m, ok := marshalDirect(ec.OperationContext, sel, &filmDirect, obj); ok {
		return m
	}
	return ec._Film(ctx, sel, obj)
}

func (ec *executionContext) directPerson(ctx context.Context, sel ast.SelectionSet, obj *model.Person) graphql.Marshaler {
	if m, ok := marshalDirect(ec.OperationContext, sel, &personDirect, obj); ok {
		return m
	}
	return ec._Person(ctx, sel, obj)
}

func (ec *executionContext) directCharacter(ctx context.Context, sel ast.SelectionSet, obj *model.Character) graphql.Marshaler {
	if m, ok := marshalDirect(ec.OperationContext, sel, &characterDirect, obj); ok {
		return m
	}
	return ec._Character(ctx, sel, obj)
}

func (ec *executionContext) directOrganisation(ctx context.Context, sel ast.SelectionSet, obj *model.Organisation) graphql.Marshaler {
	if m, ok := marshalDirect(ec.OperationContext, sel, &organisationDirect, obj); ok {
		return m
	}
	return ec._Organisation(ctx, sel, obj)
}

func (ec *executionContext) directFranchise(ctx context.Context, sel ast.SelectionSet, obj *model.Franchise) graphql.Marshaler {
	if m, ok := marshalDirect(ec.OperationContext, sel, &franchiseDirect, obj); ok {
		return m
	}
	return ec._Franchise(ctx, sel, obj)
}
