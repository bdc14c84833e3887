package export

import (
	"context"
	"sort"
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// Page is one wiki page as the JSON-per-page form gives it to Pywikibot or
// mwclient scripts; the wikitext forms render it.
type Page struct {
	ID       string `json:"id"`
	Title    string `json:"title"`
	Type     string `json:"type"`
	Template string `json:"template"`
	// Fields are the infobox parameters in order, each with its values.
	Fields []PageField `json:"fields"`
	// Cast lists a film's actors in billing order (empty for characters).
	Cast []CastEntry `json:"cast"`
	// Citations are the references used, in order of first use.
	Citations []Citation `json:"citations"`
	Wikitext  string     `json:"wikitext"`
}

// PageField is one infobox parameter.
type PageField struct {
	Field  string      `json:"field"` // franchisekg name (director)
	Param  string      `json:"param"` // the template's parameter name
	Values []PageValue `json:"values"`
	// Disputed is true when sources disagree: every value is kept.
	Disputed bool `json:"disputed,omitempty"`
}

// PageValue is one value with the refs (citation names) that back it.
type PageValue struct {
	Text string   `json:"text"`
	ID   string   `json:"id,omitempty"` // the linked entity
	Note string   `json:"note,omitempty"`
	Refs []string `json:"refs"`
	// Learned is true for a credit only the learned credit classifier
	// found (machine-inferred: no sentence states it; the refs cite the
	// sentences it read).
	Learned bool `json:"learned,omitempty"`
}

// CastEntry is one actor of a film.
type CastEntry struct {
	Actor      string      `json:"actor"`
	ActorID    string      `json:"actorId"`
	Refs       []string    `json:"refs"`
	Characters []PageValue `json:"characters"`
	Disputed   bool        `json:"disputed,omitempty"`
	// Learned is true for a credit only the learned credit classifier
	// found (machine-inferred).
	Learned bool `json:"learned,omitempty"`
}

// Citation is one article cited on a page.
type Citation struct {
	Name    string `json:"name"` // the ref name
	Article string `json:"article"`
	Title   string `json:"title"`
	Date    string `json:"date,omitempty"`
	Work    string `json:"work,omitempty"`
	URL     string `json:"url,omitempty"`
}

// refName is the <ref name> of an article's citation.
func refName(article string) string { return "fk-" + article }

// pageBuilder assembles pages; it caches article metadata.
type pageBuilder struct {
	r        Reader
	profile  *Profile
	articles map[string]*kg.Article
	titles   map[string]string // page id → page title
}

// articleRefs returns the ref names of the distinct articles of src in
// article order.
func (b *pageBuilder) refs(src []kg.Source) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range src {
		if !seen[s.Article] {
			seen[s.Article] = true
			out = append(out, refName(s.Article))
		}
	}
	return out
}

// loadArticles fetches the metadata of the articles src cites that are not
// cached yet.
func (b *pageBuilder) loadArticles(ctx context.Context, srcs ...[]kg.Source) error {
	var ids []string
	for _, src := range srcs {
		for _, s := range src {
			if _, ok := b.articles[s.Article]; !ok {
				ids = append(ids, s.Article)
				b.articles[s.Article] = &kg.Article{ID: s.Article, Date: s.Date}
			}
		}
	}
	if len(ids) == 0 {
		return nil
	}
	return b.r.Articles(ctx, uniqueSorted(ids), func(a *kg.Article) error {
		c := *a
		b.articles[a.ID] = &c
		return nil
	})
}

// citedSources are the sources a page cites for edge e: a stated edge's
// rule sources (a sentence where only the learned classifier read the
// credit is not cited for it), a learned edge's every source.
func citedSources(e *kg.Edge) []kg.Source {
	if e.Learned() {
		return e.Sources
	}
	return statedSources(e.Sources)
}

