package graph_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/franchisekg/franchisekg/internal/apibench"
	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/internal/neo4jstore"
	"github.com/franchisekg/franchisekg/internal/server"
	"github.com/franchisekg/franchisekg/internal/testdb"
)

// mustWrite writes articles through the store and derives the edges.
func mustWrite(tb testing.TB, s *neo4jstore.Store, arts []kg.ArticleFacts) {
	tb.Helper()
	ctx := context.Background()
	wr, err := s.WriteArticles(ctx, arts)
	if err != nil || len(wr.Rejected) > 0 {
		tb.Fatalf("writing %d articles: %v %v", len(arts), err, wr.Rejected)
	}
	if _, err := s.Refresh(ctx); err != nil {
		tb.Fatalf("deriving edges: %v", err)
	}
}

// TestNoNPlusOne: a film's cast of 50 with each actor's other films costs
// at most 3 database round trips (film, cast, the actors' credits), and the
// answer is complete.
func TestNoNPlusOne(t *testing.T) {
	s := testdb.MustEmptyStore(t)
	mustWrite(t, s, apibench.CastFixture(50, 3))
	c, counter := mustClient(t, s, apiOptions{})
	var out struct {
		Film struct {
			Cast []struct {
				Person struct {
					Name          string `json:"name"`
					ActingCredits []struct {
						Film          struct{ Title string } `json:"film"`
						CharacterName *string                `json:"characterName"`
						Sources       []source               `json:"sources"`
					} `json:"actingCredits"`
				} `json:"person"`
				CharacterName string `json:"characterName"`
			} `json:"cast"`
		} `json:"film"`
	}
	counter.reset()
	mustRun(t, c, `query($id: ID) { film(id: $id) { cast { person { name actingCredits { film { title } characterName sources { quote } } } characterName } } }`,
		&out, client.Var("id", apibench.FilmID(0)))
	trips := counter.reset()
	if len(out.Film.Cast) != 50 {
		t.Fatalf("cast of %d, want 50", len(out.Film.Cast))
	}
	for _, ac := range out.Film.Cast {
		if n := len(ac.Person.ActingCredits); n != 4 {
			t.Errorf("%s has %d credits, want 4", ac.Person.Name, n)
		}
	}
	if trips > 3 {
		t.Errorf("%d database round trips, want at most 3", trips)
	}
	t.Logf("%d round trips", trips)

	// the other way round: an actor's films with each film's cast
	var byPerson struct {
		Person struct {
			ActingCredits []struct {
				Film struct {
					Cast []struct{ Person named } `json:"cast"`
				} `json:"film"`
			} `json:"actingCredits"`
		} `json:"person"`
	}
	counter.reset()
	mustRun(t, c, `query($id: ID) { person(id: $id) { actingCredits { film { cast { person { name } sources { quote } } } } } }`,
		&byPerson, client.Var("id", apibench.PersonID(7)))
	if trips := counter.reset(); trips > 3 {
		t.Errorf("an actor's films with their casts: %d round trips, want at most 3", trips)
	}
	casts := 0
	for _, ac := range byPerson.Person.ActingCredits {
		casts += len(ac.Film.Cast)
	}
	if len(byPerson.Person.ActingCredits) != 4 || casts != 50+3 {
		t.Errorf("%d credits with %d cast members, want 4 and 53", len(byPerson.Person.ActingCredits), casts)
	}
}

// TestQueriesCannotWrite: the API's read path runs in read transactions,
// so Neo4j refuses a write sent through it, and nothing is written.
func TestQueriesCannotWrite(t *testing.T) {
	s := testdb.MustEmptyStore(t)
	ctx := context.Background()
	err := s.ReadOnlyProbe(ctx, "CREATE (:Probe {id: $id})", map[string]any{"id": "probe:write"})
	if err == nil {
		t.Fatal("a write went through the read path")
	}
	if !strings.Contains(strings.ToLower(err.Error()), "read") {
		t.Errorf("unexpected refusal %q", err)
	}
	rows, err := s.QueryRead(ctx, "MATCH (p:Probe) RETURN count(p) AS n", nil)
	if err != nil {
		t.Fatal(err)
	}
	if rows[0]["n"] != int64(0) {
		t.Errorf("%v probe nodes written", rows[0]["n"])
	}
}

