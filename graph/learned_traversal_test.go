package graph_test

import (
	"context"
	"reflect"
	"sort"
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/internal/neo4jstore"
	"github.com/franchisekg/franchisekg/internal/testdb"
)

// learnedEdgesOut is the answer to a neighbourhood query asking for its
// edges' learned marks.
type learnedEdgesOut struct {
	Neighbourhood struct {
		Edges []struct {
			From, To, Type string
			Learned        bool
		} `json:"edges"`
	} `json:"neighbourhood"`
}

// learnedLinkArticles are two hand-written articles in which some links
// rest on the learned classifier only:
//
//   - Ann Lee acts in Dual (a rule) and in Echo (a rule);
//   - Bob Ray acts in Dual (learned only);
//   - Cy Roe acts in Dual (a rule in "rules", learned in "guess": stated)
//     and in Echo (a rule);
//   - Vera appears in Dual (learned only), Mo appears in Dual (a rule), and
//     Bob Ray portrays Kit in Dual (learned only);
//   - Dee Fox acts in Echo (learned only) and directs it (a rule).

func learnedLinkArticles() (rules, guess kg.ArticleFacts) {
	mk := func(id string) (kg.Article, func(string, bool) []kg.Source) {
		a := kg.Article{ID: id, Title: id, Date: "2024-03-01", Path: id + ".txt", SHA256: "sha-" + id}
		sent := 0
		return a, func(q string, learned bool) []kg.Source {
			sent++
			s := kg.Source{Article: a.ID, Sentence: sent, Start: sent * 100, End: sent*100 + len(q), Quote: q, Date: a.Date}
			if learned {
				s.Method, s.Confidence = kg.MethodLearned, 0.61
			}
			return []kg.Source{s}
		}
	}
	ra, rsrc := mk("learned-links-rules")
	ga, gsrc := mk("learned-links-guess")
	ents := func(src func(string, bool) []kg.Source, which ...string) []kg.EntityFact {
		all := map[string]kg.EntityFact{}
		for _, e := range []struct {
			id   string
			t    kg.NodeType
			name string
		}{
			{"person:ann-lee", kg.Person, "Ann Lee"}, {"person:bob-ray", kg.Person, "Bob Ray"},
			{"person:cy-roe", kg.Person, "Cy Roe"}, {"film:dual", kg.Film, "Dual"}, {"film:echo", kg.Film, "Echo"},
			{"character:vera", kg.Character, "Vera"}, {"character:mo", kg.Character, "Mo"}, {"character:kit", kg.Character, "Kit"},
			{"person:dee-fox", kg.Person, "Dee Fox"},
		} {
			all[e.id] = kg.EntityFact{ID: e.id, Type: e.t, Name: e.name, Mentions: src(e.name+" is named.", false)}
		}
		out := []kg.EntityFact{}
		for _, id := range which {
			out = append(out, all[id])
		}
		return out
	}
	rules = kg.ArticleFacts{Article: ra,
		Entities: ents(rsrc, "person:ann-lee", "person:cy-roe", "film:dual", "film:echo", "character:mo", "person:dee-fox"),
		Claims: []kg.Claim{
			{Subject: "person:ann-lee", Relation: kg.ActedIn, Object: "film:dual", Sources: rsrc("Ann Lee is in Dual.", false)},
			{Subject: "person:ann-lee", Relation: kg.ActedIn, Object: "film:echo", Sources: rsrc("Ann Lee is in Echo.", false)},
			{Subject: "person:cy-roe", Relation: kg.ActedIn, Object: "film:dual", Sources: rsrc("Cy Roe is in Dual.", false)},
			{Subject: "person:cy-roe", Relation: kg.ActedIn, Object: "film:echo", Sources: rsrc("Cy Roe is in Echo.", false)},
			{Subject: "character:mo", Relation: kg.AppearsIn, Object: "film:dual", Sources: rsrc("Mo returns in Dual.", false)},
			{Subject: "person:dee-fox", Relation: kg.Directed, Object: "film:echo", Sources: rsrc("Dee Fox directs Echo.", false)},
		}}
	guess = kg.ArticleFacts{Article: ga,
		Entities: ents(gsrc, "person:bob-ray", "person:cy-roe", "film:dual", "character:vera", "character:kit", "person:dee-fox", "film:echo"),
		Claims: []kg.Claim{
			{Subject: "person:bob-ray", Relation: kg.ActedIn, Object: "film:dual", Sources: gsrc("Bob Ray and Dual, together.", true)},
			{Subject: "person:cy-roe", Relation: kg.ActedIn, Object: "film:dual", Sources: gsrc("Cy Roe near Dual.", true)},
			{Subject: "character:vera", Relation: kg.AppearsIn, Object: "film:dual", Sources: gsrc("Vera, Dual.", true)},
			{Subject: "person:dee-fox", Relation: kg.ActedIn, Object: "film:echo", Sources: gsrc("Dee Fox, Echo.", true)},
			{Subject: "person:bob-ray", Relation: kg.Portrayed, Object: "character:kit",
				Qualifiers: map[string]string{kg.QualFilm: "film:dual"}, Sources: gsrc("Bob Ray, Kit, Dual.", true)},
		}}
	return rules, guess
}