// build returns the page of node n given every edge incident to it.
func (b *pageBuilder) build(ctx context.Context, n *kg.Node, edges []*kg.Edge, conflicts []*kg.Conflict) (*Page, error) {
	ids := []string{}
	srcs := [][]kg.Source{}
	for _, e := range edges {
		ids = append(ids, e.From, e.To)
		srcs = append(srcs, e.Sources)
	}
	for _, f := range n.Facts {
		srcs = append(srcs, f.Sources)
	}
	refs, err := b.r.Refs(ctx, uniqueSorted(ids))
	if err != nil {
		return nil, err
	}
	if err := b.loadArticles(ctx, srcs...); err != nil {
		return nil, err
	}
	p := &Page{ID: n.ID, Title: b.titles[n.ID], Type: string(n.Type), Fields: []PageField{}, Cast: []CastEntry{}, Citations: []Citation{}}
	link := func(id string, src []kg.Source, note string) PageValue {
		name := id
		if r, ok := refs[id]; ok {
			name = r.Name
		}
		return PageValue{Text: name, ID: id, Note: note, Refs: b.refs(src)}
	}
	in := func(t kg.RelType, from kg.NodeType) []*kg.Edge {
		var out []*kg.Edge
		for _, e := range edges {
			if e.Type == t && e.To == n.ID && (from == "" || kg.TypeOfID(e.From) == from) {
				out = append(out, e)
			}
		}
		return out
	}
	out := func(t kg.RelType) []*kg.Edge {
		var res []*kg.Edge
		for _, e := range edges {
			if e.Type == t && e.From == n.ID {
				res = append(res, e)
			}
		}
		return res
	}
	links := func(es []*kg.Edge, end func(*kg.Edge) string) []PageValue {
		var vs []PageValue
		for _, e := range es {
			note := strings.Join(append(values(e.Properties[kg.QualRole]), values(e.Properties[kg.QualJob])...), ", ")
			v := link(end(e), citedSources(e), note)
			v.Learned = e.Learned()
			vs = append(vs, v)
		}
		return vs
	}
	from := func(e *kg.Edge) string { return e.From }
	to := func(e *kg.Edge) string { return e.To }
	var tp TemplateProfile
	var fields map[string]PageField
	switch n.Type {
	case kg.Film:
		tp = b.profile.Film
		cast := in(kg.ActedIn, "")
		sort.SliceStable(cast, func(i, j int) bool { return billingLess(cast[i], cast[j]) })
		disputedCast := map[string]bool{}
		for _, c := range conflicts {
			if c.Relation == kg.ActedIn && c.Object == n.ID {
				disputedCast[c.Subject] = true
			}
		}
		for _, e := range cast {
			ce := CastEntry{Actor: link(e.From, nil, "").Text, ActorID: e.From, Refs: b.refs(citedSources(e)), Characters: []PageValue{},
				Disputed: disputedCast[e.From], Learned: e.Learned()}
			for _, f := range e.Facts {
				if f.Property == kg.QualCharacter {
					ce.Characters = append(ce.Characters, PageValue{Text: f.Value, Refs: b.refs(f.Sources)})
				}
			}
			p.Cast = append(p.Cast, ce)
		}
		fields = map[string]PageField{
			"name":        {Values: []PageValue{{Text: n.Name, Refs: []string{}}}},
			"director":    {Values: links(in(kg.Directed, ""), from)},
			"writer":      {Values: links(in(kg.Wrote, ""), from)},
			"producer":    {Values: links(in(kg.Produced, kg.Person), from)},
			"studio":      {Values: links(in(kg.Produced, kg.Organisation), from)},
			"distributor": {Values: links(in(kg.Distributed, ""), from)},
		}
		var starring []PageValue
		for _, c := range p.Cast {
			starring = append(starring, PageValue{Text: c.Actor, ID: c.ActorID, Refs: c.Refs, Learned: c.Learned})
		}
		fields["starring"] = PageField{Values: starring}
		rel := PageField{}
		for _, f := range n.Facts {
			if f.Property == kg.PropReleaseDate {
				rel.Values = append(rel.Values, PageValue{Text: f.Value, Note: f.Precision, Refs: b.refs(f.Sources)})
			}
		}
		for _, c := range conflicts {
			if c.Subject == n.ID && c.Relation == "" && c.Property == kg.PropReleaseDate {
				rel.Disputed = true
			}
		}
		fields["released"] = rel
	case kg.Character:
		tp = b.profile.Character
		portrayers := append(in(kg.Portrayed, ""), nil...)
		fields = map[string]PageField{
			"name":        {Values: []PageValue{{Text: n.Name, Refs: []string{}}}},
			"portrayer":   {Values: links(portrayers, from)},
			"affiliation": {Values: links(out(kg.MemberOf), to)},
		}
		// first appearance: the film it appears in with the earliest
		// release date (films without a date come after, by id).
		apps := out(kg.AppearsIn)
		sort.SliceStable(apps, func(i, j int) bool {
			di, dj := earliestDate(refs[apps[i].To]), earliestDate(refs[apps[j].To])
			if (di == "") != (dj == "") {
				return di != ""
			}
			if di != dj {
				return di < dj
			}
			return apps[i].To < apps[j].To
		})
		first := PageField{}
		if len(apps) > 0 && earliestDate(refs[apps[0].To]) != "" {
			first.Values = links(apps[:1], to)
		}
		fields["first"] = first
	}
	p.Template = tp.Template
	for _, fp := range tp.fieldList(orderFor(n.Type)) {
		f := fields[fp[0]]
		f.Field, f.Param = fp[0], fp[1]
		if f.Values == nil {
			f.Values = []PageValue{}
		}
		p.Fields = append(p.Fields, f)
	}
	p.Wikitext = b.render(p)
	return p, nil
}

func orderFor(t kg.NodeType) []string {
	if t == kg.Film {
		return FilmFields
	}
	return CharacterFields
}

// billingLess orders cast by first mention: article, sentence, offset of
// the earliest source (the order articles list the cast in).
func billingLess(a, b *kg.Edge) bool {
	if len(a.Sources) == 0 || len(b.Sources) == 0 {
		return len(a.Sources) > len(b.Sources)
	}
	sa, sb := a.Sources[0], b.Sources[0]
	if sa != sb {
		return sa.Less(sb)
	}
	return a.From < b.From
}

func earliestDate(r NodeRef) string {
	d := ""
	for _, v := range values(r.Properties[kg.PropReleaseDate]) {
		if d == "" || v < d {
			d = v
		}
	}
	return d
}
