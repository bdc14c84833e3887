package neo4jstore_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/internal/neo4jstore"
	"github.com/franchisekg/franchisekg/internal/testdb"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// article builds the facts of one hand-written article: date, entities as
// (type, name, aliases...) and claims; every fact gets one source sentence
// quoting the text it names, so the hash changes when anything changes.
type article struct {
	id, date string
	ents     []ent
	claims   []claim
}

type ent struct {
	t       kg.NodeType
	name    string
	aliases []string
	props   map[string]string
}

type claim struct {
	s, rel, o string // rel empty: property claim o=value of property prop
	prop      string
	quals     map[string]string
	sentence  int
}

func (a article) facts() kg.ArticleFacts {
	af := kg.ArticleFacts{Article: kg.Article{ID: a.id, Title: "Title of " + a.id, Date: a.date, Path: "seeds/" + a.id + ".txt"}}
	h := sha256.New()
	src := func(sentence int, quote string) kg.Source {
		h.Write([]byte(quote))
		return kg.Source{Article: a.id, Sentence: sentence, Start: sentence * 100, End: sentence*100 + len(quote), Quote: quote, Date: a.date}
	}
	for i, e := range a.ents {
		af.Entities = append(af.Entities, kg.EntityFact{ID: kg.ID(e.t, e.name), Type: e.t, Name: e.name, Aliases: e.aliases,
			Properties: e.props, Mentions: []kg.Source{src(i, e.name)}})
		for _, k := range sortedKeys(e.props) {
			h.Write([]byte(k + e.props[k]))
		}
	}
	id := func(ref string) string { // "Person/Ana de Armas"
		for _, e := range a.ents {
			if string(e.t)+"/"+e.name == ref {
				return kg.ID(e.t, e.name)
			}
		}
		return ref
	}
	for _, c := range a.claims {
		k := kg.Claim{Subject: id(c.s), Qualifiers: c.quals}
		if c.rel != "" {
			k.Relation, k.Object = kg.RelType(c.rel), id(c.o)
		} else {
			k.Property, k.Value = c.prop, c.o
		}
		q := c.s + " " + c.rel + c.prop + " " + c.o
		for _, qk := range sortedKeys(c.quals) {
			q += " " + qk + "=" + c.quals[qk]
		}
		k.Sources = []kg.Source{src(c.sentence, q)}
		af.Claims = append(af.Claims, k)
	}
	af.Article.SHA256 = hex.EncodeToString(h.Sum(nil))
	return af
}

// fixture returns three articles modelled on the seeds: two disagree on Ana
// de Armas' character in Ballerina, one uses hostile names.
func fixture() []article {
	return []article{
		{id: "001_a", date: "2023-04-04", ents: []ent{
			{t: kg.Person, name: "Ana de Armas"},
			{t: kg.Film, name: "Ballerina", props: map[string]string{"format": "FILM"}},
			{t: kg.Character, name: "Eve Macarro", aliases: []string{"Eve"}},
			{t: kg.Organisation, name: "Lionsgate", props: map[string]string{"world": "REAL", "kind": "studio"}},
			{t: kg.Franchise, name: "John Wick"},
		}, claims: []claim{
			{s: "Person/Ana de Armas", rel: "ACTED_IN", o: "Film/Ballerina", quals: map[string]string{"character": "Eve Macarro"}, sentence: 1},
			{s: "Person/Ana de Armas", rel: "PORTRAYED", o: "Character/Eve Macarro", quals: map[string]string{"film": "film:ballerina"}, sentence: 1},
			{s: "Organisation/Lionsgate", rel: "DISTRIBUTED", o: "Film/Ballerina", sentence: 0},
			{s: "Film/Ballerina", rel: "SPIN_OFF_OF", o: "Franchise/John Wick", sentence: 0},
			{s: "Film/Ballerina", prop: "releaseDate", o: "2024-06-07", quals: map[string]string{"precision": "day"}, sentence: 2},
		}},
		{id: "002_b", date: "2025-06-06", ents: []ent{
			{t: kg.Person, name: "Ana de Armas", aliases: []string{"de Armas"}},
			{t: kg.Film, name: "Ballerina", aliases: []string{"From the World of John Wick: Ballerina"}, props: map[string]string{"format": "FILM"}},
			{t: kg.Character, name: "Rooney"},
			{t: kg.Person, name: "Len Wiseman", aliases: []string{"Wiseman"}},
			{t: kg.Franchise, name: "John Wick"},
		}, claims: []claim{
			{s: "Person/Ana de Armas", rel: "ACTED_IN", o: "Film/Ballerina", quals: map[string]string{"character": "Rooney"}, sentence: 3},
			{s: "Person/Len Wiseman", rel: "DIRECTED", o: "Film/Ballerina", sentence: 4},
			{s: "Film/Ballerina", rel: "SPIN_OFF_OF", o: "Franchise/John Wick", sentence: 5},
			{s: "Film/Ballerina", prop: "releaseDate", o: "2025", quals: map[string]string{"precision": "year"}, sentence: 6},
		}},
		{id: "003_c", date: "", ents: []ent{
			{t: kg.Person, name: `Robert "Bobby" O'Neil \ MATCH (n) DETACH DELETE n`, aliases: []string{`{name: 'x'}`, "RETURN 1; //"}},
			{t: kg.Film, name: "Ballerina"},
			{t: kg.Character, name: `The "Director" {of} Ruska Roma`},
		}, claims: []claim{
			{s: `Person/Robert "Bobby" O'Neil \ MATCH (n) DETACH DELETE n`, rel: "ACTED_IN", o: "Film/Ballerina",
				quals: map[string]string{"character": `The "Director" {of} Ruska Roma`}, sentence: 1},
			{s: `Character/The "Director" {of} Ruska Roma`, rel: "APPEARS_IN", o: "Film/Ballerina", sentence: 2},
		}},
	}
}

