package neo4jstore

import (
	"fmt"
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

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
