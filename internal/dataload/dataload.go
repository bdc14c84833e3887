// Package dataload batches the GraphQL resolvers' reads: one set of
// dataloadgen loaders per request, each turning the keys asked for within a
// short window into one batched store call (one Cypher statement over
// UNWIND $ids), so nested fields cost one round trip per level, not one per
// parent.
package dataload

import (
	"context"
	"sync"
	"sync/atomic"
	"time"

	"github.com/vikstrous/dataloadgen"

	"github.com/franchisekg/franchisekg/internal/readmodel"
)

// DefaultWait is how long a loader collects keys before it fetches. gqlgen
// resolves the elements of a list concurrently, so the keys of one level
// arrive within microseconds; a short window keeps latency low.
const DefaultWait = 250 * time.Microsecond

// CoStarKey asks for a person's co-stars, at most First; Stated counts
// only the films where both credits are stated.
type CoStarKey struct {
	ID     string
	First  int
	Stated bool
}

// Loaders are the per-request loaders, each made on its first use: most
// requests use one or two of the eleven, and the objects outside lists
// read directly (see Once) and only prime them.
type Loaders struct {
	Entity          Loader[string, readmodel.Entity]
	Out             Loader[string, []readmodel.Relation]
	In              Loader[string, []readmodel.Relation]
	Mentions        Loader[string, []readmodel.Source]
	PropertyClaims  Loader[string, []readmodel.Claim]
	FilmCharacters  Loader[string, []readmodel.LinkedEntity]
	CoStars         Loader[CoStarKey, []readmodel.CoStar]
	Article         Loader[string, readmodel.Article]
	ArticleClaims   Loader[string, []readmodel.Claim]
	ArticleMentions Loader[string, []readmodel.Entity]
	Claim           Loader[string, readmodel.Claim]

	r    readmodel.Reader
	wait time.Duration

	memo sync.Map // memoKey -> *call: Once's in-flight and finished calls
}

// Loader is a dataloadgen loader over the request's reader, made on the
// first Load or LoadAll; values primed before that are kept for it.
type Loader[K comparable, V any] struct {
	owner  *Loaders
	fetch  func(readmodel.Reader) func(context.Context, []K) ([]V, []error)
	l      atomic.Pointer[dataloadgen.Loader[K, V]]
	mu     sync.Mutex
	primed map[K]V
}

func (z *Loader[K, V]) loader() *dataloadgen.Loader[K, V] {
	if l := z.l.Load(); l != nil {
		return l
	}
	z.mu.Lock()
	defer z.mu.Unlock()
	if l := z.l.Load(); l != nil {
		return l
	}
	l := dataloadgen.NewLoader(windowed(z.fetch(z.owner.r)), dataloadgen.WithWait(z.owner.wait), dataloadgen.WithBatchCapacity(1000))
	for k, v := range z.primed {
		l.Prime(k, v)
	}
	z.primed = nil
	z.l.Store(l)
	return l
}

// Load is dataloadgen's Load: key's value, fetched in a batch with the
// other keys asked for within the window.
func (z *Loader[K, V]) Load(ctx context.Context, key K) (V, error) { return z.loader().Load(ctx, key) }

// LoadAll is dataloadgen's LoadAll: the values of keys, in one batch.
func (z *Loader[K, V]) LoadAll(ctx context.Context, keys []K) ([]V, error) {
	return z.loader().LoadAll(ctx, keys)
}

// Prime is dataloadgen's Prime: it caches v for key unless key already has
// a value (then it reports false).
func (z *Loader[K, V]) Prime(key K, v V) bool {
	if l := z.l.Load(); l != nil {
		return l.Prime(key, v)
	}
	z.mu.Lock()
	if l := z.l.Load(); l != nil {
		z.mu.Unlock()
		return l.Prime(key, v)
	}
	defer z.mu.Unlock()
	if _, ok := z.primed[key]; ok {
		return false
	}
	if z.primed == nil {
		z.primed = map[K]V{}
	}
	z.primed[key] = v
	return true
}

