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
//
// Objects reached through other objects are written the same way: object
// and list children (a credit's person and sources, a path's steps and
// their ends, a neighbourhood's center, nodes and edges), fields of the
// Node interface by the node's concrete type. A list whose selection holds
// scalar fields only is written with its fields collected once for the
// whole list (once per node type for a list of nodes), with no marshaler,
// field context or map look-up per element: a depth-2 neighbourhood's 100
// nodes and ~250 edges in about a fifth of the generated code's time and
// allocations (BenchmarkNeighbourhoodMarshal).

import (
	"bytes"
	"context"
	"io"
	"strconv"
	"sync"
	"unicode/utf8"
	"unsafe"

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
	nullLit    = []byte("null")
	trueLit    = []byte("true")
	falseLit   = []byte("false")

	openBracket  = []byte{'['}
	closeBracket = []byte{']'}
)

// marshalDirect returns the direct marshaler of obj under sel, and false
// when sel asks for a field the direct path does not handle, or a child
// that cannot be marshalled directly (the caller then uses the generated
// code for obj).
func marshalDirect[T any](ec *executionContext, sel ast.SelectionSet, typ *directType[T], obj *T) (graphql.Marshaler, bool) {
	os, ok := objectFields(ec, sel, typ)
	if !ok {
		return nil, false
	}
	var children []graphql.Marshaler
	if os.hasChild {
		children = make([]graphql.Marshaler, len(os.fields))
		for i, child := range os.children {
			if child == nil {
				continue
			}
			m, ok := child(ec, os.fields[i].Selections, obj)
			if !ok {
				return nil, false
			}
			children[i] = m
		}
	}
	return &directObject[T]{typ: typ, fields: os.fields, children: children, obj: obj}, true
}

// objectSel is what marshalDirect needs of a selection on type T, collected
// once per request (see plainFields): the fields, and the child function
// of each object or list field (nil for scalars and __typename).
type objectSel[T any] struct {
	fields   []graphql.CollectedField
	children []func(*executionContext, ast.SelectionSet, *T) (graphql.Marshaler, bool)
	hasChild bool
}

// objectFields returns the objectSel of sel on typ, false when sel asks for
// a field the direct path does not handle.
func objectFields[T any](ec *executionContext, sel ast.SelectionSet, typ *directType[T]) (*objectSel[T], bool) {
	k := plainKey{sel: unsafe.SliceData(sel), n: len(sel), typ: typ, object: true}
	c := ec.directCache()
	if c != nil {
		c.mu.Lock()
		v, seen := c.plain[k]
		c.mu.Unlock()
		if seen {
			os := v.(*objectSel[T])
			return os, os != nil
		}
	}
	os, ok := collectObject(ec, sel, typ)
	if c != nil {
		c.mu.Lock()
		if c.plain == nil {
			c.plain = make(map[plainKey]any)
		}
		c.plain[k] = os
		c.mu.Unlock()
	}
	return os, ok
}

// collectObject is objectFields without the cache.
func collectObject[T any](ec *executionContext, sel ast.SelectionSet, typ *directType[T]) (*objectSel[T], bool) {
	fields := graphql.CollectFields(ec.OperationContext, sel, typ.implementors)
	os := &objectSel[T]{fields: fields, children: make([]func(*executionContext, ast.SelectionSet, *T) (graphql.Marshaler, bool), len(fields))}
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
		os.children[i], os.hasChild = child, true
	}
	return os, true
}

// plainSel is how objects of type T are written under one selection that
// asks for scalar fields only: the selection's response names, each
// quoted with its colon (and the comma before it), in order, a repeated
// name once, and the writer of each field's value (nil for __typename).
type plainSel[T any] struct {
	keys     [][]byte
	write    []func(io.Writer, *T)
	typename []byte
}

