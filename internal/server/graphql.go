package server

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/franchisekg/franchisekg/graph"
	"github.com/franchisekg/franchisekg/graph/exec"
	"github.com/franchisekg/franchisekg/internal/kg"
)

// Limits bound what one GraphQL request may ask. Zero values take the
// defaults of DefaultLimits.
type Limits struct {
	MaxDepth      int // deepest field nesting (default 10)
	MaxComplexity int // gqlgen fixed complexity with per-field costs (default 5000)
	MaxQueryBytes int // length of the query text (default 16 KiB)
	MaxAliases    int // aliased fields per request (default 30)
	// LoaderWait is the dataloaders' batching window (default 250µs).
	LoaderWait time.Duration
}

// DefaultLimits are the limits serve uses unless flags say otherwise.
var DefaultLimits = Limits{MaxDepth: 10, MaxComplexity: 5000, MaxQueryBytes: 16 << 10, MaxAliases: 30}

func (l *Limits) defaults() {
	d := DefaultLimits
	if l.MaxDepth <= 0 {
		l.MaxDepth = d.MaxDepth
	}
	if l.MaxComplexity <= 0 {
		l.MaxComplexity = d.MaxComplexity
	}
	if l.MaxQueryBytes <= 0 {
		l.MaxQueryBytes = d.MaxQueryBytes
	}
	if l.MaxAliases <= 0 {
		l.MaxAliases = d.MaxAliases
	}
}

// Error codes in extensions.code.
const (
	CodeNotFound        = "NOT_FOUND"
	CodeBadUserInput    = "BAD_USER_INPUT"
	CodeUnauthenticated = "UNAUTHENTICATED"
	CodeComplexity      = "COMPLEXITY_LIMIT_EXCEEDED"
	CodeDepth           = "DEPTH_LIMIT_EXCEEDED"
	CodeAliases         = "ALIAS_LIMIT_EXCEEDED"
	CodeQueryTooLarge   = "QUERY_TOO_LARGE"
	CodeUnavailable     = "UNAVAILABLE"
	CodeTimeout         = "TIMEOUT"
	CodeInternal        = "INTERNAL_SERVER_ERROR"
)

// GraphQLOptions configures the GraphQL handler.
type GraphQLOptions struct {
	Resolver *graph.Resolver
	Limits   Limits
	// APIToken enables mutations for requests sending
	// "Authorization: Bearer <APIToken>"; empty disables mutations.
	APIToken string
	Logger   *slog.Logger
	// Ready, when set, gates operations: while it reports Neo4j not ready
	// they fail at once with UNAVAILABLE instead of waiting for the
	// driver's retries.
	Ready func() (bool, string)
}

// NewGraphQL returns the /graphql handler: gqlgen's handler.New with the
// GET and POST JSON transports (POST as postJSON), a parsed-query cache, automatic persisted
// queries, introspection, the limits (query size, depth, aliases, fixed
// complexity), per-request dataloaders, bearer-token authentication of
// mutations and one error presenter mapping domain errors to
// extensions.code and hiding internals.
func NewGraphQL(o GraphQLOptions) http.Handler {
	o.Limits.defaults()
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Resolver.Wait == 0 {
		o.Resolver.Wait = o.Limits.LoaderWait
	}
	cfg := exec.Config{Resolvers: o.Resolver, Complexity: graph.Complexity()}
	srv := handler.New(exec.NewExecutableSchema(cfg))
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(postJSON{}) // gqlgen's POST transport, writing answers without re-encoding them
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.Use(extension.Introspection{})
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](1000)})
	srv.Use(limitsExtension{o.Limits})
	srv.Use(newComplexityLimit(o.Limits.MaxComplexity)) // extension.FixedComplexityLimit, remembered per query
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		oc := graphql.GetOperationContext(ctx)
		if o.Ready != nil {
			if ok, reason := o.Ready(); !ok {
				o.Logger.Debug("refused while not ready", "reason", reason)
				return graphql.OneShot(&graphql.Response{Errors: gqlerror.List{
					codedError("the database is unavailable; retry later", CodeUnavailable)}})
			}
		}
		if oc.Operation != nil && oc.Operation.Operation == ast.Mutation {
			if err := checkToken(ctx, o.APIToken); err != nil {
				return graphql.OneShot(&graphql.Response{Errors: gqlerror.List{codedError(err.Error(), CodeUnauthenticated)}})
			}
		}
		return next(o.Resolver.WithLoaders(ctx))
	})
	srv.SetErrorPresenter(presenter(o.Logger))
	srv.SetRecoverFunc(func(ctx context.Context, p any) error {
		o.Logger.Error("panic in resolver", "panic", fmt.Sprint(p))
		return errors.New("internal error")
	})
	return withBearer(srv)
}

func codedError(msg, code string) *gqlerror.Error {
	return &gqlerror.Error{Message: msg, Extensions: map[string]any{"code": code}}
}

type bearerKey struct{}

// withBearer records the request's bearer token in the context.
func withBearer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := r.Header.Get("Authorization")
		if tok, ok := strings.CutPrefix(h, "Bearer "); ok {
			r = r.WithContext(context.WithValue(r.Context(), bearerKey{}, strings.TrimSpace(tok)))
		}
		next.ServeHTTP(w, r)
	})
}