type memoKey struct {
	kind string
	key  any
}

type call struct {
	done chan struct{}
	v    any
	err  error
}

// Once runs f at most once per request for (kind, key) and gives every
// caller its result: the direct path for an object outside any list, where
// a loader would only ever see one key and its batching window would be
// pure latency. Concurrent callers wait for the first.
func Once[V any](l *Loaders, kind string, key any, f func() (V, error)) (V, error) {
	c := &call{done: make(chan struct{})}
	if prev, loaded := l.memo.LoadOrStore(memoKey{kind, key}, c); loaded {
		p := prev.(*call)
		<-p.done
		v, _ := p.v.(V)
		return v, p.err
	}
	v, err := f()
	c.v, c.err = v, err
	close(c.done)
	return v, err
}

type windowKey struct{}

// Windowed reports whether ctx is that of a loader's batch fetch: the
// store call of keys collected during a batching window (or a full batch),
// rather than a direct read. It lets tests tell the two apart without a
// clock.
func Windowed(ctx context.Context) bool { return ctx.Value(windowKey{}) != nil }

// windowed marks the context of every batch fetch of f (see Windowed).
func windowed[K comparable, V any](f func(context.Context, []K) ([]V, []error)) func(context.Context, []K) ([]V, []error) {
	return func(ctx context.Context, keys []K) ([]V, []error) {
		return f(context.WithValue(ctx, windowKey{}, true), keys)
	}
}

// byMap adapts a batched store method returning a map into a loader fetch
// function: absent keys get the zero value (an empty list, or an entity
// with an empty id), an error applies to every key.
func byMap[V any](f func(ctx context.Context, ids []string) (map[string]V, error)) func(context.Context, []string) ([]V, []error) {
	return func(ctx context.Context, keys []string) ([]V, []error) {
		m, err := f(ctx, keys)
		vals := make([]V, len(keys))
		if err != nil {
			errs := make([]error, len(keys))
			for i := range errs {
				errs[i] = err
			}
			return vals, errs
		}
		for i, k := range keys {
			vals[i] = m[k]
		}
		return vals, nil
	}
}

// New returns fresh loaders over r that wait at most wait for more keys
// (DefaultWait when wait <= 0) and fetch at most 1,000 keys at once.
func New(r readmodel.Reader, wait time.Duration) *Loaders {
	if wait <= 0 {
		wait = DefaultWait
	}
	l := &Loaders{r: r, wait: wait}
	l.Entity.owner, l.Entity.fetch = l, fetchEntities
	l.Out.owner, l.Out.fetch = l, fetchOut
	l.In.owner, l.In.fetch = l, fetchIn
	l.Mentions.owner, l.Mentions.fetch = l, fetchMentions
	l.PropertyClaims.owner, l.PropertyClaims.fetch = l, fetchPropertyClaims
	l.FilmCharacters.owner, l.FilmCharacters.fetch = l, fetchFilmCharacters
	l.CoStars.owner, l.CoStars.fetch = l, coStars
	l.Article.owner, l.Article.fetch = l, fetchArticles
	l.ArticleClaims.owner, l.ArticleClaims.fetch = l, fetchArticleClaims
	l.ArticleMentions.owner, l.ArticleMentions.fetch = l, fetchArticleMentions
	l.Claim.owner, l.Claim.fetch = l, fetchClaims
	return l
}

// The loaders' batch functions over a reader.
func fetchEntities(r readmodel.Reader) func(context.Context, []string) ([]readmodel.Entity, []error) {
	return byMap(r.Entities)
}

func fetchOut(r readmodel.Reader) func(context.Context, []string) ([][]readmodel.Relation, []error) {
	return byMap(func(ctx context.Context, ids []string) (map[string][]readmodel.Relation, error) {
		return r.Relations(ctx, ids, readmodel.Out)
	})
}