func facts(as ...article) []kg.ArticleFacts {
	out := make([]kg.ArticleFacts, len(as))
	for i, a := range as {
		out[i] = a.facts()
	}
	return out
}

// mustLoad writes arts and refreshes, failing the test on any error or
// rejected article, and returns the write result.
func mustLoad(tb testing.TB, s *neo4jstore.Store, arts []kg.ArticleFacts) neo4jstore.WriteResult {
	tb.Helper()
	ctx := context.Background()
	res, err := s.WriteArticles(ctx, arts)
	if err != nil {
		tb.Fatalf("WriteArticles: %v", err)
	}
	if len(res.Rejected) > 0 {
		tb.Fatalf("rejected: %+v", res.Rejected)
	}
	if _, err := s.Refresh(ctx); err != nil {
		tb.Fatalf("Refresh: %v", err)
	}
	return res
}

// mustExport returns the JSON export of the store.
func mustExport(tb testing.TB, s *neo4jstore.Store) []byte {
	tb.Helper()
	doc, err := s.ExportDocument(context.Background())
	if err != nil {
		tb.Fatalf("ExportDocument: %v", err)
	}
	return mustJSON(tb, doc)
}

func mustJSON(tb testing.TB, doc *kg.Document) []byte {
	tb.Helper()
	var b bytes.Buffer
	if err := doc.WriteJSON(&b); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}

func mustCount(tb testing.TB, s *neo4jstore.Store) neo4jstore.Counts {
	tb.Helper()
	c, err := s.Count(context.Background())
	if err != nil {
		tb.Fatalf("Count: %v", err)
	}
	return c
}

// freshState empties the store, loads arts, and returns the counts and
// export of that clean load: what any sequence of operations ending with
// exactly these articles must produce.
func freshState(tb testing.TB, arts []kg.ArticleFacts) (neo4jstore.Counts, []byte) {
	tb.Helper()
	s := testdb.MustEmptyStore(tb)
	mustLoad(tb, s, arts)
	return mustCount(tb, s), mustExport(tb, s)
}

// mustGolden compares got with testdata/name, rewriting it under -update.
func mustGolden(tb testing.TB, name string, got []byte) {
	tb.Helper()
	p := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(p, got, 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	want, err := os.ReadFile(p)
	if err != nil {
		tb.Fatalf("golden file (run go test -update once): %v", err)
	}
	if !bytes.Equal(got, want) {
		tb.Fatalf("%s differs from the golden file:\n%s", name, firstDiff(got, want))
	}
}

// firstDiff describes where two texts first differ.
func firstDiff(got, want []byte) string {
	gl, wl := bytes.Split(got, []byte("\n")), bytes.Split(want, []byte("\n"))
	for i := 0; i < len(gl) || i < len(wl); i++ {
		var g, w []byte
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		if !bytes.Equal(g, w) {
			return "line " + strconv.Itoa(i+1) + ":\n got: " + string(g) + "\nwant: " + string(w)
		}
	}
	return "(equal lines, different bytes)"
}

// storeOps lets table-driven tests receive the store.
type storeOps struct{ *neo4jstore.Store }

func sortedKeys(m map[string]string) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
