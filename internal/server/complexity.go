package server

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/99designs/gqlgen/complexity"
	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// complexityLimit is gqlgen's extension.FixedComplexityLimit (same
// extension name, statistics, error message and code) with each
// operation's complexity remembered: walking the selections of a query
// with interface fields (a path's nodes and step ends: every Node type
// for each) cost about a tenth of the handler's CPU per request, for a
// number that depends on the query text and a few variables only.
//
// The cache key is the query text, the operation name and the values of
// the variables that can change the complexity: every variable but those
// of type String or ID (ids, names, search text), which neither the
// complexity functions of graph.Complexity (page sizes, hops, depths and
// limits: Int arguments) nor @skip/@include (Boolean) read. An operation
// with a variable of another type whose value is not a scalar (an input
// object, a list) is computed every time.
type complexityLimit struct {
	limit int
	es    graphql.ExecutableSchema
	cache *lru.LRU[int]
}

var (
	_ graphql.OperationContextMutator = (*complexityLimit)(nil)
	_ graphql.HandlerExtension        = (*complexityLimit)(nil)
)

func newComplexityLimit(limit int) *complexityLimit {
	return &complexityLimit{limit: limit, cache: lru.New[int](1000)}
}

// ExtensionName is gqlgen's, so that extension.GetComplexityStats and
// anything else looking the statistics up by name still find them.
func (*complexityLimit) ExtensionName() string { return "ComplexityLimit" }

// Validate keeps the schema the complexity is computed on.
func (c *complexityLimit) Validate(es graphql.ExecutableSchema) error {
	c.es = es
	return nil
}

// MutateOperationContext refuses an operation whose complexity exceeds the
// limit, with gqlgen's message and COMPLEXITY_LIMIT_EXCEEDED.
func (c *complexityLimit) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	op := oc.Doc.Operations.ForName(oc.OperationName)
	n, cached := 0, false
	key, ok := complexityKey(oc, op)
	if ok {
		n, cached = c.cache.Get(ctx, key)
	}
	if !cached {
		n = complexity.Calculate(ctx, c.es, op, oc.Variables)
		if ok {
			c.cache.Add(ctx, key, n)
		}
	}
	oc.Stats.SetExtension(c.ExtensionName(), &extension.ComplexityStats{Complexity: n, ComplexityLimit: c.limit})
	if n > c.limit {
		err := gqlerror.Errorf("operation has complexity %d, which exceeds the limit of %d", n, c.limit)
		errcode.Set(err, CodeComplexity)
		return err
	}
	return nil
}

// complexityKey returns the cache key of op's complexity (see
// complexityLimit), false when it must be computed.
func complexityKey(oc *graphql.OperationContext, op *ast.OperationDefinition) (string, bool) {
	if op == nil {
		return "", false
	}
	var b strings.Builder
	b.Grow(len(oc.RawQuery) + len(oc.OperationName) + 16)
	b.WriteString(oc.RawQuery)
	b.WriteByte(0)
	b.WriteString(oc.OperationName)
	for _, vd := range op.VariableDefinitions {
		if t := vd.Type; t != nil && t.Elem == nil && (t.NamedType == "String" || t.NamedType == "ID") {
			continue
		}
		b.WriteByte(0)
		b.WriteString(vd.Variable)
		b.WriteByte('=')
		v, set := oc.Variables[vd.Variable]
		switch x := v.(type) {
		case nil:
			if set {
				b.WriteString("null")
			} else {
				b.WriteString("unset")
			}
		case bool, int, int32, int64, float64, json.Number:
			fmt.Fprintf(&b, "%T:%v", x, x)
		case string: // an enum
			fmt.Fprintf(&b, "%q", x)
		default:
			return "", false
		}
	}
	return b.String(), true
}
