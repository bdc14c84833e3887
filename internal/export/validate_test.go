package export_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/franchisekg/franchisekg/internal/export"
	"github.com/franchisekg/franchisekg/internal/kg"
)

// Debian's python with python3-mwparserfromhell, python3-networkx and
// python3-pyld (installed by .ci/run), not whatever python3 is on PATH.
const python = "/usr/bin/python3"

// MustRun runs a validator and returns its stdout; it fails the test with
// the validator's stderr when it exits non-zero.
func MustRun(tb testing.TB, stdin io.Reader, name string, args ...string) string {
	tb.Helper()
	out, errOut, err := run(stdin, name, args...)
	if err != nil {
		tb.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, errOut)
	}
	return out
}

func run(stdin io.Reader, name string, args ...string) (string, string, error) {
	cmd := exec.Command(name, args...)
	var out, errOut bytes.Buffer
	cmd.Stdin, cmd.Stdout, cmd.Stderr = stdin, &out, &errOut
	err := cmd.Run()
	return out.String(), errOut.String(), err
}

func mustTemp(tb testing.TB, name, content string) string {
	tb.Helper()
	p := filepath.Join(tb.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		tb.Fatal(err)
	}
	return p
}

// wikiSpec is the validator's spec for a profile: templates and the
// parameters every infobox must have.
func wikiSpec(p *export.Profile) string {
	params := func(t export.TemplateProfile, fields []string) []string {
		var out []string
		for _, f := range fields {
			if t.Fields[f] != "" {
				out = append(out, t.Fields[f])
			}
		}
		return out
	}
	b, _ := json.Marshal(map[string]any{
		"film":      map[string]any{"template": p.Film.Template, "params": params(p.Film, export.FilmFields)},
		"character": map[string]any{"template": p.Character.Template, "params": params(p.Character, export.CharacterFields)},
		"reflist":   p.Reflist,
	})
	return string(b)
}

// validateWikitext runs the mwparserfromhell validator and returns its page
// count.
func validateWikitext(tb testing.TB, content, form string, p *export.Profile) int {
	tb.Helper()
	out := MustRun(tb, nil, python, "testdata/validate/wikitext.py", mustTemp(tb, "pages.txt", content), form, wikiSpec(p))
	var st struct{ Pages, Refs int }
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		tb.Fatalf("validator output %q: %v", out, err)
	}
	if st.Refs == 0 {
		tb.Fatalf("no refs in %d pages", st.Pages)
	}
	return st.Pages
}

func countPages(doc *kg.Document) int {
	n := 0
	for _, x := range doc.Nodes {
		if x.Type == kg.Film || x.Type == kg.Character {
			n++
		}
	}
	return n
}

func TestWikitextValidates(t *testing.T) {
	r, doc := MustMemReader(t)
	fandom := MustProfile(t, "testdata/profiles/fandom.yaml")
	for _, tc := range []struct {
		name, form string
		profile    *export.Profile
	}{
		{"snippets", "snippets", nil},
		{"fandom profile", "snippets", fandom},
		{"json per page", "json", nil},
		{"pagefromfile", "pagefromfile", fandom},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, _ := MustExport(t, r, "wikitext", export.Options{Form: tc.form, Profile: tc.profile}, false)
			p := tc.profile
			if p == nil {
				p = export.WikipediaProfile()
			}
			if n := validateWikitext(t, got, tc.form, p); n != countPages(doc) {
				t.Fatalf("%d pages, want one per film and character: %d", n, countPages(doc))
			}
		})
	}
}

// TestWikitextValidatorRejects proves the validator can fail: broken pages
// are refused.
func TestWikitextValidatorRejects(t *testing.T) {
	good := "<!-- franchisekg page film:x: X -->\n{{Infobox film\n| name = X\n| director = [[A]]<ref name=\"a\">{{cite news |title=T}}</ref>\n| writer = \n| producer = \n| starring = \n| studio = \n| distributor = \n| released = \n}}\n{{Reflist}}\n"
	if validateWikitext(t, good, "snippets", export.WikipediaProfile()) != 1 {
		t.Fatal("good page not counted")
	}
	for _, tc := range []struct{ name, page, want string }{
		{"unclosed template", strings.Replace(good, "| released = \n}}", "| released = \n", 1), "unclosed"},
		{"duplicate ref name", strings.Replace(good, "| writer = ", "| writer = <ref name=\"a\">{{cite news |title=U}}</ref>", 1), "defined twice"},
		{"dangling ref", strings.Replace(good, "| writer = ", "| writer = <ref name=\"b\" />", 1), "refers to no definition"},
		{"missing field", strings.Replace(good, "| studio = \n", "", 1), "'studio' missing"},
		{"unclosed ref", strings.Replace(good, "</ref>", "", 1), "ref"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, errOut, err := run(nil, python, "testdata/validate/wikitext.py", mustTemp(t, "p.txt", tc.page), "snippets", wikiSpec(export.WikipediaProfile()))
			if err == nil || !strings.Contains(errOut, tc.want) {
				t.Fatalf("validator accepted a page with %s (err %v, stderr %q)", tc.name, err, errOut)
			}
		})
	}
}

