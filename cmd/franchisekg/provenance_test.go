package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/franchisekg/franchisekg/internal/testdb"
)

// Two invented articles: a tribute whose credits are told across
// sentences, which the rules mostly miss and the learned classifier guesses
// (some wrongly: the documentary's maker "appeared" in it), and a review
// that states one of the guessed credits in a pattern the rules read, so
// that credit is stated (one rule source, one learned).
var provenanceArticles = map[string]string{
	"tribute.txt": `Remembering Ottilie Brandvold, 1948-2025

Ottilie Brandvold, the sound recordist whose microphones caught the hum of glaciers, has died at 77.

Brandvold worked for four decades with the nature filmmaker Corwin Tesselby. She recorded the ice sequences of Tesselby's Blue Silence (2008) and was on the field team of his later film The Quiet Floe (2015).

On The Quiet Floe, Brandvold spent nine weeks on the ice shelf. Tesselby called her the calmest person on the crew.

She also appeared briefly on camera in Salt Meridian, the 2018 documentary by Ines Veskova, and served as an adviser on Veskova's next project, Drift Station.
`,
	"review.txt": `Salt Meridian review: a documentary adrift

Salt Meridian, the 2018 documentary by Ines Veskova, follows a research crew through a polar winter.

The film stars Ottilie Brandvold as herself, recording the wind over the station roof.
`,
}

type provSource struct {
	Article    string   `json:"article"`
	Sentence   int      `json:"sentence"`
	Start      int      `json:"start"`
	End        int      `json:"end"`
	Quote      string   `json:"quote"`
	Method     string   `json:"method"`
	Confidence *float64 `json:"confidence"`
}

type provEdge struct {
	Type    string       `json:"type"`
	From    string       `json:"from"`
	To      string       `json:"to"`
	Method  string       `json:"method"`
	Sources []provSource `json:"sources"`
}

func (e provEdge) key() string { return e.Type + " " + e.From + " -> " + e.To }

func provEdges(tb testing.TB, doc string) map[string]provEdge {
	tb.Helper()
	var d struct {
		Edges []provEdge `json:"edges"`
	}
	if err := json.Unmarshal([]byte(doc), &d); err != nil {
		tb.Fatalf("not a document: %v", err)
	}
	out := map[string]provEdge{}
	for _, e := range d.Edges {
		out[e.key()] = e
	}
	return out
}

// TestLearnedProvenance drives the learned credits, on by default, from
// extract through load to GraphQL and every export, as a user would: each
// learned credit is marked where it comes out, a rule's is written as with
// the classifier off, and the Wikidata batch leaves learned credits out
// unless asked.
func TestLearnedProvenance(t *testing.T) {
	dir := t.TempDir()
	for name, text := range provenanceArticles {
		mustWrite(t, filepath.Join(dir, name), text)
	}
	code, rulesDoc, stderr := runCLI("extract", "-quiet", "--learned-credits=false", dir)
	if code != 0 {
		t.Fatalf("extract --learned-credits=false: %d %s", code, stderr)
	}
	if strings.Contains(rulesDoc, `"method"`) || strings.Contains(rulesDoc, `"confidence"`) {
		t.Fatalf("extract --learned-credits=false marks something learned:\n%s", rulesDoc)
	}
	code, doc, stderr := runCLI("extract", "-quiet", dir) // the default: with the classifier
	if code != 0 {
		t.Fatalf("extract: %d %s", code, stderr)
	}
	rules, all := provEdges(t, rulesDoc), provEdges(t, doc)

	// extract JSON: what the rules found is written as before, plus at most
	// learned sources; what only the model found is learned throughout.
	var learned, mixed []provEdge
	for k, e := range all {
		r, stated := rules[k]
		t.Run("extract/"+k, func(t *testing.T) {
			for _, s := range e.Sources {
				switch s.Method {
				case "":
					if s.Confidence != nil {
						t.Errorf("a rule's source has a confidence: %+v", s)
					}
				case "learned":
					if s.Confidence == nil || *s.Confidence <= 0 || *s.Confidence > 1 {
						t.Errorf("a learned source without a confidence in (0, 1]: %+v", s)
					}
				default:
					t.Errorf("source method %q", s.Method)
				}
			}
			if !stated {
				if e.Method != "learned" {
					t.Errorf("a credit only the model found is not marked learned: %+v", e)
				}
				for _, s := range e.Sources {
					if s.Method != "learned" {
						t.Errorf("a learned credit has a rule source: %+v", s)
					}
				}
				return
			}
			if e.Method != "" {
				t.Errorf("a credit the rules state is marked %q", e.Method)
			}
			var ruleSources []provSource
			for _, s := range e.Sources {
				if s.Method == "" {
					ruleSources = append(ruleSources, s)
				}
			}
			if fmt.Sprint(ruleSources) != fmt.Sprint(r.Sources) {
				t.Errorf("rule sources changed with the classifier on:\n got %+v\nwant %+v", ruleSources, r.Sources)
			}
		})
		switch {
		case !stated:
			learned = append(learned, e)
		case len(e.Sources) > len(r.Sources):
			mixed = append(mixed, e)
		}
	}
	for k := range rules {
		if _, ok := all[k]; !ok {
			t.Errorf("the classifier lost the rules' edge %s", k)
		}
	}
	if len(learned) == 0 {
		t.Fatalf("the classifier added no credit: %v", all)
	}
	sort.Slice(learned, func(i, j int) bool { return learned[i].key() < learned[j].key() })

	// load (the default: with the classifier) stores what extract prints
	testdb.MustEmptyStore(t)
	if code, _, stderr := runCLI("load", "-quiet", dir); code != 0 {
		t.Fatalf("load: %d %s", code, stderr)
	}
	out := t.TempDir()
	if code, _, stderr := runCLI("export", "--format", "json", "-o", filepath.Join(out, "graph.json")); code != 0 {
		t.Fatalf("export json: %d %s", code, stderr)
	}
	if b, _ := os.ReadFile(filepath.Join(out, "graph.json")); string(b) != doc {
		t.Errorf("export json after load differs from extract: the marks did not survive the store")
	}

	t.Run("graphql", func(t *testing.T) { checkLearnedGraphQL(t, learned, rules) })
	t.Run("exports", func(t *testing.T) { checkLearnedExports(t, out, learned, mixed, all) })
}

