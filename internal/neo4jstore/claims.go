package neo4jstore

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// flatQualifiers are the claim qualifiers stored as properties of their own
// on a :Claim node; any other qualifier goes to the parallel lists
// qualKeys/qualValues.
var flatQualifiers = map[string]bool{kg.QualCharacter: true, kg.QualRole: true, kg.QualJob: true, kg.QualFilm: true, "precision": true}

// ClaimID returns the stable id of a claim: "claim:" and a hash of subject,
// relation, object, property, value and the sorted non-empty qualifiers. Two
// articles stating the same thing give the same id, so they share one
// :Claim node.
func ClaimID(c kg.Claim) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s|%s|%s|%s|%s", c.Subject, c.Relation, c.Object, c.Property, c.Value)
	for _, k := range sortedQualifierKeys(c.Qualifiers) {
		fmt.Fprintf(h, "|%s=%s", k, c.Qualifiers[k])
	}
	return "claim:" + hex.EncodeToString(h.Sum(nil))[:24]
}

// sortedQualifierKeys returns the keys of q with non-empty values, sorted.
func sortedQualifierKeys(q map[string]string) []string {
	keys := make([]string, 0, len(q))
	for k, v := range q {
		if v != "" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return keys
}

// claimProps returns the properties of a new :Claim node for c.
func claimProps(id string, c kg.Claim) map[string]any {
	p := map[string]any{"id": id, "subject": c.Subject, "rejected": false}
	if c.IsRelation() {
		p["relation"] = string(c.Relation)
		p["object"] = c.Object
	} else {
		p["property"] = c.Property
		p["value"] = c.Value
	}
	var xk, xv []string
	for _, k := range sortedQualifierKeys(c.Qualifiers) {
		if flatQualifiers[k] {
			p[k] = c.Qualifiers[k]
		} else {
			xk, xv = append(xk, k), append(xv, c.Qualifiers[k])
		}
	}
	if len(xk) > 0 {
		p["qualKeys"], p["qualValues"] = xk, xv
	}
	return p
}

// claimQualifiers rebuilds the non-empty qualifiers of a claim from the
// properties of its node.
func claimQualifiers(p map[string]any) map[string]string {
	q := map[string]string{}
	for k := range flatQualifiers {
		if v, ok := p[k].(string); ok && v != "" {
			q[k] = v
		}
	}
	ks, vs := strList(p["qualKeys"]), strList(p["qualValues"])
	for i := range ks {
		if i < len(vs) && vs[i] != "" {
			q[ks[i]] = vs[i]
		}
	}
	if len(q) == 0 {
		return nil
	}
	return q
}

// validateArticle checks one article's facts before anything is written and
// returns a one-line reason naming the offending fact, or nil.
func validateArticle(a kg.ArticleFacts) error {
	if strings.TrimSpace(a.Article.ID) == "" {
		return fmt.Errorf("article has no id")
	}
	ents := map[string]bool{}
	for _, f := range a.Entities {
		if strings.TrimSpace(f.ID) == "" {
			return fmt.Errorf("entity %q has no id", f.Name)
		}
		if !f.Type.Valid() {
			return fmt.Errorf("entity %s has unknown type %q", f.ID, f.Type)
		}
		for _, s := range f.Mentions {
			if err := checkSource(a.Article, s); err != nil {
				return fmt.Errorf("entity %s: %v", f.ID, err)
			}
		}
		ents[f.ID] = true
	}
	for _, c := range a.Claims {
		switch {
		case c.IsRelation() && !c.Relation.Valid():
			return fmt.Errorf("claim %s %s %s: unknown relationship type", c.Subject, c.Relation, c.Object)
		case c.IsRelation() && c.Object == "":
			return fmt.Errorf("claim %s %s: no object", c.Subject, c.Relation)
		case !c.IsRelation() && c.Property == "":
			return fmt.Errorf("claim about %s: neither a relationship nor a property", c.Subject)
		case !ents[c.Subject]:
			return fmt.Errorf("claim %s: subject %s is not among the article's entities", describe(c), c.Subject)
		case c.IsRelation() && !ents[c.Object]:
			return fmt.Errorf("claim %s: object %s is not among the article's entities", describe(c), c.Object)
		case len(c.Sources) == 0:
			return fmt.Errorf("claim %s has no source sentence", describe(c))
		}
		for _, s := range c.Sources {
			if err := checkSource(a.Article, s); err != nil {
				return fmt.Errorf("claim %s: %v", describe(c), err)
			}
		}
	}
	return nil
}

func checkSource(a kg.Article, s kg.Source) error {
	if s.Article != a.ID {
		return fmt.Errorf("source names article %q, not %q", s.Article, a.ID)
	}
	if s.Date != a.Date {
		return fmt.Errorf("source dated %q, the article %q", s.Date, a.Date)
	}
	return nil
}

func describe(c kg.Claim) string {
	if c.IsRelation() {
		return fmt.Sprintf("(%s)-[%s]->(%s)", c.Subject, c.Relation, c.Object)
	}
	return fmt.Sprintf("%s.%s=%q", c.Subject, c.Property, c.Value)
}

// strList converts a driver list value to []string (nil when absent).
func strList(v any) []string {
	l, _ := v.([]any)
	out := make([]string, 0, len(l))
	for _, e := range l {
		s, _ := e.(string)
		out = append(out, s)
	}
	return out
}

// intList converts a driver list value to []int.
func intList(v any) []int {
	l, _ := v.([]any)
	out := make([]int, 0, len(l))
	for _, e := range l {
		n, _ := e.(int64)
		out = append(out, int(n))
	}
	return out
}

func str(v any) string { s, _ := v.(string); return s }
