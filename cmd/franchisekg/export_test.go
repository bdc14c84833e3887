package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/internal/testdb"
)

// cliFacts is a small hand-made graph: one film, two actors, a disputed
// character and a director, stated by two articles.
func cliFacts() []kg.ArticleFacts {
	src := func(art, date string, sent int, quote string) []kg.Source {
		return []kg.Source{{Article: art, Sentence: sent, Start: 0, End: len(quote), Quote: quote, Date: date}}
	}
	a1, a2 := "a1", "a2"
	q1 := "Ballerina, directed by Len Wiseman, stars Ana de Armas as Eve Macarro."
	q2 := "Ana de Armas plays Rooney in Ballerina, with Keanu Reeves."
	ent := func(art, date string, t kg.NodeType, name, quote string) kg.EntityFact {
		return kg.EntityFact{ID: kg.ID(t, name), Type: t, Name: name, Mentions: src(art, date, 0, quote)}
	}
	film := kg.ID(kg.Film, "Ballerina")
	ana := kg.ID(kg.Person, "Ana de Armas")
	return []kg.ArticleFacts{
		{Article: kg.Article{ID: a1, Title: "Ballerina cast", Date: "2023-04-04", URL: "https://example.org/a1", SHA256: "1"},
			Entities: []kg.EntityFact{ent(a1, "2023-04-04", kg.Film, "Ballerina", q1), ent(a1, "2023-04-04", kg.Person, "Ana de Armas", q1), ent(a1, "2023-04-04", kg.Person, "Len Wiseman", q1)},
			Claims: []kg.Claim{
				{Subject: ana, Relation: kg.ActedIn, Object: film, Qualifiers: map[string]string{"character": "Eve Macarro"}, Sources: src(a1, "2023-04-04", 0, q1)},
				{Subject: kg.ID(kg.Person, "Len Wiseman"), Relation: kg.Directed, Object: film, Sources: src(a1, "2023-04-04", 0, q1)},
			}},
		{Article: kg.Article{ID: a2, Title: "Rooney", Date: "2025-06-06", SHA256: "2"},
			Entities: []kg.EntityFact{ent(a2, "2025-06-06", kg.Film, "Ballerina", q2), ent(a2, "2025-06-06", kg.Person, "Ana de Armas", q2), ent(a2, "2025-06-06", kg.Person, "Keanu Reeves", q2)},
			Claims: []kg.Claim{
				{Subject: ana, Relation: kg.ActedIn, Object: film, Qualifiers: map[string]string{"character": "Rooney"}, Sources: src(a2, "2025-06-06", 0, q2)},
				{Subject: kg.ID(kg.Person, "Keanu Reeves"), Relation: kg.ActedIn, Object: film, Sources: src(a2, "2025-06-06", 0, q2)},
				{Subject: film, Property: kg.PropReleaseDate, Value: "2025-06-06", Qualifiers: map[string]string{"precision": "day"}, Sources: src(a2, "2025-06-06", 0, q2)},
			}},
	}
}

// mustLoadCLIGraph loads cliFacts into the emptied test Neo4j.
func mustLoadCLIGraph(tb testing.TB) {
	tb.Helper()
	s := testdb.MustEmptyStore(tb)
	ctx := context.Background()
	res, err := s.WriteArticles(ctx, cliFacts())
	if err != nil || len(res.Rejected) > 0 {
		tb.Fatalf("loading: %v %+v", err, res.Rejected)
	}
	if _, err := s.Refresh(ctx); err != nil {
		tb.Fatal(err)
	}
}

// runCLI runs the CLI in-process and returns status, stdout and stderr.
func runCLI(args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := runMain(args, strings.NewReader(""), &out, &errOut)
	return code, out.String(), errOut.String()
}

func mustWrite(tb testing.TB, path, content string) string {
	tb.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		tb.Fatal(err)
	}
	return path
}