// checkToken returns an error wrapping kg.ErrUnauthenticated unless the
// request carries the configured token.
func checkToken(ctx context.Context, token string) error {
	if token == "" {
		return fmt.Errorf("mutations are disabled: the server has no API token (set FRANCHISEKG_API_TOKEN): %w", kg.ErrUnauthenticated)
	}
	got, _ := ctx.Value(bearerKey{}).(string)
	if got == "" {
		return fmt.Errorf("mutations need an Authorization: Bearer <token> header: %w", kg.ErrUnauthenticated)
	}
	if subtle.ConstantTimeCompare([]byte(got), []byte(token)) != 1 {
		return fmt.Errorf("the bearer token is not valid: %w", kg.ErrUnauthenticated)
	}
	return nil
}

// presenter maps errors to extensions.code: kg errors to their codes with
// their one-line message, an unavailable database to UNAVAILABLE with a
// fixed message, timeouts to TIMEOUT, anything else to
// INTERNAL_SERVER_ERROR with a fixed message (the detail is logged, never
// sent). Errors that already carry a code (parse, validation, limits) pass.
func presenter(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gqlErr := graphql.DefaultErrorPresenter(ctx, err)
		var inner *gqlerror.Error
		if errors.As(err, &inner) && inner.Err == nil && inner.Extensions["code"] != nil {
			return gqlErr
		}
		cause := err
		if inner != nil && inner.Err != nil {
			cause = inner.Err
		}
		set := func(msg, code string) *gqlerror.Error {
			gqlErr.Message = msg
			if gqlErr.Extensions == nil {
				gqlErr.Extensions = map[string]any{}
			}
			gqlErr.Extensions["code"] = code
			return gqlErr
		}
		switch {
		case errors.Is(cause, kg.ErrNotFound):
			return set(cause.Error(), CodeNotFound)
		case errors.Is(cause, kg.ErrInvalidInput):
			return set(cause.Error(), CodeBadUserInput)
		case errors.Is(cause, kg.ErrUnauthenticated):
			return set(cause.Error(), CodeUnauthenticated)
		case errors.Is(cause, kg.ErrUnavailable):
			log.Warn("database unavailable", "err", cause.Error())
			return set("the database is unavailable; retry later", CodeUnavailable)
		case errors.Is(cause, context.DeadlineExceeded):
			return set("the request timed out", CodeTimeout)
		case errors.Is(cause, context.Canceled):
			return set("the request was cancelled", CodeTimeout)
		}
		if gqlErr.Extensions != nil && gqlErr.Extensions["code"] != nil && inner != nil && inner.Err == nil {
			return gqlErr
		}
		log.Error("internal error", "err", cause.Error(), "path", gqlErr.Path.String())
		return set("internal error", CodeInternal)
	}
}

// limitsExtension refuses over-large queries before parsing, and too deep
// or too aliased operations after validation: before any resolver runs, so
// nothing reaches Neo4j.
type limitsExtension struct{ l Limits }

var (
	_ graphql.OperationParameterMutator = limitsExtension{}
	_ graphql.OperationContextMutator   = limitsExtension{}
)

func (limitsExtension) ExtensionName() string                   { return "Limits" }
func (limitsExtension) Validate(graphql.ExecutableSchema) error { return nil }

func (e limitsExtension) MutateOperationParameters(ctx context.Context, p *graphql.RawParams) *gqlerror.Error {
	if len(p.Query) > e.l.MaxQueryBytes {
		return codedError(fmt.Sprintf("query is %d bytes: the limit is %d", len(p.Query), e.l.MaxQueryBytes), CodeQueryTooLarge)
	}
	return nil
}

func (e limitsExtension) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	depth, aliases := measure(oc.Operation.SelectionSet, oc.Doc.Fragments, 0, map[string]bool{})
	if depth > e.l.MaxDepth {
		return codedError(fmt.Sprintf("query depth %d exceeds the limit of %d", depth, e.l.MaxDepth), CodeDepth)
	}
	if aliases > e.l.MaxAliases {
		return codedError(fmt.Sprintf("query uses %d aliases: the limit is %d", aliases, e.l.MaxAliases), CodeAliases)
	}
	return nil
}

// measure returns the depth of a selection set (fields nested in fields;
// fragments and inline fragments do not add a level) and the number of
// aliased fields in it. Fragment cycles are impossible after validation;
// visiting guards against them anyway.
func measure(set ast.SelectionSet, frags ast.FragmentDefinitionList, level int, visiting map[string]bool) (depth, aliases int) {
	depth = level
	for _, sel := range set {
		var d, a int
		switch s := sel.(type) {
		case *ast.Field:
			if s.Alias != "" && s.Alias != s.Name {
				aliases++
			}
			d, a = measure(s.SelectionSet, frags, level+1, visiting)
		case *ast.InlineFragment:
			d, a = measure(s.SelectionSet, frags, level, visiting)
		case *ast.FragmentSpread:
			f := frags.ForName(s.Name)
			if f == nil || visiting[s.Name] {
				continue
			}
			visiting[s.Name] = true
			d, a = measure(f.SelectionSet, frags, level, visiting)
			delete(visiting, s.Name)
		}
		depth = max(depth, d)
		aliases += a
	}
	return depth, aliases
}