// plainFields returns the plain selection of sel on typ when every field
// it selects is a scalar field the direct path writes (or __typename):
// objects of typ under sel are then written without a marshaler each and
// without collecting their fields again. It returns false otherwise.
func plainFields[T any](ec *executionContext, sel ast.SelectionSet, typ *directType[T]) (*plainSel[T], bool) {
	k := plainKey{sel: unsafe.SliceData(sel), n: len(sel), typ: typ}
	c := ec.directCache()
	if c == nil {
		return collectPlain(ec, sel, typ)
	}
	c.mu.Lock()
	v, seen := c.plain[k]
	c.mu.Unlock()
	if seen {
		p := v.(*plainSel[T])
		return p, p != nil
	}
	p, ok := collectPlain(ec, sel, typ)
	c.mu.Lock()
	if c.plain == nil {
		c.plain = make(map[plainKey]any)
	}
	c.plain[k] = p
	c.mu.Unlock()
	return p, ok
}

// directCache is the request's cache of plain selections (set by the
// generated Exec as an extension of the operation's Stats, a line added by
// graph/internal/execpatch; without it nothing is cached): the
// objects of one list, or the ends of a path's steps, share a selection,
// whose fields are then collected and checked once per request (once per
// node type). Keys are selection sets as the request's CollectFields
// returns them (cached by gqlgen for the request: the same slice every
// time) and types; nil for a selection that is not plain. The direct path
// can run on several goroutines of one request (lists marshalled
// concurrently), hence the lock.
type directCache struct {
	mu    sync.Mutex
	plain map[plainKey]any
}

// directCacheExt names the cache among the operation's Stats extensions.
const directCacheExt = "franchisekg/direct"

// directCache returns the request's cache, nil when the operation has none.
func (ec *executionContext) directCache() *directCache {
	c, _ := ec.Stats.GetExtension(directCacheExt).(*directCache)
	return c
}

type plainKey struct {
	sel    *ast.Selection
	n      int
	typ    any
	object bool // an objectSel, not a plainSel
}

// collectPlain is plainFields without the cache.
func collectPlain[T any](ec *executionContext, sel ast.SelectionSet, typ *directType[T]) (*plainSel[T], bool) {
	fields := graphql.CollectFields(ec.OperationContext, sel, typ.implementors)
	p := &plainSel[T]{keys: make([][]byte, 0, len(fields)), write: make([]func(io.Writer, *T), 0, len(fields)),
		typename: appendQuoted(nil, typ.name)}
	for i, f := range fields {
		if f.IsDeferred() || len(f.Arguments) > 0 {
			return nil, false
		}
		wr, ok := typ.fields[f.Name]
		if !ok && f.Name != "__typename" {
			return nil, false
		}
		if seenAlias(fields[:i], f.Alias) {
			continue
		}
		var k []byte
		if len(p.keys) > 0 {
			k = append(k, ',')
		}
		p.keys = append(p.keys, append(appendQuoted(k, f.Alias), ':'))
		p.write = append(p.write, wr)
	}
	return p, true
}

