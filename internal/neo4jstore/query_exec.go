package neo4jstore

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/internal/readmodel"
)

// The read side of the API (readmodel.Reader) lives in the query_*.go
// files. Every method runs exactly one constant, parameterised Cypher
// statement in one managed read transaction; its timeout is the store's
// transaction timeout or the time left before the caller's deadline,
// whichever is shorter, so a GraphQL request timeout reaches Neo4j.

var _ readmodel.Reader = (*Store)(nil)

// qryRead runs cypher with params in one read transaction and returns every
// record. When ctx is done before the read ends the error wraps ctx.Err()
// (context.DeadlineExceeded or context.Canceled); other errors are mapped
// by s.wrap to one-line kg errors.
func (s *Store) qryRead(ctx context.Context, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	timeout := s.txTimeout
	if dl, ok := ctx.Deadline(); ok {
		left := time.Until(dl)
		if left <= 0 {
			return nil, ctx.Err()
		}
		if left < timeout {
			timeout = left
		}
	}
	dctx := driverContext(ctx)
	sess := s.driver.NewSession(dctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeRead})
	defer sess.Close(dctx)
	res, err := sess.ExecuteRead(dctx, func(tx neo4j.ManagedTransaction) (any, error) {
		r, err := tx.Run(dctx, cypher, params)
		if err != nil {
			return nil, err
		}
		return r.Collect(dctx)
	}, neo4j.WithTxTimeout(timeout))
	if err != nil {
		if cerr := ctx.Err(); cerr != nil {
			// the caller's deadline passed or it gave up: say so (the
			// driver reports it as a connectivity error)
			return nil, fmt.Errorf("neo4j at %s: read interrupted: %w", s.uri, cerr)
		}
		return nil, s.wrap(err)
	}
	return res.([]*neo4j.Record), nil
}

// ReadOnlyProbe runs an arbitrary statement through the API's read path.
// It exists so that a test can show that the read path refuses writes; it
// returns the (wrapped) error Neo4j answers with.
func (s *Store) ReadOnlyProbe(ctx context.Context, cypher string, params map[string]any) error {
	_, err := s.qryRead(ctx, cypher, params)
	return err
}

func qryGet(r *neo4j.Record, k string) any {
	v, _ := r.Get(k)
	return v
}

func qryStr(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case nil:
		return ""
	case time.Time:
		return x.UTC().Format(time.RFC3339Nano)
	case dbtype.Date:
		return x.Time().Format("2006-01-02")
	case dbtype.LocalDateTime:
		return x.Time().Format("2006-01-02T15:04:05.999999999")
	case fmt.Stringer:
		return x.String()
	}
	return fmt.Sprint(v)
}

func qryInt(v any) int {
	switch x := v.(type) {
	case int64:
		return int(x)
	case int:
		return x
	case float64:
		return int(x)
	}
	return 0
}

