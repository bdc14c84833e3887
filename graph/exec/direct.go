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
	"strconv"
	"unicode/utf8"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/franchisekg/franchisekg/graph/model"
)

// directType lists the fields of object type name that the direct path
// writes: scalar fields as a function writing the field's JSON value of
// obj, object and list fields as a function returning the marshaler of the
// child under the field's selection (false: not directly marshallable,
// e.g. a nil non-null child or a child selection with other fields).
type directType[T any] struct {
	name         string
	implementors []string
	fields       map[string]func(w io.Writer, obj *T)
	children     map[string]func(ec *executionContext, sel ast.SelectionSet, obj *T) (graphql.Marshaler, bool)
}

// directObject marshals obj's collected fields as the generated code's
// FieldSet would; children holds the marshalers of object fields (nil for
// scalars), aligned with fields.
type directObject[T any] struct {
	typ      *directType[T]
	fields   []graphql.CollectedField
	children []graphql.Marshaler
	obj      *T
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
// when sel asks for a field the direct path does not handle, or a child
// that cannot be marshalled directly (the caller then uses the generated
// code for obj).
func marshalDirect[T any](ec *executionContext, sel ast.SelectionSet, typ *directType[T], obj *T) (graphql.Marshaler, bool) {
	fields := graphql.CollectFields(ec.OperationContext, sel, typ.implementors)
	var children []graphql.Marshaler
	for i, f := range fields {
		if f.IsDeferred() || len(f.Arguments) > 0 {
			return nil, false
		}
		if _, ok := typ.fields[f.Name]; ok || f.Name == "__typename" {
			continue
		}
		child, ok := typ.children[f.Name]
		if !ok {
			return nil, false
		}
		m, ok := child(ec, f.Selections, obj)
		if !ok {
			return nil, false
		}
		if children == nil {
			children = make([]graphql.Marshaler, len(fields))
		}
		children[i] = m
	}
	return &directObject[T]{typ: typ, fields: fields, children: children, obj: obj}, true
}

// directChild is the child function of a non-null object field read by
// get: the child's direct marshaler, false when it is nil or not directly
// marshallable.
func directChild[T, C any](get func(*T) *C, typ *directType[C]) func(*executionContext, ast.SelectionSet, *T) (graphql.Marshaler, bool) {
	return func(ec *executionContext, sel ast.SelectionSet, obj *T) (graphql.Marshaler, bool) {
		c := get(obj)
		if c == nil {
			return nil, false
		}
		return marshalDirect(ec, sel, typ, c)
	}
}

// directList is the child function of a non-null list of non-null objects
// read by get (a nil slice is the empty list, as the generated code writes
// it): false when an element is nil or not directly marshallable.
func directList[T, C any](get func(*T) []*C, typ *directType[C]) func(*executionContext, ast.SelectionSet, *T) (graphql.Marshaler, bool) {
	return func(ec *executionContext, sel ast.SelectionSet, obj *T) (graphql.Marshaler, bool) {
		l := get(obj)
		arr := make(graphql.Array, len(l))
		for i, c := range l {
			if c == nil {
				return nil, false
			}
			m, ok := marshalDirect(ec, sel, typ, c)
			if !ok {
				return nil, false
			}
			arr[i] = m
		}
		return arr, true
	}
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
		if d.children != nil && d.children[i] != nil {
			d.children[i].MarshalGQL(w)
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

func writeInt(w io.Writer, n int) {
	var buf [20]byte
	_, _ = w.Write(strconv.AppendInt(buf[:0], int64(n), 10))
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

var articleDirect = directType[model.Article]{name: "Article", implementors: articleImplementors,
	fields: map[string]func(io.Writer, *model.Article){
		"id":       func(w io.Writer, o *model.Article) { writeQuoted(w, o.ID) },
		"title":    func(w io.Writer, o *model.Article) { writeQuoted(w, o.Title) },
		"date":     func(w io.Writer, o *model.Article) { writeQuoted(w, o.Date) },
		"path":     func(w io.Writer, o *model.Article) { writeQuoted(w, o.Path) },
		"url":      func(w io.Writer, o *model.Article) { writeQuoted(w, o.URL) },
		"loadedAt": func(w io.Writer, o *model.Article) { writeQuoted(w, o.LoadedAt) },
	}}

var sourceDirect = directType[model.Source]{name: "Source", implementors: sourceImplementors,
	fields: map[string]func(io.Writer, *model.Source){
		"sentence": func(w io.Writer, o *model.Source) { writeInt(w, o.Sentence) },
		"quote":    func(w io.Writer, o *model.Source) { writeQuoted(w, o.Quote) },
		"start":    func(w io.Writer, o *model.Source) { writeInt(w, o.Start) },
		"end":      func(w io.Writer, o *model.Source) { writeInt(w, o.End) },
		"claimId":  func(w io.Writer, o *model.Source) { writeOptString(w, o.ClaimID) },
	},
	children: map[string]func(*executionContext, ast.SelectionSet, *model.Source) (graphql.Marshaler, bool){
		"article": directChild(func(o *model.Source) *model.Article { return o.Article }, &articleDirect),
	}}

var actingCreditDirect = directType[model.ActingCredit]{name: "ActingCredit", implementors: actingCreditImplementors,
	fields: map[string]func(io.Writer, *model.ActingCredit){
		"characterName": func(w io.Writer, o *model.ActingCredit) { writeOptString(w, o.CharacterName) },
		"disputed":      func(w io.Writer, o *model.ActingCredit) { writeBool(w, o.Disputed) },
	},
	children: map[string]func(*executionContext, ast.SelectionSet, *model.ActingCredit) (graphql.Marshaler, bool){
		"person":  directChild(func(o *model.ActingCredit) *model.Person { return o.Person }, &personDirect),
		"film":    directChild(func(o *model.ActingCredit) *model.Film { return o.Film }, &filmDirect),
		"sources": directList(func(o *model.ActingCredit) []*model.Source { return o.Sources }, &sourceDirect),
	}}

var coStarDirect = directType[model.CoStar]{name: "CoStar", implementors: coStarImplementors,
	children: map[string]func(*executionContext, ast.SelectionSet, *model.CoStar) (graphql.Marshaler, bool){
		"person": directChild(func(o *model.CoStar) *model.Person { return o.Person }, &personDirect),
		"films":  directList(func(o *model.CoStar) []*model.Film { return o.Films }, &filmDirect),
	}}

func (ec *executionContext) directArticle(ctx context.Context, sel ast.SelectionSet, obj *model.Article) graphql.Marshaler {
	if m, ok := marshalDirect(ec, sel, &articleDirect, obj); ok {
		return m
	}
	return ec._Article(ctx, sel, obj)
}

func (ec *executionContext) directSource(ctx context.Context, sel ast.SelectionSet, obj *model.Source) graphql.Marshaler {
	if m, ok := marshalDirect(ec, sel, &sourceDirect, obj); ok {
		return m
	}
	return ec._Source(ctx, sel, obj)
}

func (ec *executionContext) directActingCredit(ctx context.Context, sel ast.SelectionSet, obj *model.ActingCredit) graphql.Marshaler {
	if m, ok := marshalDirect(ec, sel, &actingCreditDirect, obj); ok {
		return m
	}
	return ec._ActingCredit(ctx, sel, obj)
}

func (ec *executionContext) directCoStar(ctx context.Context, sel ast.SelectionSet, obj *model.CoStar) graphql.Marshaler {
	if m, ok := marshalDirect(ec, sel, &coStarDirect, obj); ok {
		return m
	}
	return ec._CoStar(ctx, sel, obj)
}

func (ec *executionContext) directGraphEdge(ctx context.Context, sel ast.SelectionSet, obj *model.GraphEdge) graphql.Marshaler {
	if m, ok := marshalDirect(ec, sel, &graphEdgeDirect, obj); ok {
		return m
	}
	return ec._GraphEdge(ctx, sel, obj)
}

func (ec *executionContext) directFilm(ctx context.Context, sel ast.SelectionSet, obj *model.Film) graphql.Marshaler {
	if m, ok := marshalDirect(ec, sel, &filmDirect, obj); ok {
		return m
	}
	return ec._Film(ctx, sel, obj)
}

func (ec *executionContext) directPerson(ctx context.Context, sel ast.SelectionSet, obj *model.Person) graphql.Marshaler {
	if m, ok := marshalDirect(ec, sel, &personDirect, obj); ok {
		return m
	}
	return ec._Person(ctx, sel, obj)
}

func (ec *executionContext) directCharacter(ctx context.Context, sel ast.SelectionSet, obj *model.Character) graphql.Marshaler {
	if m, ok := marshalDirect(ec, sel, &characterDirect, obj); ok {
		return m
	}
	return ec._Character(ctx, sel, obj)
}

func (ec *executionContext) directOrganisation(ctx context.Context, sel ast.SelectionSet, obj *model.Organisation) graphql.Marshaler {
	if m, ok := marshalDirect(ec, sel, &organisationDirect, obj); ok {
		return m
	}
	return ec._Organisation(ctx, sel, obj)
}

func (ec *executionContext) directFranchise(ctx context.Context, sel ast.SelectionSet, obj *model.Franchise) graphql.Marshaler {
	if m, ok := marshalDirect(ec, sel, &franchiseDirect, obj); ok {
		return m
	}
	return ec._Franchise(ctx, sel, obj)
}
