package export_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// The fixture turns the spec's gold facts for the seed articles into
// kg.ArticleFacts with real sentences and offsets from seeds/, so the
// writers can be tested on the seeds' graph (conflicts included) without
// the loaders. Integration tests use the loaders' real pipeline instead.

type goldFile struct {
	Articles  []string         `json:"articles"`
	Entities  []goldEntity     `json:"entities"`
	Relations []goldRelation   `json:"relations"`
	Props     []goldProperties `json:"properties"`
}

type goldEntity struct {
	Type    kg.NodeType `json:"type"`
	Name    string      `json:"name"`
	Aliases []string    `json:"aliases"`
	Format  string      `json:"format"`
	World   string      `json:"world"`
}

type goldRelation struct {
	Type      any      `json:"type"`
	From      string   `json:"from"`
	To        string   `json:"to"`
	Character any      `json:"character"`
	Role      any      `json:"role"`
	Sources   []string `json:"sources"`
}

type goldProperties struct {
	Entity   string `json:"entity"`
	Property string `json:"property"`
	Values   []struct {
		Value   string   `json:"value"`
		Sources []string `json:"sources"`
	} `json:"values"`
}

type sentence struct {
	start, end int
	text       string
}

type seedArticle struct {
	art       kg.Article
	text      string
	sentences []sentence
}

var dateLine = regexp.MustCompile(`^\s*date (\d{4}-\d{2}-\d{2})\s`)

// relEnds says which labels each end of a relationship type may have, in
// order of preference.
var relEnds = map[kg.RelType][2][]kg.NodeType{
	kg.ActedIn:     {{kg.Person}, {kg.Film}},
	kg.Portrayed:   {{kg.Person}, {kg.Character}},
	kg.AppearsIn:   {{kg.Character}, {kg.Film}},
	kg.Directed:    {{kg.Person}, {kg.Film}},
	kg.Wrote:       {{kg.Person}, {kg.Film}},
	kg.Produced:    {{kg.Person, kg.Organisation}, {kg.Film}},
	kg.Distributed: {{kg.Organisation}, {kg.Film}},
	kg.MemberOf:    {{kg.Character, kg.Person}, {kg.Organisation}},
	kg.PartOf:      {{kg.Film}, {kg.Franchise}},
	kg.SpinOffOf:   {{kg.Film}, {kg.Franchise, kg.Film}},
	kg.PrequelOf:   {{kg.Film}, {kg.Franchise, kg.Film}},
	kg.SequelOf:    {{kg.Film}, {kg.Franchise, kg.Film}},
}

func repoRoot(tb testing.TB) string {
	tb.Helper()
	dir, err := filepath.Abs("../..")
	if err != nil {
		tb.Fatal(err)
	}
	return dir
}

// MustSeedArticles reads seeds/ into articles split into sentences.
func MustSeedArticles(tb testing.TB) []*seedArticle {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join(repoRoot(tb), "seeds", "*.txt"))
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no seeds: %v", err)
	}
	sort.Strings(paths)
	var out []*seedArticle
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		text := string(b)
		a := &seedArticle{text: text}
		a.art.ID = strings.TrimSuffix(filepath.Base(p), ".txt")
		a.art.Path = "seeds/" + filepath.Base(p)
		if m := dateLine.FindStringSubmatch(text); m != nil {
			a.art.Date = m[1]
		}
		a.sentences = splitSentences(text)
		first := strings.TrimSpace(strings.SplitN(text, "\n", 2)[0])
		if a.art.Date == "" && len(first) < 160 {
			a.art.Title = first
		} else {
			s := a.sentences[0].text
			s = strings.TrimSpace(dateLine.ReplaceAllString(s, ""))
			if len(s) > 80 {
				s = s[:strings.LastIndex(s[:80], " ")] + "…"
			}
			a.art.Title = s
		}
		out = append(out, a)
	}
	return out
}

func splitSentences(text string) []sentence {
	var out []sentence
	start := 0
	flush := func(end int) {
		raw := text[start:end]
		trimmed := strings.TrimSpace(raw)
		if trimmed != "" {
			s := start + strings.Index(raw, trimmed)
			out = append(out, sentence{start: s, end: s + len(trimmed), text: trimmed})
		}
		start = end
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == '\n' && i+1 < len(text) && text[i+1] == '\n' {
			flush(i)
			continue
		}
		if c == '.' || c == '!' || c == '?' {
			j := i + 1
			for j < len(text) && strings.ContainsRune("\"'”’)", rune(text[j])) {
				j++
			}
			if j < len(text) && (text[j] == ' ' || text[j] == '\n') {
				flush(j)
				i = j
			}
		}
	}
	flush(len(text))
	return out
}