func qryStrs(v any) []string {
	l, _ := v.([]any)
	out := make([]string, 0, len(l))
	for _, e := range l {
		if s, ok := e.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func qryInts(v any) []int {
	l, _ := v.([]any)
	out := make([]int, 0, len(l))
	for _, e := range l {
		out = append(out, qryInt(e))
	}
	return out
}

// qryHiddenProp reports whether an entity node property is not a domain
// property (identity, names, search helpers, bookkeeping).
func qryHiddenProp(k string) bool {
	switch k {
	case "id", "name", "title", "aliases", "aliasText", "keys", "stale":
		return true
	}
	return false
}

// qryEntity converts an entity node; ok is false for a non-node value.
func qryEntity(v any) (readmodel.Entity, bool) {
	n, ok := v.(neo4j.Node)
	if !ok {
		return readmodel.Entity{}, false
	}
	props := 0
	for k := range n.Props {
		if !qryHiddenProp(k) {
			props++
		}
	}
	e := readmodel.Entity{ID: qryStr(n.Props["id"]), Name: qryStr(n.Props["name"]), Aliases: qryStrs(n.Props["aliases"])}
	for _, l := range n.Labels {
		if t := kg.NodeType(l); t.Valid() {
			e.Type = t
			break
		}
	}
	if e.Type == "" {
		e.Type = kg.TypeOfID(e.ID)
	}
	if props == 0 {
		return e, true // Props nil: most people and characters have none
	}
	e.Props = make(map[string]any, props)
	for k, v := range n.Props {
		if qryHiddenProp(k) {
			continue
		}
		if l, ok := v.([]any); ok {
			e.Props[k] = qryStrs(l)
			continue
		}
		e.Props[k] = v
	}
	return e, true
}

func qryEntities(v any) []readmodel.Entity {
	return qryEntityMemo(nil).entities(v)
}

// qryEntityMemo converts each distinct node of one result once (keyed by
// its element id): rows of one answer repeat the same nodes (the asked
// entity on every relation row, a film in every co-star's shared films,
// the nodes of overlapping paths). The entities it returns share their
// alias lists and property maps, which nobody modifies. A nil memo
// converts every time.
type qryEntityMemo map[string]readmodel.Entity

// entity is qryEntity through the memo.
func (m qryEntityMemo) entity(v any) (readmodel.Entity, bool) {
	n, ok := v.(neo4j.Node)
	if !ok {
		return readmodel.Entity{}, false
	}
	if e, seen := m[n.ElementId]; seen && n.ElementId != "" {
		return e, true
	}
	e, ok := qryEntity(n)
	if ok && m != nil && n.ElementId != "" {
		m[n.ElementId] = e
	}
	return e, ok
}

// entities is qryEntities through the memo.
func (m qryEntityMemo) entities(v any) []readmodel.Entity {
	l, _ := v.([]any)
	out := make([]readmodel.Entity, 0, len(l))
	for _, x := range l {
		if e, ok := m.entity(x); ok {
			out = append(out, e)
		}
	}
	return out
}

// qryArticle converts an article node.
func qryArticle(v any) (readmodel.Article, bool) {
	n, ok := v.(neo4j.Node)
	if !ok {
		return readmodel.Article{}, false
	}
	p := n.Props
	return readmodel.Article{ID: qryStr(p["id"]), Title: qryStr(p["title"]), Date: qryStr(p["date"]),
		Path: qryStr(p["path"]), URL: qryStr(p["url"]), SHA256: qryStr(p["sha256"]), LoadedAt: qryStr(p["loadedAt"])}, true
}

// qryEvidenceProjection is the Cypher map projection of one EVIDENCE
// relationship e to article a, decoded by qrySources.
const qryEvidenceProjection = `{sentence: e.sentence, start: e.start, end: e.end, quote: e.quote, method: e.method, confidence: e.confidence, article: a.id, title: a.title, date: a.date, path: a.path, url: a.url}`

// qrySources decodes a list of evidence projections for claim claimID,
// sorted as kg.SortSources sorts.
func qrySources(v any, claimID string) []readmodel.Source {
	l, _ := v.([]any)
	out := make([]readmodel.Source, 0, len(l))
	for _, x := range l {
		m, ok := x.(map[string]any)
		if !ok {
			continue
		}
		out = append(out, readmodel.Source{
			Source: kg.Source{Article: qryStr(m["article"]), Sentence: qryInt(m["sentence"]), Start: qryInt(m["start"]),
				End: qryInt(m["end"]), Quote: qryStr(m["quote"]), Date: qryStr(m["date"]),
				Method: qryStr(m["method"]), Confidence: toFloat(m["confidence"])},
			ArticleTitle: qryStr(m["title"]), ArticlePath: qryStr(m["path"]), ArticleURL: qryStr(m["url"]), ClaimID: claimID})
	}
	qrySortSources(out)
	return out
}

func qrySortSources(src []readmodel.Source) {
	less := func(a, b *readmodel.Source) bool {
		if a.Source != b.Source {
			return a.Source.Less(b.Source)
		}
		return a.ClaimID < b.ClaimID
	}
	for i := 1; i < len(src); i++ {
		if less(&src[i], &src[i-1]) {
			slices.SortStableFunc(src, func(a, b readmodel.Source) int {
				switch {
				case less(&a, &b):
					return -1
				case less(&b, &a):
					return 1
				}
				return 0
			})
			return
		}
	}
}

// qryClaimQualifierKeys are the qualifiers stored as claim properties.
var qryClaimQualifierKeys = []string{kg.QualCharacter, kg.QualRole, kg.QualJob, kg.QualFilm, "precision"}

// qryClaim converts a claim node with the ids of its subject and object and
// its evidence list.
func qryClaim(v any, subject, object string, evidence any) (readmodel.Claim, bool) {
	n, ok := v.(neo4j.Node)
	if !ok {
		return readmodel.Claim{}, false
	}
	p := n.Props
	c := readmodel.Claim{ID: qryStr(p["id"]), Subject: subject, Object: object, Relation: kg.RelType(qryStr(p["relation"])),
		Property: qryStr(p["property"]), Value: qryStr(p["value"]), Qualifiers: map[string]string{},
		RejectReason: qryStr(p["rejectReason"])}
	if c.Subject == "" {
		c.Subject = qryStr(p["subject"])
	}
	if c.Object == "" && c.Relation != "" {
		c.Object = qryStr(p["object"])
	}
	c.Rejected, _ = p["rejected"].(bool)
	for _, k := range qryClaimQualifierKeys {
		if s := qryStr(p[k]); s != "" {
			c.Qualifiers[k] = s
		}
	}
	ks, vs := qryStrs(p["qualKeys"]), qryStrs(p["qualValues"])
	for i := range ks {
		if i < len(vs) && vs[i] != "" {
			c.Qualifiers[ks[i]] = vs[i]
		}
	}
	c.Sources = qrySources(evidence, c.ID)
	return c, true
}

// qryCheckIDs rejects empty or oversized id lists' members with a one-line
// kg.ErrInvalidInput error.
func qryCheckIDs(ids []string) error {
	for _, id := range ids {
		if strings.TrimSpace(id) == "" {
			return fmt.Errorf("empty id: %w", kg.ErrInvalidInput)
		}
		if len(id) > 512 {
			return fmt.Errorf("id %.40q...: longer than 512 bytes: %w", id, kg.ErrInvalidInput)
		}
	}
	return nil
}

type neoRecord = neo4j.Record

// driverContext returns ctx for the driver without its deadline, keeping
// its cancellation (Done, Err) and values. With a deadline in the context
// the driver runs every socket write in a goroutine of its own to race it
// against the deadline (six goroutines, each a wake-up of an idle
// scheduler thread, for a film's cast). The deadline still holds without
// it: qryRead gives Neo4j the time left as the transaction timeout, the
// driver checks Err before every read and write, and it races each read
// against Done anyway (with the read timeout Neo4j sends in its
// connection hints), so a read blocked at the deadline is interrupted.
func driverContext(ctx context.Context) context.Context {
	if _, ok := ctx.Deadline(); !ok {
		return ctx
	}
	return noDeadline{ctx}
}

// noDeadline is a context without a deadline whose cancellation and values
// are those of the context it wraps.
type noDeadline struct{ context.Context }

// Deadline reports no deadline.
func (noDeadline) Deadline() (time.Time, bool) { return time.Time{}, false }
