package export

import (
	"bufio"
	"context"
	"encoding/json"
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

func init() {
	registerFormat(&Format{Name: "jsonld", Ext: ".jsonld", ContentType: "application/ld+json; charset=utf-8", write: writeJSONLD})
}

// IRIBase is the namespace of franchisekg ids in JSON-LD: the id
// "person:ana-de-armas" is the IRI <IRIBase>person/ana-de-armas.
const IRIBase = "https://franchisekg.org/id/"

// jsonldContext is embedded in every document, so no processor fetches
// anything: schema.org as the vocabulary, one prefix per id type, fk: for
// the relations schema.org has no term for.
func jsonldContext() map[string]any {
	c := map[string]any{
		"@vocab":  "https://schema.org/",
		"fk":      "https://franchisekg.org/ns#",
		"article": IRIBase + "article/",
	}
	for _, t := range kg.EntityTypes {
		c[t.IDPrefix()] = IRIBase + t.IDPrefix() + "/"
	}
	return c
}

// jsonldRel says how a relationship becomes schema.org: which end is the
// subject, the property, and the Role type carrying the fact's citation.
type jsonldRel struct {
	subjectIsTo bool
	prop        string
	role        string
}

var jsonldRels = map[kg.RelType]jsonldRel{
	kg.ActedIn:     {true, "actor", "PerformanceRole"},
	kg.Directed:    {true, "director", "Role"},
	kg.Wrote:       {true, "author", "Role"},
	kg.Produced:    {true, "producer", "Role"}, // productionCompany for organisations
	kg.Distributed: {true, "fk:distributor", "Role"},
	kg.WorkedOn:    {true, "contributor", "Role"},
	kg.AppearsIn:   {true, "character", "Role"},
	kg.Portrayed:   {false, "fk:portrayed", "PerformanceRole"},
	kg.MemberOf:    {false, "memberOf", "OrganizationRole"},
	kg.PartOf:      {false, "isPartOf", "Role"},
	kg.SpinOffOf:   {false, "fk:spinOffOf", "Role"},
	kg.SequelOf:    {false, "fk:sequelOf", "Role"},
	kg.PrequelOf:   {false, "fk:prequelOf", "Role"},
}

// jsonldType returns the schema.org type of a node.
func jsonldType(n *kg.Node) string {
	switch n.Type {
	case kg.Person:
		return "Person"
	case kg.Film:
		if contains(values(n.Properties[kg.PropFormat]), kg.FormatSeries) {
			return "TVSeries"
		}
		return "Movie"
	case kg.Organisation:
		return "Organization"
	case kg.Franchise:
		return "CreativeWorkSeries"
	case kg.Character:
		return "fk:Character"
	}
	return "Thing"
}

// jsonldProps maps node properties to schema.org terms; others go to fk:.
var jsonldProps = map[string]string{
	kg.PropReleaseDate: "datePublished",
	kg.PropAlsoKnownAs: "alternateName",
}

// writeJSONLD writes one JSON-LD document with the schema.org @context
// embedded and a flat @graph: entity nodes (Movie/TVSeries, Person,
// Organization, CreativeWorkSeries, fk:Character) citing the articles that
// mention them (subjectOf), then one object per relationship that adds a
// Role to its subject (PerformanceRole with characterName for cast,
// director, producer or productionCompany, ...) with the fact's own
// citations, then the cited articles as NewsArticle. Objects sharing an
// @id merge when the document is expanded to RDF.
func writeJSONLD(ctx context.Context, r Reader, sel *Selection, o *Options, t Target) error {
	bw := bufio.NewWriterSize(t.W, 64<<10)
	ctxJSON, _ := json.Marshal(jsonldContext())
	bw.WriteString("{\n\"@context\": ")
	bw.Write(ctxJSON)
	bw.WriteString(",\n\"@graph\": [")
	first := true
	emit := func(v any) error {
		b, err := marshalNoEscape(v)
		if err != nil {
			return err
		}
		if first {
			bw.WriteString("\n")
			first = false
		} else {
			bw.WriteString(",\n")
		}
		_, err = bw.Write(b)
		return err
	}
	cited := map[string]bool{}
	err := r.Nodes(ctx, sel, func(n *kg.Node) error {
		obj := map[string]any{"@id": n.ID, "@type": jsonldType(n), "name": n.Name, "identifier": n.ID}
		alt := append([]string{}, n.Aliases...)
		for k, v := range n.Properties {
			term, ok := jsonldProps[k]
			if !ok {
				term = "fk:" + k
			}
			if term == "alternateName" {
				alt = append(alt, values(v)...)
				continue
			}
			obj[term] = v
		}
		if len(alt) > 0 {
			obj["alternateName"] = uniqueSorted(alt)
		}
		if refs := articleRefs(n.Sources, cited); len(refs) > 0 {
			obj["subjectOf"] = refs
		}
		return emit(obj)
	})
	if err != nil {
		return err
	}
	err = r.Edges(ctx, sel, func(e *kg.Edge) error {
		m, ok := jsonldRels[e.Type]
		if !ok {
			m = jsonldRel{false, "fk:" + strings.ToLower(string(e.Type)), "Role"}
		}
		subj, obj := e.From, e.To
		if m.subjectIsTo {
			subj, obj = e.To, e.From
		}
		prop := m.prop
		if e.Type == kg.Produced && kg.TypeOfID(e.From) == kg.Organisation {
			prop = "productionCompany"
		}
		role := map[string]any{"@type": m.role, prop: map[string]any{"@id": obj}}
		for k, v := range e.Properties {
			switch k {
			case kg.QualCharacter:
				role["characterName"] = v
			case kg.QualRole, kg.QualJob:
				role["roleName"] = v
			case kg.QualFilm: // one film id, or several
				var films []map[string]any
				for _, id := range values(v) {
					films = append(films, map[string]any{"@id": id})
				}
				role["fk:film"] = films
			default:
				role["fk:"+k] = v
			}
		}
		role["citation"] = articleRefs(e.Sources, cited)
		if e.Learned() { // machine-inferred: no rule states it
			role["fk:method"], role["fk:confidence"] = kg.MethodLearned, maxConfidence(e.Sources)
		}
		return emit(map[string]any{"@id": subj, prop: role})
	})
	if err != nil {
		return err
	}
	err = r.Articles(ctx, sortedKeys(cited), func(a *kg.Article) error {
		obj := map[string]any{"@id": "article:" + a.ID, "@type": "NewsArticle", "identifier": a.ID}
		if a.Title != "" {
			obj["headline"] = a.Title
		}
		if a.Date != "" {
			obj["datePublished"] = a.Date
		}
		if a.URL != "" {
			obj["url"] = a.URL
		}
		return emit(obj)
	})
	if err != nil {
		return err
	}
	bw.WriteString("\n]\n}\n")
	return bw.Flush()
}

// maxConfidence returns the greatest confidence among src (a learned
// edge's: the model's best probability over the sentences it read).
func maxConfidence(src []kg.Source) float64 {
	c := 0.0
	for _, s := range src {
		c = max(c, s.Confidence)
	}
	return c
}

// articleRefs returns {"@id": "article:<id>"} for each distinct article of
// src, recording them as cited.
func articleRefs(src []kg.Source, cited map[string]bool) []map[string]any {
	var out []map[string]any
	seen := map[string]bool{}
	for _, s := range src {
		if !seen[s.Article] {
			seen[s.Article] = true
			cited[s.Article] = true
			out = append(out, map[string]any{"@id": "article:" + s.Article})
		}
	}
	return out
}

func marshalNoEscape(v any) ([]byte, error) {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return []byte(strings.TrimSuffix(b.String(), "\n")), nil
}
