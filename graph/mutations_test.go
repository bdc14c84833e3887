package graph_test

import (
	"slices"
	"testing"

	"github.com/99designs/gqlgen/client"
)

func auth() client.Option { return client.AddHeader("Authorization", "Bearer "+testToken) }

type correction struct {
	ID     string `json:"id"`
	Kind   string `json:"kind"`
	Target string `json:"target"`
	Value  string `json:"value"`
	Reason string `json:"reason"`
	Undone bool   `json:"undone"`
}

// TestMutations: editor corrections through the API with the token: an
// alias becomes a lookup key, a rejected claim stops appearing in answers
// (and comes back when undone), a merge keeps every source, and
// ingestArticle stores a new article.
func TestMutations(t *testing.T) {
	s := mustSeedStore(t)
	c, _ := mustClient(t, s, apiOptions{token: testToken})

	t.Run("addAlias", func(t *testing.T) {
		var out struct{ AddAlias correction }
		mustRun(t, c, `mutation { addAlias(id: "person:keanu-reeves", alias: "The One") { id kind target value } }`, &out, auth())
		if out.AddAlias.Kind != "alias" || out.AddAlias.Target != "person:keanu-reeves" || out.AddAlias.Value != "The One" {
			t.Fatalf("correction %+v", out.AddAlias)
		}
		var p struct{ Person named }
		mustRun(t, c, `{ person(name: "the one") { id aliases } }`, &p)
		if p.Person.ID != "person:keanu-reeves" || !slices.Contains(p.Person.Aliases, "The One") {
			t.Errorf("lookup by the new alias: %+v", p.Person)
		}
	})

	t.Run("rejectClaim and undo", func(t *testing.T) {
		const anaQuery = `{ person(id: "person:ana-de-armas") { actingCredits { film { id } disputed characterNames { value sources { claimId } } } } }`
		type anaOut struct {
			Person struct {
				ActingCredits []struct {
					Film           named `json:"film"`
					Disputed       bool  `json:"disputed"`
					CharacterNames []struct {
						Value   string `json:"value"`
						Sources []struct {
							ClaimID string `json:"claimId"`
						} `json:"sources"`
					} `json:"characterNames"`
				} `json:"actingCredits"`
			} `json:"person"`
		}
		credit := func() (bool, map[string]string) {
			var out anaOut
			mustRun(t, c, anaQuery, &out)
			for _, ac := range out.Person.ActingCredits {
				if ac.Film.ID == "film:ballerina" {
					claims := map[string]string{}
					for _, v := range ac.CharacterNames {
						for _, src := range v.Sources {
							claims[v.Value] = src.ClaimID
						}
					}
					return ac.Disputed, claims
				}
			}
			t.Fatal("Ana de Armas is not credited in Ballerina")
			return false, nil
		}
		disputed, claims := credit()
		if !disputed || claims["Rooney"] == "" {
			t.Fatalf("before: disputed=%v claims=%v", disputed, claims)
		}
		var rej struct{ RejectClaim correction }
		mustRun(t, c, `mutation($id: ID!) { rejectClaim(id: $id, reason: "the character's first name is Eve") { id kind target reason } }`,
			&rej, auth(), client.Var("id", claims["Rooney"]))
		if rej.RejectClaim.Kind != "reject" || rej.RejectClaim.Target != claims["Rooney"] {
			t.Fatalf("correction %+v", rej.RejectClaim)
		}
		disputed, after := credit()
		if disputed || after["Rooney"] != "" {
			t.Errorf("after rejecting: disputed=%v claims=%v", disputed, after)
		}
		var cl struct {
			Claim struct {
				Rejected     bool   `json:"rejected"`
				RejectReason string `json:"rejectReason"`
				Character    string `json:"character"`
			} `json:"claim"`
		}
		mustRun(t, c, `query($id: ID!) { claim(id: $id) { rejected rejectReason character } }`, &cl, client.Var("id", claims["Rooney"]))
		if !cl.Claim.Rejected || cl.Claim.Character != "Rooney" || cl.Claim.RejectReason == "" {
			t.Errorf("the rejected claim reads %+v", cl.Claim)
		}
		var undo struct{ UndoCorrection correction }
		mustRun(t, c, `mutation($id: ID!) { undoCorrection(id: $id) { id undone } }`, &undo, auth(), client.Var("id", rej.RejectClaim.ID))
		if !undo.UndoCorrection.Undone {
			t.Errorf("undo: %+v", undo.UndoCorrection)
		}
		if disputed, _ := credit(); !disputed {
			t.Error("after undo the credit is not disputed again")
		}
	})

	t.Run("mergeEntities keeps every source", func(t *testing.T) {
		const q = `query($id: ID) { character(id: $id) { id sources { article { id } } portrayedBy { person { id } sources { article { id } } } } }`
		type charOut struct {
			Character struct {
				ID      string   `json:"id"`
				Sources []source `json:"sources"`
			} `json:"character"`
		}
		articles := func(id string) map[string]bool {
			var out charOut
			mustRun(t, c, q, &out, client.Var("id", id))
			m := map[string]bool{}
			for _, s := range out.Character.Sources {
				m[s.Article.ID] = true
			}
			return m
		}
		want := articles("character:rooney")
		for a := range articles("character:eve-macarro") {
			want[a] = true
		}
		var m struct{ MergeEntities correction }
		mustRun(t, c, `mutation { mergeEntities(keep: "character:eve-macarro", merge: "character:rooney") { id kind target value } }`, &m, auth())
		if m.MergeEntities.Kind != "merge" {
			t.Fatalf("correction %+v", m.MergeEntities)
		}
		got := articles("character:eve-macarro")
		for a := range want {
			if !got[a] {
				t.Errorf("after the merge the kept character lost article %s: %v", a, got)
			}
		}
	})

	t.Run("ingestArticle", func(t *testing.T) {
		const text = "John Wick: Chapter 5 is directed by Chad Stahelski. Along with Ian McShane, the film also features Keanu Reeves.\n"
		type ingestOut struct {
			IngestArticle struct {
				Article  named   `json:"article"`
				Changed  bool    `json:"changed"`
				Entities []named `json:"entities"`
				Claims   int     `json:"claims"`
			} `json:"ingestArticle"`
		}
		const m = `mutation($in: ArticleInput!) { ingestArticle(input: $in) { article { id title } changed entities { id } claims } }`
		in := map[string]any{"id": "api-test-article", "title": "Chapter 5", "date": "2026-01-02", "text": text}
		var out ingestOut
		mustRun(t, c, m, &out, auth(), client.Var("in", in))
		if !out.IngestArticle.Changed || out.IngestArticle.Article.ID != "api-test-article" {
			t.Fatalf("first ingest: %+v", out.IngestArticle)
		}
		if !slices.ContainsFunc(out.IngestArticle.Entities, func(n named) bool { return n.ID == "person:keanu-reeves" }) {
			t.Errorf("entities %+v lack Keanu Reeves", out.IngestArticle.Entities)
		}
		var again ingestOut
		mustRun(t, c, m, &again, auth(), client.Var("in", in))
		if again.IngestArticle.Changed {
			t.Errorf("the same article again reported changed")
		}
		errs := run(t, c, m, nil, auth(), client.Var("in", map[string]any{"id": "bad id!", "text": text}))
		if len(errs) != 1 || errs[0].code() != "BAD_USER_INPUT" {
			t.Errorf("bad id: %+v", errs)
		}
	})

	t.Run("corrections are listed", func(t *testing.T) {
		var out struct{ Corrections []correction }
		mustRun(t, c, `{ corrections { id kind target undone } }`, &out)
		kinds := map[string]bool{}
		for _, k := range out.Corrections {
			kinds[k.Kind] = true
		}
		for _, k := range []string{"alias", "reject", "merge"} {
			if !kinds[k] {
				t.Errorf("corrections %+v lack a %s", out.Corrections, k)
			}
		}
	})
}