// checkLearnedGraphQL reads each learned credit back through GraphQL (the
// query command, in-process over the store): marked learned with LEARNED
// sources and a confidence, and left out of the stated-only lists, where
// every rule credit of the film stays.
func checkLearnedGraphQL(t *testing.T, learned []provEdge, rules map[string]provEdge) {
	q := mustWrite(t, filepath.Join(t.TempDir(), "credits.graphql"), `query Credits($id: ID!) {
  film(id: $id) {
    cast { person { id } learned sources { method confidence } }
    crew { person { id } job learned sources { method confidence } }
    statedCast: cast(stated: true) { person { id } learned }
    statedCrew: crew(stated: true) { person { id } job learned }
  }
}
`)
	type credit struct {
		Person  struct{ ID string } `json:"person"`
		Job     string              `json:"job"`
		Learned bool                `json:"learned"`
		Sources []struct {
			Method     string   `json:"method"`
			Confidence *float64 `json:"confidence"`
		} `json:"sources"`
	}
	jobs := map[string]string{"DIRECTED": "DIRECTOR", "WROTE": "WRITER", "PRODUCED": "PRODUCER", "WORKED_ON": "OTHER"}
	for _, e := range learned {
		if e.Type == "APPEARS_IN" || !strings.HasPrefix(e.From, "person:") {
			continue
		}
		t.Run(e.key(), func(t *testing.T) {
			code, stdout, stderr := runCLI("query", q, "--var", "id="+e.To)
			if code != 0 {
				t.Fatalf("query: %d %s", code, stderr)
			}
			var d struct {
				Film struct{ Cast, Crew, StatedCast, StatedCrew []credit } `json:"film"`
			}
			if err := json.Unmarshal([]byte(stdout), &d); err != nil {
				t.Fatalf("%v: %s", err, stdout)
			}
			list, stated := d.Film.Cast, d.Film.StatedCast
			if e.Type != "ACTED_IN" {
				list, stated = d.Film.Crew, d.Film.StatedCrew
			}
			is := func(c credit) bool {
				return c.Person.ID == e.From && (e.Type == "ACTED_IN" || c.Job == jobs[e.Type])
			}
			found := false
			for _, c := range list {
				if !is(c) {
					continue
				}
				found = true
				if !c.Learned {
					t.Errorf("not marked learned: %+v", c)
				}
				for _, s := range c.Sources {
					if s.Method != "LEARNED" || s.Confidence == nil {
						t.Errorf("source %+v: want LEARNED with a confidence", s)
					}
				}
			}
			if !found {
				t.Errorf("the learned credit is not in the film's list: %s", stdout)
			}
			for _, c := range stated {
				if is(c) || c.Learned {
					t.Errorf("the stated-only list shows a learned credit: %+v", c)
				}
			}
			for _, r := range rules {
				if r.To != e.To || (r.Type == "ACTED_IN") != (e.Type == "ACTED_IN") || !strings.HasPrefix(r.From, "person:") {
					continue
				}
				kept := false
				for _, c := range stated {
					kept = kept || (c.Person.ID == r.From && !c.Learned)
				}
				if !kept {
					t.Errorf("the stated-only list lost the rules' credit %s", r.key())
				}
			}
		})
	}
}

