package neo4jstore

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/internal/readmodel"
)

const qryEntitiesCypher = `UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n`

// Entities returns the entities with the given ids (absent ids are left
// out of the map).
func (s *Store) Entities(ctx context.Context, ids []string) (map[string]readmodel.Entity, error) {
	out := map[string]readmodel.Entity{}
	if len(ids) == 0 {
		return out, nil
	}
	if err := qryCheckIDs(ids); err != nil {
		return nil, err
	}
	recs, err := s.qryRead(ctx, qryEntitiesCypher, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		if e, ok := qryEntity(qryGet(r, "n")); ok {
			out[e.ID] = e
		}
	}
	return out, nil
}

// Lookup by folded name or alias, one statement per label so that the
// label is part of the constant text.
const qryByNameTail = ` WHERE $key IN n.keys RETURN n ORDER BY n.id LIMIT 20`

var qryByNameCypher = map[kg.NodeType]string{
	kg.Person:       `MATCH (n:Person)` + qryByNameTail,
	kg.Character:    `MATCH (n:Character)` + qryByNameTail,
	kg.Film:         `MATCH (n:Film)` + qryByNameTail,
	kg.Organisation: `MATCH (n:Organisation)` + qryByNameTail,
	kg.Franchise:    `MATCH (n:Franchise)` + qryByNameTail,
}

// FindByName returns the entities of type t whose canonical name or an
// alias equals name case- and accent-insensitively (kg.Fold), by id.
func (s *Store) FindByName(ctx context.Context, t kg.NodeType, name string) ([]readmodel.Entity, error) {
	cy, ok := qryByNameCypher[t]
	if !ok {
		return nil, fmt.Errorf("type %q: not an entity type: %w", t, kg.ErrInvalidInput)
	}
	key := kg.Fold(name)
	if key == "" {
		return nil, fmt.Errorf("empty name: %w", kg.ErrInvalidInput)
	}
	recs, err := s.qryRead(ctx, cy, map[string]any{"key": key})
	if err != nil {
		return nil, err
	}
	return qryEntityList(recs, "n"), nil
}

func qryEntityList(recs []*neoRecord, k string) []readmodel.Entity {
	out := make([]readmodel.Entity, 0, len(recs))
	for _, r := range recs {
		if e, ok := qryEntity(qryGet(r, k)); ok {
			out = append(out, e)
		}
	}
	return out
}

const qrySearchCypher = `CALL db.index.fulltext.queryNodes('entity_fulltext', $q, {limit: $scan}) YIELD node, score
WHERE size($labels) = 0 OR any(l IN labels(node) WHERE l IN $labels)
RETURN node, score
ORDER BY score DESC, node.id
LIMIT $first`

// Search runs the full-text index over names, titles and aliases. Each word
// of query matches exactly (boosted), as a prefix, or within an edit
// distance (fuzzy), so typos are tolerated; hits are ranked by score (ties
// by id) and carry the name or alias that matched best. It returns
// kg.ErrInvalidInput for a query without letters or digits.
func (s *Store) Search(ctx context.Context, query string, types []kg.NodeType, first int) ([]readmodel.SearchHit, error) {
	q := qryLuceneQuery(query)
	if q == "" {
		return nil, fmt.Errorf("search query %q: no letters or digits: %w", query, kg.ErrInvalidInput)
	}
	labels := make([]string, 0, len(types))
	for _, t := range types {
		if !t.Valid() {
			return nil, fmt.Errorf("type %q: not an entity type: %w", t, kg.ErrInvalidInput)
		}
		labels = append(labels, string(t))
	}
	if first <= 0 {
		first = 10
	}
	scan := first
	if len(labels) > 0 {
		scan = first * 10
	}
	recs, err := s.qryRead(ctx, qrySearchCypher, map[string]any{"q": q, "labels": labels, "first": first, "scan": scan})
	if err != nil {
		return nil, err
	}
	out := make([]readmodel.SearchHit, 0, len(recs))
	for _, r := range recs {
		e, ok := qryEntity(qryGet(r, "node"))
		if !ok {
			continue
		}
		score, _ := qryGet(r, "score").(float64)
		out = append(out, readmodel.SearchHit{Entity: e, Score: score, Matched: BestMatch(query, e)})
	}
	return out, nil
}

// qryLuceneQuery turns free text into a Lucene query: every word (folded,
// letters and digits only) as `w^4 w*^2 w~` for words of 3+ characters (an
// exact match ranks above a prefix, above a fuzzy one), plain `w` for
// shorter ones. User text never reaches Lucene syntax unescaped: only
// letters and digits survive. It returns "" when no word is left.
func qryLuceneQuery(query string) string {
	var parts []string
	for _, w := range qryWords(kg.Fold(query)) {
		if len([]rune(w)) < 3 {
			parts = append(parts, w)
			continue
		}
		parts = append(parts, fmt.Sprintf("(%s^4 OR %s*^2 OR %s~)", w, w, w))
	}
	return strings.Join(parts, " ")
}

func qryWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// BestMatch returns the entity's name or alias closest to query: one equal
// to it once folded, else the one sharing most words with it, else the one
// at the smallest edit distance; the canonical name wins ties.
func BestMatch(query string, e readmodel.Entity) string {
	q := kg.Fold(query)
	qw := qryWords(q)
	cands := append([]string{e.Name}, e.Aliases...)
	best, bestScore := e.Name, -1<<31
	for _, c := range cands {
		f := kg.Fold(c)
		score := 0
		if f == q {
			score = 1 << 20
		}
		cw := qryWords(f)
		for _, w := range qw {
			for _, x := range cw {
				switch {
				case x == w:
					score += 1000
				case strings.HasPrefix(x, w):
					score += 500
				}
			}
		}
		score -= qryEditDistance(f, q)
		if score > bestScore {
			best, bestScore = c, score
		}
	}
	return best
}

// qryEditDistance is the Levenshtein distance between a and b (runes).
func qryEditDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// EditDistance is the Levenshtein distance between the folded forms of a
// and b.
func EditDistance(a, b string) int { return qryEditDistance(kg.Fold(a), kg.Fold(b)) }

// Listing: WHERE and ORDER BY per sort order; the label is part of the
// constant text, so there is one statement per label and order.
const (
	qryListWhere = ` WHERE ($prefix IS NULL OR any(k IN n.keys WHERE k STARTS WITH $prefix))
  AND ($contains IS NULL OR toLower(n.name) CONTAINS $contains)
  AND ($format IS NULL OR n.format = $format)
  AND ($world IS NULL OR n.world = $world)
  AND ($franchise IS NULL OR EXISTS { (n)-[:PART_OF]->(:Franchise {id: $franchise}) })`
	qryNameAsc   = ` AND ($afterID IS NULL OR n.name > $afterKey OR (n.name = $afterKey AND n.id > $afterID)) RETURN n ORDER BY n.name, n.id LIMIT $limit`
	qryNameDesc  = ` AND ($afterID IS NULL OR n.name < $afterKey OR (n.name = $afterKey AND n.id < $afterID)) RETURN n ORDER BY n.name DESC, n.id DESC LIMIT $limit`
	qryIDAsc     = ` AND ($afterID IS NULL OR n.id > $afterID) RETURN n ORDER BY n.id LIMIT $limit`
	qryIDDesc    = ` AND ($afterID IS NULL OR n.id < $afterID) RETURN n ORDER BY n.id DESC LIMIT $limit`
	qryCountTail = ` RETURN count(n) AS n`
)

type qryListKey struct {
	t     kg.NodeType
	order string
	desc  bool
}

var qryListCypher = map[qryListKey]string{
	{kg.Person, "name", false}: `MATCH (n:Person)` + qryListWhere + qryNameAsc,
	{kg.Person, "name", true}:  `MATCH (n:Person)` + qryListWhere + qryNameDesc,
	{kg.Person, "id", false}:   `MATCH (n:Person)` + qryListWhere + qryIDAsc,
	{kg.Person, "id", true}:    `MATCH (n:Person)` + qryListWhere + qryIDDesc,

	{kg.Film, "name", false}: `MATCH (n:Film)` + qryListWhere + qryNameAsc,
	{kg.Film, "name", true}:  `MATCH (n:Film)` + qryListWhere + qryNameDesc,
	{kg.Film, "id", false}:   `MATCH (n:Film)` + qryListWhere + qryIDAsc,
	{kg.Film, "id", true}:    `MATCH (n:Film)` + qryListWhere + qryIDDesc,

	{kg.Character, "name", false}: `MATCH (n:Character)` + qryListWhere + qryNameAsc,
	{kg.Character, "name", true}:  `MATCH (n:Character)` + qryListWhere + qryNameDesc,
	{kg.Character, "id", false}:   `MATCH (n:Character)` + qryListWhere + qryIDAsc,
	{kg.Character, "id", true}:    `MATCH (n:Character)` + qryListWhere + qryIDDesc,

	{kg.Organisation, "name", false}: `MATCH (n:Organisation)` + qryListWhere + qryNameAsc,
	{kg.Organisation, "name", true}:  `MATCH (n:Organisation)` + qryListWhere + qryNameDesc,
	{kg.Organisation, "id", false}:   `MATCH (n:Organisation)` + qryListWhere + qryIDAsc,
	{kg.Organisation, "id", true}:    `MATCH (n:Organisation)` + qryListWhere + qryIDDesc,

	{kg.Franchise, "name", false}: `MATCH (n:Franchise)` + qryListWhere + qryNameAsc,
	{kg.Franchise, "name", true}:  `MATCH (n:Franchise)` + qryListWhere + qryNameDesc,
	{kg.Franchise, "id", false}:   `MATCH (n:Franchise)` + qryListWhere + qryIDAsc,
	{kg.Franchise, "id", true}:    `MATCH (n:Franchise)` + qryListWhere + qryIDDesc,
}

