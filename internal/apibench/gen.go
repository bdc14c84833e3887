// Package apibench generates synthetic film graphs for the API's tests and
// benchmark, and drives the API over HTTP with a bounded load generator,
// comparing it with the same Cypher run straight through the driver.
package apibench

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/rand/v2"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// Shape sizes a generated graph.
type Shape struct {
	Films       int // one article per film
	CastPerFilm int
	People      int // pool the cast is drawn from (popularity skewed)
	Franchises  int
	Studios     int
	Seed        uint64
}

// DefaultShape is the benchmark graph: about 180,000 nodes and 520,000
// relationships once loaded (claims, evidence and mentions included).
var DefaultShape = Shape{Films: 3200, CastPerFilm: 10, People: 15000, Franchises: 200, Studios: 50, Seed: 1}

// FilmID, PersonID... are the ids of generated entities.
func FilmID(i int) string         { return fmt.Sprintf("film:gen-film-%05d", i) }
func PersonID(i int) string       { return fmt.Sprintf("person:gen-person-%05d", i) }
func characterID(f, k int) string { return fmt.Sprintf("character:gen-character-%05d-%02d", f, k) }

// articleBuilder accumulates one article's facts.
type articleBuilder struct {
	af   kg.ArticleFacts
	ents map[string]bool
	sent int
	h    []byte
}

func newArticle(id, date string) *articleBuilder {
	return &articleBuilder{af: kg.ArticleFacts{Article: kg.Article{ID: id, Title: "Generated " + id, Date: date,
		Path: "gen/" + id + ".txt"}}, ents: map[string]bool{}}
}

func (b *articleBuilder) source(quote string) kg.Source {
	b.sent++
	b.h = append(b.h, quote...)
	return kg.Source{Article: b.af.Article.ID, Sentence: b.sent, Start: b.sent * 100, End: b.sent*100 + len(quote), Quote: quote, Date: b.af.Article.Date}
}

func (b *articleBuilder) entity(id string, t kg.NodeType, name string, props map[string]string) {
	if b.ents[id] {
		return
	}
	b.ents[id] = true
	b.af.Entities = append(b.af.Entities, kg.EntityFact{ID: id, Type: t, Name: name, Properties: props,
		Mentions: []kg.Source{b.source(name + " is mentioned.")}})
}

func (b *articleBuilder) rel(s string, r kg.RelType, o string, quals map[string]string, quote string) {
	b.af.Claims = append(b.af.Claims, kg.Claim{Subject: s, Relation: r, Object: o, Qualifiers: quals, Sources: []kg.Source{b.source(quote)}})
}

func (b *articleBuilder) prop(s, p, v string, quote string) {
	b.af.Claims = append(b.af.Claims, kg.Claim{Subject: s, Property: p, Value: v, Sources: []kg.Source{b.source(quote)}})
}

func (b *articleBuilder) done() kg.ArticleFacts {
	sum := sha256.Sum256(b.h)
	b.af.Article.SHA256 = hex.EncodeToString(sum[:])
	return b.af
}

func personName(i int) string { return fmt.Sprintf("Gen Person %05d", i) }
func filmName(i int) string   { return fmt.Sprintf("Gen Film %05d", i) }