func mustLearnedLinkStore(tb testing.TB) *neo4jstore.Store {
	tb.Helper()
	s := testdb.MustEmptyStore(tb)
	rules, guess := learnedLinkArticles()
	ctx := context.Background()
	if wr, err := s.WriteArticles(ctx, []kg.ArticleFacts{rules, guess}); err != nil || len(wr.Rejected) > 0 {
		tb.Fatalf("writing the articles: %v %v", err, wr.Rejected)
	}
	if _, err := s.Refresh(ctx); err != nil {
		tb.Fatal(err)
	}
	return s
}

func ids(ns []named) []string {
	out := []string{}
	for _, n := range ns {
		out = append(out, n.ID)
	}
	return out
}

// TestTraversalsMarkLearned: every traversal tells a link that rests on
// learned credits only from one a rule states (path and its steps,
// neighbourhood edges, co-stars, shared cast, a film's characters and a
// character's films).
func TestTraversalsMarkLearned(t *testing.T) {
	c, _ := mustClient(t, mustLearnedLinkStore(t), apiOptions{})

	t.Run("path", func(t *testing.T) {
		type step struct {
			From    named `json:"from"`
			To      named `json:"to"`
			Learned bool  `json:"learned"`
			Sources []struct {
				Method string `json:"method"`
			} `json:"sources"`
		}
		var out struct {
			Path []struct {
				Nodes   []named `json:"nodes"`
				Learned bool    `json:"learned"`
				Steps   []step  `json:"steps"`
			} `json:"path"`
		}
		q := `query($a: ID!, $b: ID!) { path(from: $a, to: $b) { learned nodes { id } steps { from { id } to { id } learned sources { method } } } }`
		mustRun(t, c, q, &out, clientVar("a", "person:ann-lee"), clientVar("b", "person:bob-ray"))
		if len(out.Path) != 1 || len(out.Path[0].Steps) != 2 {
			t.Fatalf("Ann Lee to Bob Ray: %+v, want one path of two steps", out.Path)
		}
		p := out.Path[0]
		if !p.Learned || p.Steps[0].Learned || !p.Steps[1].Learned {
			t.Errorf("Ann -> Dual <- Bob: path learned %v, steps learned %v %v; want true, false, true", p.Learned, p.Steps[0].Learned, p.Steps[1].Learned)
		}
		if src := p.Steps[1].Sources; len(src) != 1 || src[0].Method != "LEARNED" {
			t.Errorf("Bob's step sources %+v, want one LEARNED", src)
		}
		// Ann and Cy share Dual and Echo by rules (Cy's Dual credit has a
		// learned source too, and a rule's): no path is learned
		mustRun(t, c, q, &out, clientVar("a", "person:ann-lee"), clientVar("b", "person:cy-roe"))
		if len(out.Path) != 2 {
			t.Fatalf("Ann Lee to Cy Roe: %d paths, want 2 (through Dual, through Echo)", len(out.Path))
		}
		for _, p := range out.Path {
			if p.Learned || p.Steps[0].Learned || p.Steps[1].Learned {
				t.Errorf("path %v: learned %v %+v, want nothing learned", ids(p.Nodes), p.Learned, p.Steps)
			}
		}
		// Dee Fox is linked to Echo twice: acted in (learned) and directed
		// (a rule): the hop is stated, though the step shown is ACTED_IN
		mustRun(t, c, q, &out, clientVar("a", "person:dee-fox"), clientVar("b", "person:ann-lee"))
		if len(out.Path) != 1 || len(out.Path[0].Steps) != 2 {
			t.Fatalf("Dee Fox to Ann Lee: %+v, want one path of two steps", out.Path)
		}
		if p := out.Path[0]; p.Learned || p.Steps[0].Learned || len(p.Steps[0].Sources) != 1 || p.Steps[0].Sources[0].Method != "LEARNED" {
			t.Errorf("Dee -> Echo (acted in: learned, directed: a rule): path learned %v, step %+v; want not learned, the ACTED_IN step's one LEARNED source",
				p.Learned, p.Steps[0])
		}
	})

	t.Run("neighbourhood", func(t *testing.T) {
		var out learnedEdgesOut
		mustRun(t, c, `{ neighbourhood(id: "film:dual", depth: 2) { edges { from to type learned } } }`, &out)
		got := map[string]bool{}
		for _, e := range out.Neighbourhood.Edges {
			got[e.From+" "+e.Type+" "+e.To] = e.Learned
		}
		want := map[string]bool{
			"person:ann-lee ACTED_IN film:dual":      false,
			"person:bob-ray ACTED_IN film:dual":      true,
			"person:cy-roe ACTED_IN film:dual":       false, // a rule and a guess: stated
			"character:vera APPEARS_IN film:dual":    true,
			"character:mo APPEARS_IN film:dual":      false,
			"person:bob-ray PORTRAYED character:kit": true,
			"person:ann-lee ACTED_IN film:echo":      false,
			"person:cy-roe ACTED_IN film:echo":       false,
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("edges around Dual (learned):\n got %v\nwant %v", got, want)
		}
	})

	t.Run("coStars", func(t *testing.T) {
		type coStar struct {
			Person       named   `json:"person"`
			Films        []named `json:"films"`
			LearnedFilms []named `json:"learnedFilms"`
			Learned      bool    `json:"learned"`
		}
		var out struct {
			Person struct {
				All    []coStar `json:"all"`
				Stated []coStar `json:"stated"`
			} `json:"person"`
		}
		mustRun(t, c, `{ person(id: "person:ann-lee") {
		  all: coStars { person { id } films { id } learnedFilms { id } learned }
		  stated: coStars(stated: true) { person { id } films { id } learnedFilms { id } learned } } }`, &out)
		type row struct {
			person         string
			films, learned []string
			all            bool
		}
		flat := func(cs []coStar) []row {
			out := []row{}
			for _, c := range cs {
				out = append(out, row{c.Person.ID, ids(c.Films), ids(c.LearnedFilms), c.Learned})
			}
			return out
		}
		wantAll := []row{
			{"person:cy-roe", []string{"film:dual", "film:echo"}, []string{}, false},
			{"person:bob-ray", []string{"film:dual"}, []string{"film:dual"}, true},
			{"person:dee-fox", []string{"film:echo"}, []string{"film:echo"}, true},
		}
		if got := flat(out.Person.All); !reflect.DeepEqual(got, wantAll) {
			t.Errorf("Ann's co-stars:\n got %+v\nwant %+v", got, wantAll)
		}
		wantStated := []row{{"person:cy-roe", []string{"film:dual", "film:echo"}, []string{}, false}}
		if got := flat(out.Person.Stated); !reflect.DeepEqual(got, wantStated) {
			t.Errorf("Ann's stated co-stars:\n got %+v\nwant %+v", got, wantStated)
		}
	})

	t.Run("sharedCast", func(t *testing.T) {
		var out struct {
			All    []named `json:"all"`
			Stated []named `json:"stated"`
		}
		mustRun(t, c, `{ all: sharedCast(films: ["film:dual"]) { id } stated: sharedCast(films: ["film:dual"], stated: true) { id } }`, &out)
		if got, want := ids(out.All), []string{"person:ann-lee", "person:bob-ray", "person:cy-roe"}; !reflect.DeepEqual(got, want) {
			t.Errorf("shared cast of Dual: %v, want %v", got, want)
		}
		if got, want := ids(out.Stated), []string{"person:ann-lee", "person:cy-roe"}; !reflect.DeepEqual(got, want) {
			t.Errorf("stated shared cast of Dual: %v, want %v", got, want)
		}
		mustRun(t, c, `{ all: sharedCast(films: ["film:dual", "film:echo"]) { id } stated: sharedCast(films: ["film:dual", "film:echo"], stated: true) { id } }`, &out)
		if got, want := ids(out.Stated), []string{"person:ann-lee", "person:cy-roe"}; !reflect.DeepEqual(got, want) || !reflect.DeepEqual(ids(out.All), want) {
			t.Errorf("shared cast of Dual and Echo: %v, stated %v; want %v for both", ids(out.All), got, want)
		}
	})

	t.Run("characters and appearsIn", func(t *testing.T) {
		var out struct {
			Film struct {
				All    []named `json:"all"`
				Stated []named `json:"stated"`
			} `json:"film"`
			Vera struct {
				All    []named `json:"all"`
				Stated []named `json:"stated"`
			} `json:"vera"`
			Mo struct {
				Stated []named `json:"stated"`
			} `json:"mo"`
		}
		mustRun(t, c, `{ film(id: "film:dual") { all: characters { id } stated: characters(stated: true) { id } }
		  vera: character(id: "character:vera") { all: appearsIn { id } stated: appearsIn(stated: true) { id } }
		  mo: character(id: "character:mo") { stated: appearsIn(stated: true) { id } } }`, &out)
		all := ids(out.Film.All)
		sort.Strings(all)
		if want := []string{"character:kit", "character:mo", "character:vera"}; !reflect.DeepEqual(all, want) {
			t.Errorf("Dual's characters %v, want %v", all, want)
		}
		if got, want := ids(out.Film.Stated), []string{"character:mo"}; !reflect.DeepEqual(got, want) {
			t.Errorf("Dual's stated characters %v, want %v (Vera's appearance and Kit's portrayal are learned)", got, want)
		}
		if got := ids(out.Vera.All); !reflect.DeepEqual(got, []string{"film:dual"}) || len(out.Vera.Stated) != 0 {
			t.Errorf("Vera appears in %v, stated %v; want [film:dual], none stated", got, ids(out.Vera.Stated))
		}
		if got := ids(out.Mo.Stated); !reflect.DeepEqual(got, []string{"film:dual"}) {
			t.Errorf("Mo appears (stated) in %v, want [film:dual]", got)
		}
	})
}