// checkLearnedExports checks the mark of the learned credits in every
// export of the loaded graph, and the Wikidata batch's opt-in.
func checkLearnedExports(t *testing.T, out string, learned, mixed []provEdge, all map[string]provEdge) {
	e := learned[0]
	export := func(t *testing.T, args ...string) {
		t.Helper()
		if code, _, stderr := runCLI(append([]string{"export"}, args...)...); code != 0 {
			t.Fatalf("export %v: %d %s", args, code, stderr)
		}
	}
	read := func(t *testing.T, name string) string {
		t.Helper()
		b, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	tests := []struct {
		format string
		file   string
		has    []string // in the output, for the learned credit e
	}{
		{"graphml", "g.graphml", []string{`<key id="e_learned" for="edge" attr.name="learned" attr.type="boolean">`,
			`source="` + e.From + `" target="` + e.To + `">`, `<data key="e_learned">true</data>`}},
		{"jsonld", "g.jsonld", []string{`"fk:method":"learned"`, `"fk:confidence":`}},
		{"wikitext", "g.wiki", []string{"<!-- machine-inferred: no sentence states this credit"}},
	}
	for _, tc := range tests {
		t.Run(tc.format, func(t *testing.T) {
			export(t, "--format", tc.format, "-o", filepath.Join(out, tc.file))
			s := read(t, tc.file)
			for _, h := range tc.has {
				if !strings.Contains(s, h) {
					t.Errorf("%s lacks %q", tc.format, h)
				}
			}
		})
	}
	t.Run("csv", func(t *testing.T) {
		export(t, "--format", "csv", "-o", filepath.Join(out, "csv"))
		files, _ := filepath.Glob(filepath.Join(out, "csv", "rels_"+e.Type+"_*.csv"))
		if len(files) != 1 {
			t.Fatalf("rels files for %s: %v", e.Type, files)
		}
		b, _ := os.ReadFile(files[0])
		lines := strings.Split(string(b), "\n")
		if !strings.HasSuffix(lines[0], ",learned:boolean") {
			t.Errorf("header %q: want a learned:boolean column", lines[0])
		}
		want := e.From + "," + e.To + "," + e.Type + ","
		for _, l := range lines[1:] {
			if strings.HasPrefix(l, want) && !strings.HasSuffix(l, ",true") {
				t.Errorf("row %q: want learned true", l)
			}
		}
	})

	// the Wikidata batch: every entity mapped to an invented QID
	var qids []string
	ids := map[string]bool{}
	for _, x := range all {
		ids[x.From], ids[x.To] = true, true
	}
	n := 0
	qid := map[string]string{}
	for _, id := range sortedIDs(ids) {
		n++
		qid[id] = fmt.Sprintf("Q9%05d", n)
		qids = append(qids, id+"\t"+qid[id])
	}
	qidFile := mustWrite(t, filepath.Join(out, "qids.tsv"), strings.Join(qids, "\n")+"\n")
	props := map[string]string{"ACTED_IN": "P161", "DIRECTED": "P57", "WROTE": "P58", "PRODUCED": "P162"}
	for _, tc := range []struct {
		name string
		args []string
		want bool
	}{
		{"default", nil, false},
		{"include-learned", []string{"--include-learned"}, true},
	} {
		t.Run("quickstatements/"+tc.name, func(t *testing.T) {
			skipped := filepath.Join(out, "skipped-"+tc.name+".txt")
			export(t, append([]string{"--format", "quickstatements", "--qid-map", qidFile, "--skipped", skipped,
				"-o", filepath.Join(out, tc.name+".qs.tsv")}, tc.args...)...)
			qs := read(t, tc.name+".qs.tsv")
			sk, _ := os.ReadFile(skipped)
			checked := 0
			for _, l := range learned {
				p := props[l.Type]
				if p == "" {
					continue
				}
				checked++
				line := qid[l.To] + "\t" + p + "\t" + qid[l.From] + "\t"
				if got := strings.Contains(qs, line); got != tc.want {
					t.Errorf("learned %s in the batch: %v, want %v", l.key(), got, tc.want)
				}
				if got := strings.Contains(string(sk), "learned credit"); got == tc.want {
					t.Errorf("skipped file names a learned credit: %v, want %v:\n%s", got, !tc.want, sk)
				}
			}
			if checked == 0 {
				t.Fatalf("no learned credit with a Wikidata property among %v", learned)
			}
			// a stated credit cites only the articles that state it (one
			// line per article), unless learned sources are asked for
			for _, m := range mixed {
				p := props[m.Type]
				if p == "" {
					continue
				}
				arts := map[string]bool{}
				for _, s := range m.Sources {
					if s.Method == "" || tc.want {
						arts[s.Article] = true
					}
				}
				lines := 0
				for _, l := range strings.Split(qs, "\n") {
					if strings.HasPrefix(l, qid[m.To]+"\t"+p+"\t"+qid[m.From]+"\t") {
						lines++
					}
				}
				if lines != len(arts) {
					t.Errorf("%s is cited by %d articles, want %d (%v)", m.key(), lines, len(arts), arts)
				}
			}
		})
	}
}

func sortedIDs(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