// Generate returns the articles of a synthetic graph of shape sh: one
// article per film stating its cast (ACTED_IN with a character, PORTRAYED,
// APPEARS_IN), director, writer, studio (PRODUCED), franchise (PART_OF)
// and release date. Cast members are drawn from the people pool with a
// skew, so some people have many films. The output depends only on sh.
func Generate(sh Shape) []kg.ArticleFacts {
	rng := rand.New(rand.NewPCG(sh.Seed, 42))
	out := make([]kg.ArticleFacts, 0, sh.Films)
	pick := func() int {
		// square of a uniform draw: low indices are popular
		u := rng.Float64()
		return int(u * u * float64(sh.People))
	}
	for f := 0; f < sh.Films; f++ {
		date := fmt.Sprintf("%04d-%02d-%02d", 1980+f%45, 1+f%12, 1+f%28)
		b := newArticle(fmt.Sprintf("gen-%05d", f), date)
		fid, fname := FilmID(f), filmName(f)
		b.entity(fid, kg.Film, fname, map[string]string{kg.PropFormat: kg.FormatFilm})
		fr := f % max(sh.Franchises, 1)
		frID := fmt.Sprintf("franchise:gen-franchise-%03d", fr)
		b.entity(frID, kg.Franchise, fmt.Sprintf("Gen Franchise %03d", fr), nil)
		b.rel(fid, kg.PartOf, frID, nil, fname+" is part of the franchise.")
		st := f % max(sh.Studios, 1)
		stID := fmt.Sprintf("organisation:gen-studio-%03d", st)
		b.entity(stID, kg.Organisation, fmt.Sprintf("Gen Studio %03d", st), map[string]string{kg.PropWorld: kg.WorldReal, kg.PropKind: "studio"})
		b.rel(stID, kg.Produced, fid, nil, fname+" is produced by the studio.")
		b.prop(fid, kg.PropReleaseDate, date, fname+" is released on "+date+".")
		seen := map[int]bool{}
		for k := 0; k < sh.CastPerFilm; k++ {
			p := pick()
			for seen[p] {
				p = (p + 1) % sh.People
			}
			seen[p] = true
			pid, pname := PersonID(p), personName(p)
			cid, cname := characterID(f, k), fmt.Sprintf("Gen Character %05d-%02d", f, k)
			b.entity(pid, kg.Person, pname, nil)
			b.entity(cid, kg.Character, cname, nil)
			q := pname + " plays " + cname + " in " + fname + "."
			b.rel(pid, kg.ActedIn, fid, map[string]string{kg.QualCharacter: cname}, q)
			b.rel(pid, kg.Portrayed, cid, map[string]string{kg.QualFilm: fid}, q)
			b.rel(cid, kg.AppearsIn, fid, nil, q)
		}
		d := pick()
		b.entity(PersonID(d), kg.Person, personName(d), nil)
		b.rel(PersonID(d), kg.Directed, fid, nil, fname+" is directed by "+personName(d)+".")
		w := pick()
		b.entity(PersonID(w), kg.Person, personName(w), nil)
		b.rel(PersonID(w), kg.Wrote, fid, nil, fname+" is written by "+personName(w)+".")
		out = append(out, b.done())
	}
	return out
}

// CastFixture returns the articles of one film ("film:gen-film-00000")
// with a cast of cast people, each of whom also acts in others other films
// of their own: the round-trip test's graph.
func CastFixture(cast, others int) []kg.ArticleFacts {
	b := newArticle("gen-cast-main", "2024-01-01")
	main := FilmID(0)
	b.entity(main, kg.Film, filmName(0), map[string]string{kg.PropFormat: kg.FormatFilm})
	out := []kg.ArticleFacts{}
	film := 1
	for p := 0; p < cast; p++ {
		b.entity(PersonID(p), kg.Person, personName(p), nil)
		b.rel(PersonID(p), kg.ActedIn, main, map[string]string{kg.QualCharacter: fmt.Sprintf("Role %d", p)}, personName(p)+" acts.")
		for o := 0; o < others; o++ {
			ob := newArticle(fmt.Sprintf("gen-cast-%05d", film), "2024-01-02")
			ob.entity(FilmID(film), kg.Film, filmName(film), nil)
			ob.entity(PersonID(p), kg.Person, personName(p), nil)
			ob.rel(PersonID(p), kg.ActedIn, FilmID(film), nil, personName(p)+" acts in "+filmName(film)+".")
			out = append(out, ob.done())
			film++
		}
	}
	return append([]kg.ArticleFacts{b.done()}, out...)
}