// TestLimits: over a limit, a GraphQL error with its code, answered
// before any resolver runs: no database round trip.
func TestLimits(t *testing.T) {
	s := testdb.MustStore(t)
	deep := "{ film(id: \"film:x\") { cast { person { actingCredits { film { cast { person { actingCredits { film { cast { person { name } } } } } } } } } } } }"
	wide := "{ people(first: 100) { nodes { actingCredits { film { cast { person { coStars(first: 100) { person { name } } } } } } } } }"
	var aliases strings.Builder
	aliases.WriteString("{")
	for i := 0; i < 40; i++ {
		fmt.Fprintf(&aliases, " a%d: stats { articles }", i)
	}
	aliases.WriteString(" }")
	big := "{ stats { articles } }" + strings.Repeat(" ", 20<<10)
	mutation := `mutation { addAlias(id: "person:keanu-reeves", alias: "The One") { id } }`
	tests := []struct {
		name  string
		token string
		query string
		opts  []client.Option
		code  string
	}{
		{"too deep", "", deep, nil, server.CodeDepth},
		{"too complex", "", wide, nil, server.CodeComplexity},
		{"too many aliases", "", aliases.String(), nil, server.CodeAliases},
		{"too large", "", big, nil, server.CodeQueryTooLarge},
		{"mutation without a configured token", "", mutation, []client.Option{client.AddHeader("Authorization", "Bearer x")}, server.CodeUnauthenticated},
		{"mutation without a token", testToken, mutation, nil, server.CodeUnauthenticated},
		{"mutation with a wrong token", testToken, mutation, []client.Option{client.AddHeader("Authorization", "Bearer wrong")}, server.CodeUnauthenticated},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, counter := mustClient(t, s, apiOptions{token: tt.token})
			errs := run(t, c, tt.query, nil, tt.opts...)
			if len(errs) == 0 || errs[0].code() != tt.code {
				t.Fatalf("errors %+v, want code %s", errs, tt.code)
			}
			if n := counter.reset(); n != 0 {
				t.Errorf("%d database round trips for a refused request", n)
			}
		})
	}
}

// TestBadInput: one-line errors naming the input, with their codes.
func TestBadInput(t *testing.T) {
	s := mustSeedStore(t)
	c, _ := mustClient(t, s, apiOptions{})
	tests := []struct{ name, query, code, mentions string }{
		{"neither id nor name", `{ person { id } }`, server.CodeBadUserInput, "exactly one"},
		{"unknown id", `{ person(id: "person:nobody-at-all") { id } }`, server.CodeNotFound, "person:nobody-at-all"},
		{"wrong id type", `{ film(id: "person:keanu-reeves") { id } }`, server.CodeNotFound, "person:keanu-reeves"},
		{"unknown name", `{ film(title: "Zzyzx Qwerty Plugh") { id } }`, server.CodeNotFound, "Zzyzx Qwerty Plugh"},
		{"page too big", `{ people(first: 1000) { totalCount } }`, server.CodeBadUserInput, "first=1000"},
		{"bad cursor", `{ people(after: "nonsense!") { totalCount } }`, server.CodeBadUserInput, "nonsense!"},
		{"unknown path end", `{ path(from: "person:keanu-reeves", to: "person:nobody") { length } }`, server.CodeNotFound, "person:nobody"},
		{"unknown shared film", `{ sharedCast(films: ["film:ballerina", "film:nope"]) { id } }`, server.CodeNotFound, "film:nope"},
		{"empty search", `{ search(query: "  ") { score } }`, server.CodeBadUserInput, "search query"},
		{"unknown article", `{ article(id: "nope") { id } }`, server.CodeNotFound, "nope"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			errs := run(t, c, tt.query, nil)
			if len(errs) != 1 || errs[0].code() != tt.code || !strings.Contains(errs[0].Message, tt.mentions) || strings.Contains(errs[0].Message, "\n") {
				t.Fatalf("errors %+v, want one %s mentioning %q", errs, tt.code, tt.mentions)
			}
		})
	}
}

// TestUnavailable: with Neo4j unreachable the API answers UNAVAILABLE at
// once (the readiness check knows it is down) without leaking the driver's
// message or the database address.
func TestUnavailable(t *testing.T) {
	cfg := testdb.Config(t)
	cfg.URI = "bolt://127.0.0.1:1"
	s, err := neo4jstore.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(context.Background())
	ready := &server.Readiness{}
	ready.Check(context.Background(), s, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if ok, reason := ready.State(); ok || !strings.Contains(reason, "unreachable") {
		t.Fatalf("readiness %v %q", ok, reason)
	}
	c, _ := mustClient(t, s, apiOptions{ready: ready.State})
	errs := run(t, c, `{ film(id: "film:ballerina") { title } }`, nil)
	if len(errs) != 1 || errs[0].code() != server.CodeUnavailable {
		t.Fatalf("errors %+v, want UNAVAILABLE", errs)
	}
	if m := errs[0].Message; strings.Contains(m, "127.0.0.1") || strings.Contains(m, "bolt") || strings.Contains(m, "Connectivity") {
		t.Errorf("message leaks internals: %q", m)
	}
}