// Counting: without a filter Neo4j answers from its count store (no row is
// read); with one it scans the label.
var qryCountAllCypher = map[kg.NodeType]string{
	kg.Person:       `MATCH (n:Person) RETURN count(n) AS n`,
	kg.Film:         `MATCH (n:Film) RETURN count(n) AS n`,
	kg.Character:    `MATCH (n:Character) RETURN count(n) AS n`,
	kg.Organisation: `MATCH (n:Organisation) RETURN count(n) AS n`,
	kg.Franchise:    `MATCH (n:Franchise) RETURN count(n) AS n`,
}

var qryCountFilteredCypher = map[kg.NodeType]string{
	kg.Person:       `MATCH (n:Person)` + qryListWhere + qryCountTail,
	kg.Film:         `MATCH (n:Film)` + qryListWhere + qryCountTail,
	kg.Character:    `MATCH (n:Character)` + qryListWhere + qryCountTail,
	kg.Organisation: `MATCH (n:Organisation)` + qryListWhere + qryCountTail,
	kg.Franchise:    `MATCH (n:Franchise)` + qryListWhere + qryCountTail,
}

func qryFilterParams(f readmodel.Filter) map[string]any {
	opt := func(s string) any {
		if s == "" {
			return nil
		}
		return s
	}
	return map[string]any{
		"prefix":    opt(kg.Fold(f.NameStartsWith)),
		"contains":  opt(strings.ToLower(f.NameContains)),
		"format":    opt(f.Format),
		"world":     opt(f.World),
		"franchise": opt(f.Franchise),
	}
}

func (f qryFilterEmpty) empty() bool { return f == qryFilterEmpty{} }

type qryFilterEmpty readmodel.Filter

// ListEntities returns one page of entities of p.Type in keyset order
// (name then id, or id), starting after p.After. First is capped at 1000.
func (s *Store) ListEntities(ctx context.Context, p readmodel.ListParams) (readmodel.EntityPage, error) {
	order := p.OrderBy
	if order == "" {
		order = "name"
	}
	cy, ok := qryListCypher[qryListKey{p.Type, order, p.Desc}]
	if !ok {
		return readmodel.EntityPage{}, fmt.Errorf("listing %q ordered by %q: unsupported: %w", p.Type, order, kg.ErrInvalidInput)
	}
	if p.First < 0 || p.First > 1000 {
		return readmodel.EntityPage{}, fmt.Errorf("first=%d: must be between 0 and 1000: %w", p.First, kg.ErrInvalidInput)
	}
	params := qryFilterParams(p.Filter)
	params["limit"] = p.First + 1
	params["afterKey"], params["afterID"] = nil, nil
	if p.After != nil {
		params["afterKey"], params["afterID"] = p.After.Key, p.After.ID
	}
	recs, err := s.qryRead(ctx, cy, params)
	if err != nil {
		return readmodel.EntityPage{}, err
	}
	es := qryEntityList(recs, "n")
	page := readmodel.EntityPage{Entities: es}
	if len(es) > p.First {
		page.Entities, page.HasNext = es[:p.First], true
	}
	return page, nil
}

// CountEntities counts the entities of type t passing f; without a filter
// the count comes from Neo4j's count store.
func (s *Store) CountEntities(ctx context.Context, t kg.NodeType, f readmodel.Filter) (int, error) {
	cy, ok := qryCountAllCypher[t]
	params := map[string]any{}
	if !qryFilterEmpty(f).empty() {
		cy, ok = qryCountFilteredCypher[t]
		params = qryFilterParams(f)
	}
	if !ok {
		return 0, fmt.Errorf("type %q: not an entity type: %w", t, kg.ErrInvalidInput)
	}
	recs, err := s.qryRead(ctx, cy, params)
	if err != nil || len(recs) == 0 {
		return 0, err
	}
	return qryInt(qryGet(recs[0], "n")), nil
}

// qrySortEntities sorts entities by name, then id.
func qrySortEntities(es []readmodel.Entity) {
	sort.SliceStable(es, func(i, j int) bool {
		if es[i].Name != es[j].Name {
			return es[i].Name < es[j].Name
		}
		return es[i].ID < es[j].ID
	})
}
