package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExtractCommand(t *testing.T) {
	dir := t.TempDir()
	good := " date 2024-02-03\nThe film Starfall Rising is directed by Dana Whitcombe. Marla Oyelaran stars as Captain Vesna.\n"
	for name, content := range map[string]string{"good.txt": good, "empty.txt": "", "bin.txt": "\x00\x01\x02"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "nothing"), 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		args       []string
		stdin      string
		wantStatus int
		wantJSON   bool
		wantErr    []string
	}{
		{name: "good and bad files", args: []string{"extract", dir, filepath.Join(dir, "nothing")}, wantStatus: 0, wantJSON: true,
			wantErr: []string{"empty.txt: empty file", "bin.txt: binary file", "nothing: directory holds no articles", "articles: 1", "entities: ", "relationships: ", "conflicts: 0", "rejected: 3"}},
		{name: "strict fails on a rejected file", args: []string{"extract", "--strict", dir, filepath.Join(dir, "nothing")}, wantStatus: 1, wantJSON: true,
			wantErr: []string{"rejected: 3"}},
		{name: "nothing readable", args: []string{"extract", filepath.Join(dir, "empty.txt")}, wantStatus: 1,
			wantErr: []string{"no article could be read"}},
		{name: "stdin", args: []string{"extract", "-"}, stdin: good, wantStatus: 0, wantJSON: true, wantErr: []string{"articles: 1"}},
		{name: "no paths", args: []string{"extract"}, wantStatus: 2, wantErr: []string{"usage: franchisekg extract"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			status := runMain(tc.args, strings.NewReader(tc.stdin), &out, &errb)
			if status != tc.wantStatus {
				t.Errorf("status %d, want %d; stderr:\n%s", status, tc.wantStatus, errb.String())
			}
			if tc.wantJSON {
				var doc struct {
					Nodes []struct{ ID string }   `json:"nodes"`
					Edges []struct{ Type string } `json:"edges"`
				}
				if err := json.Unmarshal(out.Bytes(), &doc); err != nil || len(doc.Nodes) == 0 || len(doc.Edges) == 0 {
					t.Errorf("stdout is not a document with nodes and edges (%v): %.200s", err, out.String())
				}
			}
			for _, w := range tc.wantErr {
				if !strings.Contains(errb.String(), w) {
					t.Errorf("stderr lacks %q:\n%s", w, errb.String())
				}
			}
		})
	}
}

// TestExtractSeedsOrder: extract prints byte-identical JSON whatever the
// order of the paths.
func TestExtractSeedsOrder(t *testing.T) {
	files, _ := filepath.Glob("../../seeds/*.txt")
	if len(files) == 0 {
		t.Skip("no seeds")
	}
	run := func(args []string) []byte {
		var out, errb bytes.Buffer
		if st := runMain(append([]string{"extract", "--quiet"}, args...), nil, &out, &errb); st != 0 {
			t.Fatalf("status %d: %s", st, errb.String())
		}
		return out.Bytes()
	}
	a := run(files)
	rev := append([]string(nil), files...)
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	if b := run(rev); !bytes.Equal(a, b) {
		t.Error("output depends on the order of the paths")
	}
}