// MustSeedFacts returns the gold facts as per-article kg.ArticleFacts.
func MustSeedFacts(tb testing.TB) ([]kg.ArticleFacts, []kg.Article) {
	tb.Helper()
	b, err := os.ReadFile("/work/shared/spec/gold/seeds.gold.json")
	if err != nil {
		b, err = os.ReadFile(filepath.Join("testdata", "seeds.gold.json"))
	}
	if err != nil {
		tb.Fatal(err)
	}
	var g goldFile
	if err := json.Unmarshal(b, &g); err != nil {
		tb.Fatal(err)
	}
	arts := MustSeedArticles(tb)
	byArt := map[string]*seedArticle{}
	for _, a := range arts {
		byArt[a.art.ID] = a
	}
	byName := map[string][]*goldEntity{}
	for i := range g.Entities {
		e := &g.Entities[i]
		byName[e.Name] = append(byName[e.Name], e)
	}
	find := func(name string, types []kg.NodeType) *goldEntity {
		for _, t := range types {
			for _, e := range byName[name] {
				if e.Type == t {
					return e
				}
			}
		}
		tb.Fatalf("gold: no %v named %q", types, name)
		return nil
	}
	forms := func(e *goldEntity) []string { return append([]string{e.Name}, e.Aliases...) }
	// sentence of a that contains a form of each of es (falling back to
	// fewer), as a Source.
	evidence := func(a *seedArticle, es ...*goldEntity) kg.Source {
		for k := len(es); k > 0; k-- {
			for i, s := range a.sentences {
				ok := true
				for _, e := range es[:k] {
					if !containsAny(s.text, forms(e)) {
						ok = false
						break
					}
				}
				if ok {
					return kg.Source{Article: a.art.ID, Sentence: i, Start: s.start, End: s.end, Quote: s.text, Date: a.art.Date}
				}
			}
		}
		s := a.sentences[0]
		return kg.Source{Article: a.art.ID, Sentence: 0, Start: s.start, End: s.end, Quote: s.text, Date: a.art.Date}
	}
	type entKey struct {
		art string
		e   *goldEntity
	}
	facts := map[entKey]*kg.EntityFact{}
	touch := func(a *seedArticle, e *goldEntity, src ...kg.Source) {
		k := entKey{a.art.ID, e}
		f := facts[k]
		if f == nil {
			f = &kg.EntityFact{ID: kg.ID(e.Type, e.Name), Type: e.Type, Name: e.Name}
			if e.Format != "" {
				f.Properties = map[string]string{kg.PropFormat: e.Format}
			}
			if e.World != "" {
				f.Properties = map[string]string{kg.PropWorld: e.World}
			}
			facts[k] = f
		}
		f.Mentions = append(f.Mentions, src...)
	}
	// mentions: every sentence naming a form of an entity
	for _, a := range arts {
		for i := range g.Entities {
			e := &g.Entities[i]
			for si, s := range a.sentences {
				for _, form := range forms(e) {
					if p := strings.Index(s.text, form); p >= 0 && form != "" {
						touch(a, e, kg.Source{Article: a.art.ID, Sentence: si, Start: s.start + p, End: s.start + p + len(form), Quote: s.text, Date: a.art.Date})
						f := facts[entKey{a.art.ID, e}]
						if form != e.Name && !contains(f.Aliases, form) {
							f.Aliases = append(f.Aliases, form)
						}
						break
					}
				}
			}
		}
	}
	claims := map[string][]kg.Claim{}
	for _, r := range g.Relations {
		var types []kg.RelType
		switch t := r.Type.(type) {
		case string:
			types = []kg.RelType{kg.RelType(t)}
		case []any:
			for _, x := range t {
				types = append(types, kg.RelType(x.(string)))
			}
		}
		for _, rt := range types {
			ends := relEnds[rt]
			from, to := find(r.From, ends[0]), find(r.To, ends[1])
			for _, aid := range r.Sources {
				a := byArt[aid]
				src := evidence(a, from, to)
				touch(a, from, src)
				touch(a, to, src)
				c := kg.Claim{Subject: kg.ID(from.Type, from.Name), Relation: rt, Object: kg.ID(to.Type, to.Name), Sources: []kg.Source{src}}
				for q, v := range map[string]any{kg.QualCharacter: r.Character, kg.QualRole: r.Role} {
					if val := pickValue(v, a.text); val != "" {
						if c.Qualifiers == nil {
							c.Qualifiers = map[string]string{}
						}
						c.Qualifiers[q] = val
					}
				}
				claims[aid] = append(claims[aid], c)
			}
		}
	}
	for _, p := range g.Props {
		e := find(p.Entity, []kg.NodeType{kg.Film, kg.Organisation, kg.Person, kg.Character, kg.Franchise})
		for _, v := range p.Values {
			for _, aid := range v.Sources {
				a := byArt[aid]
				src := evidence(a, e)
				touch(a, e, src)
				c := kg.Claim{Subject: kg.ID(e.Type, e.Name), Property: p.Property, Value: v.Value, Sources: []kg.Source{src}}
				if p.Property == kg.PropReleaseDate {
					c.Qualifiers = map[string]string{"precision": kg.DatePrecision(v.Value)}
				}
				claims[aid] = append(claims[aid], c)
			}
		}
	}
	var out []kg.ArticleFacts
	var articles []kg.Article
	for _, a := range arts {
		af := kg.ArticleFacts{Article: a.art, Claims: claims[a.art.ID]}
		for k, f := range facts {
			if k.art == a.art.ID {
				f.Mentions = kg.SortSources(f.Mentions)
				sort.Strings(f.Aliases)
				af.Entities = append(af.Entities, *f)
			}
		}
		sort.Slice(af.Entities, func(i, j int) bool { return af.Entities[i].ID < af.Entities[j].ID })
		out = append(out, af)
		articles = append(articles, a.art)
	}
	return out, articles
}

// pickValue returns the first of a gold qualifier's values that the article
// text contains ("" when none does or there is none).
func pickValue(v any, text string) string {
	switch x := v.(type) {
	case string:
		if strings.Contains(strings.ToLower(text), strings.ToLower(x)) {
			return x
		}
	case []any:
		for _, y := range x {
			if s := pickValue(y, text); s != "" {
				return s
			}
		}
	}
	return ""
}

func containsAny(s string, subs []string) bool {
	for _, x := range subs {
		if x != "" && strings.Contains(s, x) {
			return true
		}
	}
	return false
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}
