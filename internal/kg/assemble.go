package kg

import (
	"sort"
	"strings"
)

// conflictingProperties are the node properties that hold one true value, so
// that two different values are a disagreement between sources.
var conflictingProperties = map[string]bool{PropReleaseDate: true, PropFormat: true, PropWorld: true}

// conflictingQualifiers are, per relationship type, the qualifiers that hold
// one true value (an actor plays one character in a film).
var conflictingQualifiers = map[RelType]map[string]bool{ActedIn: {QualCharacter: true}}

// IsConflictingProperty reports whether two values of a node property are a
// disagreement (releaseDate, format, world).
func IsConflictingProperty(p string) bool { return conflictingProperties[p] }

// IsConflictingQualifier reports whether two values of a relationship
// qualifier are a disagreement (ACTED_IN.character).
func IsConflictingQualifier(r RelType, q string) bool { return conflictingQualifiers[r][q] }

// compatible reports whether two values of one property can both be true:
// equal once folded, or dates of which one is a less precise prefix of the
// other ("2024" and "2024-06-07").
func compatible(property, a, b string) bool {
	if Fold(a) == Fold(b) {
		return true
	}
	if property == PropReleaseDate {
		return strings.HasPrefix(a, b+"-") || strings.HasPrefix(b, a+"-")
	}
	return false
}

// DatePrecision returns "year", "month" or "day" for an ISO date prefix, or "".
func DatePrecision(v string) string {
	switch len(v) {
	case 4:
		return "year"
	case 7:
		return "month"
	case 10:
		return "day"
	}
	return ""
}

// newestDate returns the greatest non-empty Date among sources, or "".
func newestDate(src []Source) string {
	d := ""
	for _, s := range src {
		if s.Date > d {
			d = s.Date
		}
	}
	return d
}

// valueGroup gathers the sources of one value of one property.
type valueGroup struct {
	value     string
	precision string
	sources   []Source
}

// groupValues merges values equal once folded (the first spelling in sorted
// order wins) and returns them sorted by value.
func groupValues(property string, in []valueGroup) []valueGroup {
	sort.SliceStable(in, func(i, j int) bool { return in[i].value < in[j].value })
	var out []valueGroup
	idx := map[string]int{}
	for _, g := range in {
		k := Fold(g.value)
		if i, ok := idx[k]; ok {
			out[i].sources = append(out[i].sources, g.sources...)
			if out[i].precision == "" {
				out[i].precision = g.precision
			}
			continue
		}
		idx[k] = len(out)
		g.sources = append([]Source(nil), g.sources...)
		out = append(out, g)
	}
	for i := range out {
		out[i].sources = SortSources(out[i].sources)
	}
	return out
}

// disputed reports whether the values contain two incompatible ones.
func disputed(property string, vals []valueGroup) bool {
	for i := range vals {
		for j := i + 1; j < len(vals); j++ {
			if !compatible(property, vals[i].value, vals[j].value) {
				return true
			}
		}
	}
	return false
}

// propertyValue is the value of a property as written under "properties":
// the single value, or the sorted list of values.
func propertyValue(vals []valueGroup) any {
	if len(vals) == 1 {
		return vals[0].value
	}
	l := make([]string, len(vals))
	for i, v := range vals {
		l[i] = v.value
	}
	return l
}

func toFacts(property string, vals []valueGroup) []Fact {
	out := make([]Fact, 0, len(vals))
	for _, v := range vals {
		out = append(out, Fact{Property: property, Value: v.value, Precision: v.precision,
			AsOf: newestDate(v.sources), Sources: v.sources})
	}
	return out
}

func toConflict(subject string, rel RelType, object, property string, vals []valueGroup) Conflict {
	c := Conflict{Subject: subject, Relation: rel, Object: object, Property: property}
	for _, v := range vals {
		c.Values = append(c.Values, ConflictValue{Value: v.value, AsOf: newestDate(v.sources), Sources: v.sources})
	}
	return c
}

