package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/franchisekg/franchisekg/internal/testdb"
)

// learnedTribute is an invented obituary whose crew and on-camera credits
// the rules miss (the person's work is told across sentences) and the
// learned classifier adds.
const learnedTribute = `Remembering Halvard Brisk, 1951-2024

Halvard Brisk, the cameraman whose rigs took audiences up sheer granite walls, has died at 73.

Brisk worked for three decades with the documentary maker Osanna Veld. He shot the climbing sequences of Veld's Granite Hour (2009) and was on the rope team of her later film The Long Ledge (2016).

On The Long Ledge, Brisk spent eleven weeks on the wall. Veld called him the bravest man on the crew.

He also appeared briefly on camera in Cold Traverse, the 2019 documentary by Pell Marrow, and served as a consultant on Marrow's next project, Ice Ladder.
`

// learnedEdges decodes an extract or export document into its edges as
// "TYPE from -> to" strings.
func learnedEdges(tb testing.TB, doc string) map[string]bool {
	tb.Helper()
	var d struct {
		Edges []struct{ Type, From, To string } `json:"edges"`
	}
	if err := json.Unmarshal([]byte(doc), &d); err != nil {
		tb.Fatalf("not a document: %v", err)
	}
	out := make(map[string]bool, len(d.Edges))
	for _, e := range d.Edges {
		out[e.Type+" "+e.From+" -> "+e.To] = true
	}
	return out
}

// TestLearnedCreditsFlag drives --learned-credits as a user would: extract
// with it keeps every edge of extract without it and adds credits (only
// credit types), and load with it stores exactly what extract with it
// prints (the export after loading equals the extract output), against
// the test Neo4j.
func TestLearnedCreditsFlag(t *testing.T) {
	dir := t.TempDir()
	mustWrite(t, filepath.Join(dir, "brisk-tribute.txt"), learnedTribute)
	code, plain, stderr := runCLI("extract", "-quiet", "--learned-credits=false", dir)
	if code != 0 {
		t.Fatalf("extract --learned-credits=false: %d %s", code, stderr)
	}
	code, learned, stderr := runCLI("extract", "-quiet", "--learned-credits", dir)
	if code != 0 {
		t.Fatalf("extract --learned-credits: %d %s", code, stderr)
	}
	without, with := learnedEdges(t, plain), learnedEdges(t, learned)
	for e := range without {
		if !with[e] {
			t.Errorf("--learned-credits lost the edge %s", e)
		}
	}
	credit := map[string]bool{"ACTED_IN": true, "DIRECTED": true, "PRODUCED": true, "WROTE": true, "WORKED_ON": true, "APPEARS_IN": true}
	added := 0
	for e := range with {
		if without[e] {
			continue
		}
		added++
		var typ string
		for i := range e {
			if e[i] == ' ' {
				typ = e[:i]
				break
			}
		}
		if !credit[typ] {
			t.Errorf("--learned-credits added a %s edge: %s", typ, e)
		}
	}
	if added == 0 {
		t.Fatalf("--learned-credits added no credit to %d edges", len(without))
	}
	if !with["WORKED_ON person:halvard-brisk -> film:the-long-ledge"] {
		t.Errorf("--learned-credits did not add the cameraman's credit: %v", with)
	}

	testdb.MustEmptyStore(t)
	out := filepath.Join(t.TempDir(), "graph.json")
	if code, _, stderr := runCLI("load", "-quiet", "--learned-credits", dir); code != 0 {
		t.Fatalf("load --learned-credits: %d %s", code, stderr)
	}
	if code, _, stderr := runCLI("export", "--format", "json", "-o", out); code != 0 {
		t.Fatalf("export: %d %s", code, stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != learned {
		t.Fatalf("export after load --learned-credits differs from extract --learned-credits (%d vs %d bytes)", len(b), len(learned))
	}
}