func fetchIn(r readmodel.Reader) func(context.Context, []string) ([][]readmodel.Relation, []error) {
	return byMap(func(ctx context.Context, ids []string) (map[string][]readmodel.Relation, error) {
		return r.Relations(ctx, ids, readmodel.In)
	})
}

func fetchMentions(r readmodel.Reader) func(context.Context, []string) ([][]readmodel.Source, []error) {
	return byMap(r.MentionSources)
}

func fetchPropertyClaims(r readmodel.Reader) func(context.Context, []string) ([][]readmodel.Claim, []error) {
	return byMap(r.PropertyClaims)
}

func fetchFilmCharacters(r readmodel.Reader) func(context.Context, []string) ([][]readmodel.LinkedEntity, []error) {
	return byMap(r.FilmCharacters)
}

func fetchArticles(r readmodel.Reader) func(context.Context, []string) ([]readmodel.Article, []error) {
	return byMap(r.Articles)
}

func fetchArticleClaims(r readmodel.Reader) func(context.Context, []string) ([][]readmodel.Claim, []error) {
	return byMap(r.ArticleClaims)
}

func fetchArticleMentions(r readmodel.Reader) func(context.Context, []string) ([][]readmodel.Entity, []error) {
	return byMap(r.ArticleMentions)
}

func fetchClaims(r readmodel.Reader) func(context.Context, []string) ([]readmodel.Claim, []error) {
	return byMap(r.Claims)
}

// coStars groups the keys by First and Stated (almost always one group)
// and makes one store call per group.
func coStars(r readmodel.Reader) func(context.Context, []CoStarKey) ([][]readmodel.CoStar, []error) {
	return func(ctx context.Context, keys []CoStarKey) ([][]readmodel.CoStar, []error) {
		type group struct {
			first  int
			stated bool
		}
		byFirst := map[group][]string{}
		for _, k := range keys {
			g := group{k.First, k.Stated}
			byFirst[g] = append(byFirst[g], k.ID)
		}
		res := map[CoStarKey][]readmodel.CoStar{}
		for g, ids := range byFirst {
			m, err := r.CoStars(ctx, ids, g.first, g.stated)
			if err != nil {
				errs := make([]error, len(keys))
				for i := range errs {
					errs[i] = err
				}
				return make([][]readmodel.CoStar, len(keys)), errs
			}
			for _, id := range ids {
				res[CoStarKey{id, g.first, g.stated}] = m[id]
			}
		}
		out := make([][]readmodel.CoStar, len(keys))
		for i, k := range keys {
			out[i] = res[k]
		}
		return out, nil
	}
}

type ctxKey struct{}

// lazyLoaders makes a request's loaders on first use: most operations
// (a neighbourhood, a path, a search) never batch, and making the eleven
// loaders costs about 55 allocations.
type lazyLoaders struct {
	once sync.Once
	make func() *Loaders
	l    *Loaders
}

func (z *lazyLoaders) get() *Loaders {
	z.once.Do(func() { z.l = z.make() })
	return z.l
}

// With returns ctx carrying l.
func With(ctx context.Context, l *Loaders) context.Context {
	return context.WithValue(ctx, ctxKey{}, &lazyLoaders{make: func() *Loaders { return l }})
}

// WithNew returns ctx carrying loaders over r with batching window wait
// (see New), made when For first asks for them; every caller of For on
// ctx or a context derived from it gets the same loaders.
func WithNew(ctx context.Context, r readmodel.Reader, wait time.Duration) context.Context {
	return context.WithValue(ctx, ctxKey{}, &lazyLoaders{make: func() *Loaders { return New(r, wait) }})
}

// For returns the loaders of ctx, or nil when there are none.
func For(ctx context.Context) *Loaders {
	if z, _ := ctx.Value(ctxKey{}).(*lazyLoaders); z != nil {
		return z.get()
	}
	return nil
}