// TestDerivedEdgeFollowsEvidence: the learned mark of a derived edge
// follows its evidence through writes and unloads: learned while only the
// classifier states it, stated once a rule's article is loaded, learned
// again when that article goes.
func TestDerivedEdgeFollowsEvidence(t *testing.T) {
	s := testdb.MustEmptyStore(t)
	ctx := context.Background()
	rules, guess := learnedLinkArticles()
	c, _ := mustClient(t, s, apiOptions{})
	cyDual := func() bool {
		t.Helper()
		var out learnedEdgesOut
		mustRun(t, c, `{ neighbourhood(id: "person:cy-roe") { edges { from to type learned } } }`, &out)
		for _, e := range out.Neighbourhood.Edges {
			if e.From == "person:cy-roe" && e.To == "film:dual" {
				return e.Learned
			}
		}
		t.Fatalf("no edge from Cy Roe to Dual: %+v", out.Neighbourhood.Edges)
		return false
	}
	write := func(a kg.ArticleFacts) {
		t.Helper()
		if wr, err := s.WriteArticles(ctx, []kg.ArticleFacts{a}); err != nil || len(wr.Rejected) > 0 {
			t.Fatalf("writing %s: %v %v", a.Article.ID, err, wr.Rejected)
		}
		if _, err := s.Refresh(ctx); err != nil {
			t.Fatal(err)
		}
	}
	write(guess)
	if !cyDual() {
		t.Errorf("only the learned article loaded: Cy Roe -> Dual not learned")
	}
	write(rules)
	if cyDual() {
		t.Errorf("the rules' article loaded too: Cy Roe -> Dual still learned")
	}
	if _, err := s.UnloadArticles(ctx, []string{rules.Article.ID}); err != nil {
		t.Fatal(err)
	}
	if !cyDual() {
		t.Errorf("the rules' article unloaded: Cy Roe -> Dual not learned again")
	}
}