// AssembleNode builds the document node of one entity from every article's
// EntityFact for it and its property claims, and returns it with the
// conflicts among its property values. The canonical name is the one most
// facts give (ties: the first in article order); aliases are every other
// surface form, deduplicated case- and accent-insensitively.
func AssembleNode(facts []EntityFact, propClaims []Claim) (Node, []Conflict) {
	n := Node{Properties: map[string]any{}, Aliases: []string{}, Sources: []Source{}}
	if len(facts) == 0 {
		return n, nil
	}
	n.ID, n.Type = facts[0].ID, facts[0].Type
	n.Name = canonicalName(facts)
	seen := map[string]bool{Fold(n.Name): true}
	var aliases []string
	props := map[string][]valueGroup{}
	for _, f := range facts {
		for _, a := range append([]string{f.Name}, f.Aliases...) {
			if k := Fold(a); !seen[k] && strings.TrimSpace(a) != "" {
				seen[k] = true
				aliases = append(aliases, a)
			}
		}
		n.Sources = append(n.Sources, f.Mentions...)
		for k, v := range f.Properties {
			props[k] = append(props[k], valueGroup{value: v, sources: f.Mentions})
		}
	}
	sort.Slice(aliases, func(i, j int) bool {
		if fi, fj := Fold(aliases[i]), Fold(aliases[j]); fi != fj {
			return fi < fj
		}
		return aliases[i] < aliases[j]
	})
	n.Aliases = append(n.Aliases, aliases...)
	n.Sources = SortSources(n.Sources)

	claimed := map[string][]valueGroup{}
	for _, c := range propClaims {
		if c.IsRelation() || c.Property == "" {
			continue
		}
		claimed[c.Property] = append(claimed[c.Property], valueGroup{value: c.Value, precision: c.Qualifiers["precision"], sources: c.Sources})
	}
	var conflicts []Conflict
	keys := make([]string, 0, len(props)+len(claimed))
	for k := range props {
		keys = append(keys, k)
	}
	for k := range claimed {
		if _, ok := props[k]; !ok {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		var vals []valueGroup
		if cv, ok := claimed[k]; ok {
			vals = groupValues(k, cv)
			n.Facts = append(n.Facts, toFacts(k, vals)...)
			// fixed properties that no claim states still count as values
			for _, pv := range groupValues(k, props[k]) {
				if !containsFolded(vals, pv.value) {
					vals = append(vals, pv)
				}
			}
			vals = groupValues(k, vals)
		} else {
			vals = groupValues(k, props[k])
		}
		n.Properties[k] = propertyValue(vals)
		if IsConflictingProperty(k) && disputed(k, vals) {
			conflicts = append(conflicts, toConflict(n.ID, "", "", k, vals))
		}
	}
	return n, conflicts
}

func containsFolded(vals []valueGroup, v string) bool {
	k := Fold(v)
	for _, x := range vals {
		if Fold(x.value) == k {
			return true
		}
	}
	return false
}

// canonicalName returns the name most facts give, ties broken by first
// appearance in facts' order.
func canonicalName(facts []EntityFact) string {
	count := map[string]int{}
	best, bestN := "", 0
	for _, f := range facts {
		count[f.Name]++
	}
	for _, f := range facts {
		if c := count[f.Name]; c > bestN {
			best, bestN = f.Name, c
		}
	}
	return best
}

// AssembleEdge builds the document edge for relationship claims that share
// subject, relation and object, and returns it with the conflicts among its
// qualifier values. It panics on no claims.
func AssembleEdge(claims []Claim) (Edge, []Conflict) {
	e := Edge{Type: claims[0].Relation, From: claims[0].Subject, To: claims[0].Object,
		Properties: map[string]any{}, Sources: []Source{}}
	quals := map[string][]valueGroup{}
	for _, c := range claims {
		e.Sources = append(e.Sources, c.Sources...)
		for k, v := range c.Qualifiers {
			if v == "" {
				continue
			}
			quals[k] = append(quals[k], valueGroup{value: v, sources: c.Sources})
		}
	}
	e.Sources = SortSources(e.Sources)
	if LearnedOnly(e.Sources) {
		e.Method = MethodLearned
	}
	keys := make([]string, 0, len(quals))
	for k := range quals {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var conflicts []Conflict
	for _, k := range keys {
		vals := groupValues(k, quals[k])
		e.Properties[k] = propertyValue(vals)
		e.Facts = append(e.Facts, toFacts(k, vals)...)
		if IsConflictingQualifier(e.Type, k) && disputed(k, vals) {
			conflicts = append(conflicts, toConflict(e.From, e.Type, e.To, k, vals))
		}
	}
	return e, conflicts
}

// EdgeLess orders edges by from, type, to: the document's edge order.
func EdgeLess(a, b Edge) bool {
	if a.From != b.From {
		return a.From < b.From
	}
	if a.Type != b.Type {
		return a.Type < b.Type
	}
	return a.To < b.To
}

// ConflictLess orders conflicts by subject, relation, object, property.
func ConflictLess(a, b Conflict) bool {
	if a.Subject != b.Subject {
		return a.Subject < b.Subject
	}
	if a.Relation != b.Relation {
		return a.Relation < b.Relation
	}
	if a.Object != b.Object {
		return a.Object < b.Object
	}
	return a.Property < b.Property
}

// BuildDocument merges the facts of many articles into the interchange
// document: nodes sorted by id (then type), edges by from, type, to, and
// conflicts by subject. The result does not depend on the order of arts.
func BuildDocument(arts []ArticleFacts) *Document {
	sorted := append([]ArticleFacts(nil), arts...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Article.ID < sorted[j].Article.ID })

	type nodeKey struct {
		id string
		t  NodeType
	}
	type edgeKey struct {
		from string
		rel  RelType
		to   string
	}
	entities := map[nodeKey][]EntityFact{}
	propClaims := map[string][]Claim{}
	edgeClaims := map[edgeKey][]Claim{}
	for _, a := range sorted {
		for _, f := range a.Entities {
			k := nodeKey{f.ID, f.Type}
			entities[k] = append(entities[k], f)
		}
		for _, c := range a.Claims {
			if c.IsRelation() {
				k := edgeKey{c.Subject, c.Relation, c.Object}
				edgeClaims[k] = append(edgeClaims[k], c)
			} else {
				propClaims[c.Subject] = append(propClaims[c.Subject], c)
			}
		}
	}
	doc := &Document{Nodes: []Node{}, Edges: []Edge{}, Conflicts: []Conflict{}}
	for _, facts := range entities {
		n, cs := AssembleNode(facts, propClaims[facts[0].ID])
		doc.Nodes = append(doc.Nodes, n)
		doc.Conflicts = append(doc.Conflicts, cs...)
	}
	for _, claims := range edgeClaims {
		e, cs := AssembleEdge(claims)
		doc.Edges = append(doc.Edges, e)
		doc.Conflicts = append(doc.Conflicts, cs...)
	}
	sort.Slice(doc.Nodes, func(i, j int) bool {
		if doc.Nodes[i].ID != doc.Nodes[j].ID {
			return doc.Nodes[i].ID < doc.Nodes[j].ID
		}
		return doc.Nodes[i].Type < doc.Nodes[j].Type
	})
	sort.Slice(doc.Edges, func(i, j int) bool { return EdgeLess(doc.Edges[i], doc.Edges[j]) })
	sort.Slice(doc.Conflicts, func(i, j int) bool { return ConflictLess(doc.Conflicts[i], doc.Conflicts[j]) })
	return doc
}