type graphmlDoc struct {
	XMLName xml.Name `xml:"graphml"`
	Inner   []struct {
		XMLName xml.Name
		ID      string `xml:"id,attr"`
		For     string `xml:"for,attr"`
		Nodes   []struct {
			ID   string `xml:"id,attr"`
			Data []struct {
				Key string `xml:"key,attr"`
			} `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			Source string `xml:"source,attr"`
			Target string `xml:"target,attr"`
			Data   []struct {
				Key string `xml:"key,attr"`
			} `xml:"data"`
		} `xml:"edge"`
	} `xml:",any"`
}

// checkGraphML checks in Go what graph tools rely on: every key declared
// before the graph, unique node ids, every data key declared, every edge
// end present. It returns the node and edge counts, or the first problem.
func checkGraphML(content string) (int, int, error) {
	var g graphmlDoc
	if err := xml.Unmarshal([]byte(content), &g); err != nil {
		return 0, 0, fmt.Errorf("GraphML is not XML: %v", err)
	}
	keys := map[string]string{}
	nodes, edges := 0, 0
	sawGraph := false
	for _, el := range g.Inner {
		switch el.XMLName.Local {
		case "key":
			if sawGraph {
				return 0, 0, fmt.Errorf("key %s declared after the graph", el.ID)
			}
			keys[el.ID] = el.For
		case "graph":
			sawGraph = true
			ids := map[string]bool{}
			for _, n := range el.Nodes {
				if ids[n.ID] {
					return 0, 0, fmt.Errorf("node id %s twice", n.ID)
				}
				ids[n.ID] = true
				for _, d := range n.Data {
					if keys[d.Key] != "node" {
						return 0, 0, fmt.Errorf("node %s: data key %s not declared for nodes", n.ID, d.Key)
					}
				}
			}
			for _, e := range el.Edges {
				if !ids[e.Source] || !ids[e.Target] {
					return 0, 0, fmt.Errorf("edge %s→%s: an end is not a node", e.Source, e.Target)
				}
				for _, d := range e.Data {
					if keys[d.Key] != "edge" {
						return 0, 0, fmt.Errorf("edge %s→%s: data key %s not declared for edges", e.Source, e.Target, d.Key)
					}
				}
			}
			nodes, edges = len(el.Nodes), len(el.Edges)
		}
	}
	if !sawGraph {
		return 0, 0, fmt.Errorf("no <graph>")
	}
	return nodes, edges, nil
}

// validateGraphML reads the file with networkx and checks counts and the
// attributes editors' tools show.
func validateGraphML(tb testing.TB, content string, wantNodes, wantEdges int) {
	tb.Helper()
	n, e, err := checkGraphML(content)
	if err != nil {
		tb.Fatal(err)
	}
	if n != wantNodes || e != wantEdges {
		tb.Fatalf("GraphML has %d nodes, %d edges; the graph has %d, %d", n, e, wantNodes, wantEdges)
	}
	out := MustRun(tb, nil, python, "testdata/validate/graphml.py", mustTemp(tb, "g.graphml", content))
	var st struct {
		Directed             bool
		Nodes, Edges         int
		NodeAttrs, EdgeAttrs []string
	}
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		tb.Fatalf("networkx output %q: %v", out, err)
	}
	// networkx.DiGraph keeps one edge per (from, to); the graph can have
	// several types between the same pair (PART_OF and SPIN_OF_OF).
	if !st.Directed || st.Nodes != wantNodes || st.Edges > wantEdges || st.Edges == 0 {
		tb.Fatalf("networkx read %+v, want %d nodes and up to %d edges", st, wantNodes, wantEdges)
	}
	for _, a := range []string{"label", "type"} {
		if !contains(st.NodeAttrs, a) {
			tb.Fatalf("nodes lack %q: %v", a, st.NodeAttrs)
		}
	}
	if !contains(st.EdgeAttrs, "type") {
		tb.Fatalf("edges lack type: %v", st.EdgeAttrs)
	}
}

func TestGraphMLValidates(t *testing.T) {
	r, doc := MustMemReader(t)
	got, _ := MustExport(t, r, "graphml", export.Options{}, false)
	validateGraphML(t, got, len(doc.Nodes), len(doc.Edges))
	if !strings.Contains(got, `<data key="e_character">Eve Macarro; Rooney</data>`) {
		t.Fatal("the disputed character is not on the ACTED_IN edge")
	}
}

func TestGraphMLCheckRejects(t *testing.T) {
	for _, tc := range []struct{ name, doc, want string }{
		{"dangling edge", `<graphml><graph><node id="a"/><edge source="a" target="b"/></graph></graphml>`, "not a node"},
		{"duplicate id", `<graphml><graph><node id="a"/><node id="a"/></graph></graphml>`, "twice"},
		{"undeclared key", `<graphml><graph><node id="a"><data key="k">x</data></node></graph></graphml>`, "not declared"},
		{"key after graph", `<graphml><graph></graph><key id="k" for="node"/></graphml>`, "after the graph"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, _, err := checkGraphML(tc.doc); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("check returned %v, want an error about %q", err, tc.want)
			}
		})
	}
}

var rapperCount = regexp.MustCompile(`returned (\d+) (triples|statements)`)

// validateJSONLD expands the document with pyld (no network), parses the
// N-Quads with rapper, and returns the N-Triples rapper wrote.
func validateJSONLD(tb testing.TB, content string) string {
	tb.Helper()
	nq := MustRun(tb, nil, python, "testdata/validate/jsonld.py", mustTemp(tb, "d.jsonld", content))
	if strings.TrimSpace(nq) == "" {
		tb.Fatal("JSON-LD expanded to no RDF")
	}
	out, errOut, err := run(strings.NewReader(nq), "rapper", "-i", "nquads", "-o", "ntriples", "-", "https://franchisekg.org/")
	if err != nil {
		tb.Fatalf("rapper: %v\n%s", err, errOut)
	}
	m := rapperCount.FindStringSubmatch(errOut)
	if m == nil || m[1] == "0" {
		tb.Fatalf("rapper parsed nothing: %s", errOut)
	}
	return out
}

func TestJSONLDValidates(t *testing.T) {
	r, _ := MustMemReader(t)
	got, _ := MustExport(t, r, "jsonld", export.Options{}, false)
	nt := validateJSONLD(t, got)
	for _, want := range []string{
		`<https://franchisekg.org/id/film/ballerina> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Movie> .`,
		`<https://franchisekg.org/id/film/the-continental> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/TVSeries> .`,
		`<https://schema.org/characterName> "Eve Macarro"`,
		`<https://schema.org/characterName> "Rooney"`,
		`<https://franchisekg.org/id/film/ballerina> <https://schema.org/director> _:`,
		`<https://schema.org/director> <https://franchisekg.org/id/person/len-wiseman> .`,
		`<https://schema.org/productionCompany> <https://franchisekg.org/id/organisation/lionsgate> .`,
		`<https://schema.org/citation> <https://franchisekg.org/id/article/002_48dc44fcb16504d8> .`,
	} {
		if !strings.Contains(nt, want) {
			t.Errorf("RDF lacks %s", want)
		}
	}
}

// TestJSONLDValidatorRefusesNetwork: a document whose @context is remote
// fails (the loader refuses to fetch), so passing proves it is embedded.
func TestJSONLDValidatorRefusesNetwork(t *testing.T) {
	doc := `{"@context": "https://schema.org/", "@id": "https://x.org/a", "name": "A"}`
	_, _, err := run(nil, python, "testdata/validate/jsonld.py", mustTemp(t, "r.jsonld", doc))
	if err == nil {
		t.Fatal("a remote @context was accepted: the validator would fetch from the network")
	}
}

func TestQuickStatementsGrammar(t *testing.T) {
	r, _ := MustMemReader(t)
	qids := MustQIDs(t, "testdata/qids.tsv")
	for _, tc := range []struct {
		name string
		o    export.Options
	}{
		{"mapped only", export.Options{QIDs: qids, Retrieved: "2025-07-01"}},
		{"create unmapped", export.Options{QIDs: qids, CreateUnmapped: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var skipped bytes.Buffer
			tc.o.Skipped = &skipped
			got, _ := MustExport(t, r, "quickstatements", tc.o, false)
			if errs := validateQuickStatements(got); len(errs) > 0 {
				t.Fatalf("invalid QuickStatements:\n%s", strings.Join(errs, "\n"))
			}
			for _, want := range []string{"Q111467262\tP161\tQ206922\tP4633\t\"Eve Macarro\"", "Q111467262\tP161\tQ206922\tP4633\t\"Rooney\"",
				"Q111467262\tP577\t+2024-06-07T00:00:00Z/11", "Q111467262\tP57\tQ707958\t"} {
				if !strings.Contains(got, want) {
					t.Errorf("missing %q", want)
				}
			}
			if !strings.Contains(skipped.String(), "no QID for person:shay-hatten") {
				t.Errorf("unmapped screenwriter not reported as skipped:\n%s", skipped.String())
			}
			if tc.o.CreateUnmapped != strings.Contains(got, "CREATE\nLAST\tLen\t\"John Wick: Chapter 4\"\nLAST\tP31\tQ11424\n") {
				t.Errorf("CREATE block for the unmapped film: want %v", tc.o.CreateUnmapped)
			}
		})
	}
}

func TestQuickStatementsValidatorRejects(t *testing.T) {
	for _, bad := range []string{
		"Q1\tP161\tQ2\tP453\n",                   // unpaired qualifier
		"Q1\tP577\t+2024-06-07T00:00:00Z\n",      // time without precision
		"Q1\tP161\tQ2\tS854\t\"u\"\tP453\tQ3\n",  // qualifier after source
		"X1\tP161\tQ2\n",                         // bad item
		"Q1\tP1476\ttitle\n",                     // unquoted string
		"LAST\tP31\tQ5\n",                        // LAST before CREATE
		"Q1\tP161\tQ2\tS1476\t\"no language\"\n", // monolingual needs lang
		"Q1\tP577\t+2024-13-07T00:00:00Z/11\n",   // bad month
	} {
		if errs := validateQuickStatements(bad); len(errs) == 0 {
			t.Errorf("accepted %q", bad)
		}
	}
}

var (
	qsItem   = regexp.MustCompile(`^Q[1-9][0-9]*$`)
	qsProp   = regexp.MustCompile(`^P[1-9][0-9]*$`)
	qsSrc    = regexp.MustCompile(`^S[1-9][0-9]*$`)
	qsStr    = regexp.MustCompile(`^"[^"\t]*"$`)
	qsMono   = regexp.MustCompile(`^[a-z]{2,3}(-[a-z]+)?:"[^"\t]*"$`)
	qsTime   = regexp.MustCompile(`^[+-]\d{4}-(0\d|1[0-2])-([0-2]\d|3[01])T00:00:00Z/(9|10|11)$`)
	qsLabel  = regexp.MustCompile(`^[LDA][a-z]{2,3}$`)
	qsString = map[string]bool{"P4633": true, "S854": true}
	qsMonoP  = map[string]bool{"S1476": true, "P1476": true}
	qsTimeP  = map[string]bool{"P577": true, "S577": true, "S813": true}
)

// validateQuickStatements checks text against the QuickStatements v1
// grammar as franchisekg uses it: CREATE lines; "<item|LAST> TAB
// Lxx|Dxx|Axx TAB string"; "<item|LAST> TAB Pn TAB value" followed by
// (Pn value) qualifier pairs, then (Sn value) source pairs; values are
// items, quoted strings (P4633, S854), monolingual strings (S1476) or
// times with precision (P577, S577, S813). It returns one message per bad
// line.
func validateQuickStatements(text string) []string {
	var errs []string
	created := false
	value := func(prop, v string) bool {
		switch {
		case qsTimeP[prop]:
			return qsTime.MatchString(v)
		case qsMonoP[prop]:
			return qsMono.MatchString(v)
		case qsString[prop]:
			return qsStr.MatchString(v)
		}
		return qsItem.MatchString(v)
	}
	for i, line := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		bad := func(why string) { errs = append(errs, fmt.Sprintf("line %d %q: %s", i+1, line, why)) }
		if line == "CREATE" {
			created = true
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			bad("fewer than 3 fields")
			continue
		}
		if f[0] == "LAST" {
			if !created {
				bad("LAST before any CREATE")
			}
		} else if !qsItem.MatchString(f[0]) {
			bad("subject is not an item or LAST")
		}
		if qsLabel.MatchString(f[1]) {
			if len(f) != 3 || !qsStr.MatchString(f[2]) {
				bad("label/description/alias needs one quoted string")
			}
			continue
		}
		if !qsProp.MatchString(f[1]) || !value(f[1], f[2]) {
			bad("bad property or value")
			continue
		}
		rest := f[3:]
		if len(rest)%2 != 0 {
			bad("unpaired qualifier or source")
			continue
		}
		inSources := false
		for j := 0; j < len(rest); j += 2 {
			k, v := rest[j], rest[j+1]
			switch {
			case qsProp.MatchString(k) && !inSources:
			case qsSrc.MatchString(k):
				inSources = true
			default:
				bad(k + " out of place")
				continue
			}
			if !value(k, v) {
				bad(fmt.Sprintf("bad value %q for %s", v, k))
			}
		}
	}
	return errs
}