// writeTo writes obj under the selection.
func (p *plainSel[T]) writeTo(w io.Writer, obj *T) {
	_, _ = w.Write(openBrace)
	for i, k := range p.keys {
		_, _ = w.Write(k)
		if p.write[i] == nil {
			_, _ = w.Write(p.typename)
			continue
		}
		p.write[i](w, obj)
	}
	_, _ = w.Write(closeBrace)
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
// it): false when an element is nil or not directly marshallable. When the
// selection holds scalar fields only, the fields are collected once for the
// whole list and the elements written without a marshaler each.
func directList[T, C any](get func(*T) []*C, typ *directType[C]) func(*executionContext, ast.SelectionSet, *T) (graphql.Marshaler, bool) {
	return func(ec *executionContext, sel ast.SelectionSet, obj *T) (graphql.Marshaler, bool) {
		l := get(obj)
		if ps, ok := plainFields(ec, sel, typ); ok {
			for _, c := range l {
				if c == nil {
					return nil, false
				}
			}
			return &plainList[C]{sel: ps, objs: l}, true
		}
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

// writeList writes items as a JSON array, each by write.
func writeList[E any](w io.Writer, items []E, write func(io.Writer, E)) {
	_, _ = w.Write(openBracket)
	for i, it := range items {
		if i > 0 {
			_, _ = w.Write(comma)
		}
		write(w, it)
	}
	_, _ = w.Write(closeBracket)
}

// plainList writes a list of objects of one type under one selection of
// scalar fields.
type plainList[T any] struct {
	sel  *plainSel[T]
	objs []*T
}

// MarshalGQL writes the list.
func (l *plainList[T]) MarshalGQL(w io.Writer) {
	writeList(w, l.objs, l.sel.writeTo)
}

// nodeSel holds the fields one selection of the Node interface selects on
// each of the node types met so far, each collected once.
type nodeSel struct {
	film         *plainSel[model.Film]
	person       *plainSel[model.Person]
	character    *plainSel[model.Character]
	organisation *plainSel[model.Organisation]
	franchise    *plainSel[model.Franchise]
	article      *plainSel[model.Article]
	seen         uint8
}

const (
	seenFilm uint8 = 1 << iota
	seenPerson
	seenCharacter
	seenOrganisation
	seenFranchise
	seenArticle
)

// nodeFields sets *fields to the plain fields sel selects on typ the first
// time a node of that type (bit) is met; false when they are not plain.
func nodeFields[T any](ec *executionContext, sel ast.SelectionSet, ns *nodeSel, bit uint8, typ *directType[T], fields **plainSel[T]) bool {
	if ns.seen&bit != 0 {
		return true
	}
	f, ok := plainFields(ec, sel, typ)
	if !ok {
		return false
	}
	*fields, ns.seen = f, ns.seen|bit
	return true
}

// add prepares ns to write n: false when n is nil (or a nil pointer), of a
// type the direct path does not write, or selected with a field it does
// not handle.
func (ns *nodeSel) add(ec *executionContext, sel ast.SelectionSet, n model.Node) bool {
	switch n := n.(type) {
	case *model.Film:
		return n != nil && nodeFields(ec, sel, ns, seenFilm, &filmDirect, &ns.film)
	case *model.Person:
		return n != nil && nodeFields(ec, sel, ns, seenPerson, &personDirect, &ns.person)
	case *model.Character:
		return n != nil && nodeFields(ec, sel, ns, seenCharacter, &characterDirect, &ns.character)
	case *model.Organisation:
		return n != nil && nodeFields(ec, sel, ns, seenOrganisation, &organisationDirect, &ns.organisation)
	case *model.Franchise:
		return n != nil && nodeFields(ec, sel, ns, seenFranchise, &franchiseDirect, &ns.franchise)
	case *model.Article:
		return n != nil && nodeFields(ec, sel, ns, seenArticle, &articleDirect, &ns.article)
	}
	return false
}

// write writes n, which add accepted.
func (ns *nodeSel) write(w io.Writer, n model.Node) {
	switch n := n.(type) {
	case *model.Film:
		ns.film.writeTo(w, n)
	case *model.Person:
		ns.person.writeTo(w, n)
	case *model.Character:
		ns.character.writeTo(w, n)
	case *model.Organisation:
		ns.organisation.writeTo(w, n)
	case *model.Franchise:
		ns.franchise.writeTo(w, n)
	case *model.Article:
		ns.article.writeTo(w, n)
	}
}

// nodeList writes a list of nodes under one selection.
type nodeList struct {
	sel   nodeSel
	nodes []model.Node
}

// MarshalGQL writes the list.
func (l *nodeList) MarshalGQL(w io.Writer) {
	writeList(w, l.nodes, l.sel.write)
}

// nodeValue writes one node.
type nodeValue struct {
	sel  nodeSel
	node model.Node
}

// MarshalGQL writes the node.
func (v *nodeValue) MarshalGQL(w io.Writer) { v.sel.write(w, v.node) }

// directNode is the child function of a non-null field of interface type
// Node read by get: false when the node is nil or not directly
// marshallable under the field's selection.
func directNode[T any](get func(*T) model.Node) func(*executionContext, ast.SelectionSet, *T) (graphql.Marshaler, bool) {
	return func(ec *executionContext, sel ast.SelectionSet, obj *T) (graphql.Marshaler, bool) {
		v := &nodeValue{node: get(obj)}
		if !v.sel.add(ec, sel, v.node) {
			return nil, false
		}
		return v, true
	}
}

// directNodes is the child function of a non-null list of non-null nodes
// read by get (a nil slice is the empty list): false when a node is nil or
// not directly marshallable.
func directNodes[T any](get func(*T) []model.Node) func(*executionContext, ast.SelectionSet, *T) (graphql.Marshaler, bool) {
	return func(ec *executionContext, sel ast.SelectionSet, obj *T) (graphql.Marshaler, bool) {
		l := &nodeList{nodes: get(obj)}
		for _, n := range l.nodes {
			if !l.sel.add(ec, sel, n) {
				return nil, false
			}
		}
		return l, true
	}
}

// MarshalGQL writes the object: fields in selection order, a repeated
// response name once (its first occurrence), as graphql.FieldSet does.
func (d *directObject[T]) MarshalGQL(w io.Writer) {
	writeObject(w, d.typ, d.fields, d.children, d.obj)
}

// writeObject writes obj's fields in selection order, a repeated response
// name once (its first occurrence), as graphql.FieldSet does; children
// holds the marshalers of object fields (nil for scalars, or nil when all
// are scalars), aligned with fields.
func writeObject[T any](w io.Writer, typ *directType[T], fields []graphql.CollectedField, children []graphql.Marshaler, obj *T) {
	_, _ = w.Write(openBrace)
	written := 0
	for i, f := range fields {
		if i > 0 && seenAlias(fields[:i], f.Alias) {
			continue
		}
		if written > 0 {
			_, _ = w.Write(comma)
		}
		written++
		writeKey(w, f.Alias)
		if f.Name == "__typename" {
			writeQuoted(w, typ.name)
			continue
		}
		if children != nil && children[i] != nil {
			children[i].MarshalGQL(w)
			continue
		}
		typ.fields[f.Name](w, obj)
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
// escaped, everything else, invalid UTF-8 included, as is. Into a
// bytes.Buffer (the executor's) it is one append to the buffer's spare
// capacity.
func writeQuoted(w io.Writer, s string) {
	if b, ok := w.(*bytes.Buffer); ok {
		_, _ = b.Write(appendQuoted(b.AvailableBuffer(), s))
		return
	}
	_, _ = w.Write(appendQuoted(make([]byte, 0, len(s)+2), s))
}

// writeKey writes s quoted as writeQuoted does, and a colon: an object
// key.
func writeKey(w io.Writer, s string) {
	if b, ok := w.(*bytes.Buffer); ok {
		_, _ = b.Write(append(appendQuoted(b.AvailableBuffer(), s), ':'))
		return
	}
	_, _ = w.Write(append(appendQuoted(make([]byte, 0, len(s)+3), s), ':'))
}

// appendQuoted appends s to b as writeQuoted writes it.
func appendQuoted(b []byte, s string) []byte {
	const hex = "0123456789ABCDEF" // upper case, as gqlgen writes it
	start := 0
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf || c >= 0x20 && c != '\\' && c != '"' {
			i++
			continue
		}
		b = append(b, s[start:i]...)
		switch c {
		case '\t':
			b = append(b, '\\', 't')
		case '\r':
			b = append(b, '\\', 'r')
		case '\n':
			b = append(b, '\\', 'n')
		case '\\':
			b = append(b, '\\', '\\')
		case '"':
			b = append(b, '\\', '"')
		default:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		}
		i++
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

func writeOptString(w io.Writer, s *string) {
	if s == nil {
		_, _ = w.Write(nullLit)
		return
	}
	writeQuoted(w, *s)
}

// writeOptFloat writes a nullable Float as gqlgen's MarshalFloatContext
// does (%g: the shortest representation); confidences are never infinite
// or NaN.
func writeOptFloat(w io.Writer, f *float64) {
	if f == nil {
		_, _ = w.Write(nullLit)
		return
	}
	var buf [32]byte
	_, _ = w.Write(strconv.AppendFloat(buf[:0], *f, 'g', -1, 64))
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
		"sentence":   func(w io.Writer, o *model.Source) { writeInt(w, o.Sentence) },
		"quote":      func(w io.Writer, o *model.Source) { writeQuoted(w, o.Quote) },
		"start":      func(w io.Writer, o *model.Source) { writeInt(w, o.Start) },
		"end":        func(w io.Writer, o *model.Source) { writeInt(w, o.End) },
		"claimId":    func(w io.Writer, o *model.Source) { writeOptString(w, o.ClaimID) },
		"method":     func(w io.Writer, o *model.Source) { writeQuoted(w, string(o.Method)) },
		"confidence": func(w io.Writer, o *model.Source) { writeOptFloat(w, o.Confidence) },
	},
	children: map[string]func(*executionContext, ast.SelectionSet, *model.Source) (graphql.Marshaler, bool){
		"article": directChild(func(o *model.Source) *model.Article { return o.Article }, &articleDirect),
	}}

var actingCreditDirect = directType[model.ActingCredit]{name: "ActingCredit", implementors: actingCreditImplementors,
	fields: map[string]func(io.Writer, *model.ActingCredit){
		"characterName": func(w io.Writer, o *model.ActingCredit) { writeOptString(w, o.CharacterName) },
		"disputed":      func(w io.Writer, o *model.ActingCredit) { writeBool(w, o.Disputed) },
		"learned":       func(w io.Writer, o *model.ActingCredit) { writeBool(w, o.Learned) },
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

var pathDirect = directType[model.Path]{name: "Path", implementors: pathImplementors,
	fields: map[string]func(io.Writer, *model.Path){
		"length": func(w io.Writer, o *model.Path) { writeInt(w, o.Length) },
	},
	children: map[string]func(*executionContext, ast.SelectionSet, *model.Path) (graphql.Marshaler, bool){
		"nodes": directNodes(func(o *model.Path) []model.Node { return o.Nodes }),
		"steps": directList(func(o *model.Path) []*model.PathStep { return o.Steps }, &pathStepDirect),
	}}

var pathStepDirect = directType[model.PathStep]{name: "PathStep", implementors: pathStepImplementors,
	fields: map[string]func(io.Writer, *model.PathStep){
		"type":  func(w io.Writer, o *model.PathStep) { writeQuoted(w, o.Type) },
		"types": func(w io.Writer, o *model.PathStep) { writeStrings(w, o.Types) },
	},
	children: map[string]func(*executionContext, ast.SelectionSet, *model.PathStep) (graphql.Marshaler, bool){
		"from":    directNode(func(o *model.PathStep) model.Node { return o.From }),
		"to":      directNode(func(o *model.PathStep) model.Node { return o.To }),
		"sources": directList(func(o *model.PathStep) []*model.Source { return o.Sources }, &sourceDirect),
	}}

var neighbourhoodDirect = directType[model.Neighbourhood]{name: "Neighbourhood", implementors: neighbourhoodImplementors,
	fields: map[string]func(io.Writer, *model.Neighbourhood){
		"truncated": func(w io.Writer, o *model.Neighbourhood) { writeBool(w, o.Truncated) },
	},
	children: map[string]func(*executionContext, ast.SelectionSet, *model.Neighbourhood) (graphql.Marshaler, bool){
		"center": directNode(func(o *model.Neighbourhood) model.Node { return o.Center }),
		"nodes":  directNodes(func(o *model.Neighbourhood) []model.Node { return o.Nodes }),
		"edges":  directList(func(o *model.Neighbourhood) []*model.GraphEdge { return o.Edges }, &graphEdgeDirect),
	}}

func (ec *executionContext) directPath(ctx context.Context, sel ast.SelectionSet, obj *model.Path) graphql.Marshaler {
	if m, ok := marshalDirect(ec, sel, &pathDirect, obj); ok {
		return m
	}
	return ec._Path(ctx, sel, obj)
}

func (ec *executionContext) directPathStep(ctx context.Context, sel ast.SelectionSet, obj *model.PathStep) graphql.Marshaler {
	if m, ok := marshalDirect(ec, sel, &pathStepDirect, obj); ok {
		return m
	}
	return ec._PathStep(ctx, sel, obj)
}

func (ec *executionContext) directNeighbourhood(ctx context.Context, sel ast.SelectionSet, obj *model.Neighbourhood) graphql.Marshaler {
	if m, ok := marshalDirect(ec, sel, &neighbourhoodDirect, obj); ok {
		return m
	}
	return ec._Neighbourhood(ctx, sel, obj)
}

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