func TestExportBadInput(t *testing.T) {
	mustLoadCLIGraph(t)
	dir := t.TempDir()
	badQIDs := mustWrite(t, filepath.Join(dir, "bad-qids.tsv"), "person:ana-de-armas\tQ206922\nfilm:ballerina\tballerina\n")
	badJSONQIDs := mustWrite(t, filepath.Join(dir, "bad-qids.json"), `{"person:ana-de-armas": 42}`)
	badProfile := mustWrite(t, filepath.Join(dir, "bad-profile.yaml"), "film:\n  template: Film\n  fields:\n    directer: director\n")
	brokenProfile := mustWrite(t, filepath.Join(dir, "broken-profile.json"), `{"film": {"template": `)
	readOnly := filepath.Join(dir, "ro")
	if err := os.Mkdir(readOnly, 0o555); err != nil {
		t.Fatal(err)
	}
	outDir := filepath.Join(dir, "out")
	if err := os.Mkdir(outDir, 0o755); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(outDir, "graph.out")
	tests := []struct {
		name string
		args []string
		want string // in the one line on stderr
	}{
		{"unknown format", []string{"--format", "yaml", "-o", out}, `format "yaml": unknown, use one of csv, graphml, json, jsonld, quickstatements, wikitext`},
		{"unknown type", []string{"--type", "Planet", "-o", out}, `--type "Planet"`},
		{"unknown id", []string{"--id", "film:nope", "-o", out}, `id "film:nope": no such entity`},
		{"unknown franchise", []string{"--franchise", "franchise:nope", "-o", out}, `franchise "franchise:nope": no such entity`},
		{"malformed qid map", []string{"--format", "quickstatements", "--qid-map", badQIDs, "-o", out}, `bad-qids.tsv line 2: "ballerina" is not a Wikidata item id`},
		{"qid map not strings", []string{"--format", "quickstatements", "--qid-map", badJSONQIDs, "-o", out}, `bad-qids.json: not a JSON object of id to QID strings`},
		{"missing qid map", []string{"--format", "quickstatements", "--qid-map", filepath.Join(dir, "nope.tsv"), "-o", out}, `nope.tsv: no such file`},
		{"unknown profile field", []string{"--format", "wikitext", "--profile", badProfile, "-o", out}, `film field "directer": unknown`},
		{"malformed profile", []string{"--format", "wikitext", "--profile", brokenProfile, "-o", out}, `broken-profile.json`},
		{"unknown wikitext form", []string{"--format", "wikitext", "--form", "html", "-o", out}, `wikitext form "html"`},
		{"output under a file", []string{"-o", filepath.Join(badQIDs, "g.json")}, `is not a directory`},
		{"missing directory", []string{"-o", filepath.Join(dir, "nope", "g.json")}, `does not exist`},
		{"csv to stdout", []string{"--format", "csv"}, `give -o DIR`},
		{"bad retrieved date", []string{"--format", "quickstatements", "--retrieved", "yesterday", "-o", out}, `retrieved date "yesterday"`},
	}
	if os.Geteuid() != 0 { // root writes into read-only directories
		tests = append(tests, struct {
			name string
			args []string
			want string
		}{"unwritable directory", []string{"-o", filepath.Join(readOnly, "g.json")}, `is not writable`})
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(append([]string{"export"}, tc.args...)...)
			if code == 0 {
				t.Fatalf("exit status 0, stdout %q", stdout)
			}
			if !strings.Contains(stderr, tc.want) || strings.Count(strings.TrimSpace(stderr), "\n") != 0 {
				t.Fatalf("stderr %q: want one line containing %q", stderr, tc.want)
			}
			if left, _ := os.ReadDir(outDir); len(left) != 0 {
				t.Fatalf("left behind in the output directory: %v", left)
			}
			if left, _ := os.ReadDir(readOnly); len(left) != 0 {
				t.Fatalf("left behind: %v", left)
			}
		})
	}
}

func TestExportEveryFormatToFiles(t *testing.T) {
	mustLoadCLIGraph(t)
	dir := t.TempDir()
	qids := mustWrite(t, filepath.Join(dir, "qids.json"), `{"film:ballerina": "Q111467262", "person:ana-de-armas": "Q206922"}`)
	tests := []struct {
		name  string
		args  []string
		path  string // file (or file inside the output directory) to check
		wants []string
	}{
		{"json", []string{"--format", "json"}, "g.json", []string{`"character": [`, `"Eve Macarro"`, `"Rooney"`}},
		{"csv", []string{"--format", "csv"}, "csvdir/rels_ACTED_IN_Person_Film.csv", []string{":START_ID(Person),:END_ID(Film),:TYPE", "Eve Macarro;Rooney,true"}},
		{"graphml", []string{"--format", "graphml"}, "g.graphml", []string{`<node id="film:ballerina">`}},
		{"jsonld", []string{"--format", "jsonld"}, "g.jsonld", []string{`"@type":"PerformanceRole"`, `"url":"https://example.org/a1"`}},
		{"wikitext", []string{"--format", "wikitext", "--id", "film:ballerina"}, "g.wiki", []string{"{{Infobox film", "* [[Ana de Armas]] as Eve Macarro<ref", "or Rooney<ref", "<!-- disputed", "|url=https://example.org/a1"}},
		{"wikitext pages dir", []string{"--format", "wikitext", "--form", "json"}, "pages/film_ballerina.json", []string{`"title":"Ballerina"`}},
		{"quickstatements", []string{"--format", "quickstatements", "--qid-map", qids, "--retrieved", "2025-07-01"}, "g.qs", []string{"Q111467262\tP161\tQ206922\tP4633\t\"Eve Macarro\"\tS854\t\"https://example.org/a1\"", "S813\t+2025-07-01T00:00:00Z/11"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			target := filepath.Join(dir, strings.SplitN(tc.path, "/", 2)[0])
			if tc.name == "wikitext pages dir" {
				target += string(os.PathSeparator)
			}
			var first string
			for i := 0; i < 2; i++ {
				code, _, stderr := runCLI(append(append([]string{"export"}, tc.args...), "-o", target)...)
				if code != 0 {
					t.Fatalf("exit %d: %s", code, stderr)
				}
				b, err := os.ReadFile(filepath.Join(dir, tc.path))
				if err != nil {
					t.Fatal(err)
				}
				if i == 0 {
					first = string(b)
				} else if string(b) != first {
					t.Fatal("second export differs from the first")
				}
			}
			for _, w := range tc.wants {
				if !strings.Contains(first, w) {
					t.Errorf("%s lacks %q", tc.path, w)
				}
			}
		})
	}
	// no temporary files left next to the outputs
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			t.Errorf("temporary %s left behind", e.Name())
		}
	}
}
