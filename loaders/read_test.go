package loaders

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// MustWrite writes files (path relative to dir → content) or fails tb.
func MustWrite(tb testing.TB, dir string, files map[string]string) {
	tb.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
}

const goodArticle = " date 2024-02-03\nThe new film is directed by Dana Wetherall. Marla Obasi stars as Captain Vesna in the film.\n"

func TestReadPathsBadInput(t *testing.T) {
	tests := []struct {
		name       string
		files      map[string]string
		paths      []string // relative to the temp dir; default "."
		wantIDs    []string
		wantReason []string // substrings of reject lines, in any order
	}{
		{name: "empty file", files: map[string]string{"a.txt": goodArticle, "empty.txt": "  \n"},
			wantIDs: []string{"a"}, wantReason: []string{"empty.txt: empty file"}},
		{name: "binary file", files: map[string]string{"a.txt": goodArticle, "bin.txt": "PK\x03\x04\x00\x00\x01"},
			wantIDs: []string{"a"}, wantReason: []string{"bin.txt: binary file"}},
		{name: "invalid UTF-8", files: map[string]string{"a.txt": goodArticle, "latin1.txt": "Caf\xe9 society returns."},
			wantIDs: []string{"a"}, wantReason: []string{"latin1.txt: invalid UTF-8 at byte 3"}},
		{name: "malformed date line keeps the article", files: map[string]string{"d.txt": " date 2024-13-45 The film is out."},
			wantIDs: []string{"d"}, wantReason: []string{`d.txt: malformed date line "2024-13-45"`}},
		{name: "duplicate article ids", files: map[string]string{"one/x.txt": goodArticle, "two/x.txt": goodArticle + "More."},
			wantIDs: []string{"x"}, wantReason: []string{`two/x.txt: duplicate article id "x"`}},
		{name: "directory without articles", files: map[string]string{"a.txt": goodArticle, "pics/cover.png": "png"},
			paths: []string{"a.txt", "pics"}, wantIDs: []string{"a"}, wantReason: []string{"pics: directory holds no articles"}},
		{name: "missing file", files: map[string]string{"a.txt": goodArticle},
			paths: []string{"a.txt", "nope.txt"}, wantIDs: []string{"a"}, wantReason: []string{"nope.txt: cannot read"}},
		{name: "jsonl feed with a bad line", files: map[string]string{"feed.jsonl": `{"id":"f1","title":"T","date":"2024-01-02","url":"http://x","text":"Kai Rensby directed the film."}` + "\nnot json\n" + `{"id":"f2","text":""}` + "\n"},
			wantIDs: []string{"f1"}, wantReason: []string{"feed.jsonl:2: invalid JSON", `feed.jsonl:3: empty "text"`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			MustWrite(t, dir, tc.files)
			paths := tc.paths
			if paths == nil {
				paths = []string{"."}
			}
			for i := range paths {
				paths[i] = filepath.Join(dir, paths[i])
			}
			ins, rej := ReadPaths(paths, nil)
			var ids []string
			for _, in := range ins {
				ids = append(ids, in.Article.ID)
			}
			if strings.Join(ids, ",") != strings.Join(tc.wantIDs, ",") {
				t.Errorf("ids = %v, want %v", ids, tc.wantIDs)
			}
			var lines []string
			for _, r := range rej {
				lines = append(lines, strings.TrimPrefix(r.String(), dir+"/"))
			}
			all := strings.Join(lines, "\n")
			for _, want := range tc.wantReason {
				if !strings.Contains(all, want) {
					t.Errorf("rejects %q lack %q", all, want)
				}
			}
			if len(lines) != len(tc.wantReason) {
				t.Errorf("got %d rejects %q, want %d", len(lines), all, len(tc.wantReason))
			}
		})
	}
}

func TestDateLine(t *testing.T) {
	tests := []struct {
		text, date, bad string
		body            int
	}{
		{" date 2023-04-04 After much anticipation", "2023-04-04", "", 16},
		{" date 2023-04-04\nText.", "2023-04-04", "", 16},
		{"date: 2023-04-04\nText.", "2023-04-04", "", 16},
		{" date soon Text.", "", "malformed", 0},
		{"dates are fun.", "", "", 0},
		{"Plain text.", "", "", 0},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			d, bad := parseDateLine(tc.text)
			if d != tc.date || !strings.Contains(bad, tc.bad) || (tc.bad == "") != (bad == "") {
				t.Errorf("parseDateLine = %q, %q; want %q, %q", d, bad, tc.date, tc.bad)
			}
			if b := bodyStart(tc.text); b != tc.body {
				t.Errorf("bodyStart = %d, want %d", b, tc.body)
			}
		})
	}
}

// MustDocumentJSON extracts ins and returns the document as JSON bytes.
func MustDocumentJSON(tb testing.TB, ins []Input, workers int) []byte {
	tb.Helper()
	doc, _, err := Document(tb.Context(), ins, Options{Workers: workers})
	if err != nil {
		tb.Fatal(err)
	}
	var b bytes.Buffer
	if err := doc.WriteJSON(&b); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}

// TestDeterministic: the same articles in any order, on any number of
// workers, give byte-identical JSON.
func TestDeterministic(t *testing.T) {
	ins, _ := ReadPaths([]string{"../seeds", "testdata/franchises"}, nil)
	want := MustDocumentJSON(t, ins, 1)
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 5; i++ {
		t.Run("shuffle", func(t *testing.T) {
			sh := append([]Input(nil), ins...)
			r.Shuffle(len(sh), func(a, b int) { sh[a], sh[b] = sh[b], sh[a] })
			if got := MustDocumentJSON(t, sh, 1+i%2); !bytes.Equal(got, want) {
				t.Fatalf("output differs for input order %d", i)
			}
		})
	}
}

// TestSourcesInsideText checks every source of every fact: offsets inside
// the article's text, the quote is the sentence, the mention inside it.
func TestSourcesInsideText(t *testing.T) {
	ins, _ := ReadPaths([]string{"../seeds", "testdata/franchises"}, nil)
	res, err := Extract(t.Context(), ins, Options{})
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{}
	for _, in := range ins {
		texts[in.Article.ID] = in.Text
	}
	check := func(what string, s kg.Source) {
		text := texts[s.Article]
		if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
			t.Fatalf("%s: source %+v outside the text (%d bytes)", what, s, len(text))
		}
		if !strings.Contains(s.Quote, text[s.Start:s.End]) {
			t.Errorf("%s: quote %q does not hold %q", what, s.Quote, text[s.Start:s.End])
		}
	}
	for _, a := range res.Articles {
		for _, e := range a.Entities {
			for _, s := range e.Mentions {
				check(e.ID, s)
			}
		}
		for _, c := range a.Claims {
			if len(c.Sources) == 0 {
				t.Errorf("claim without source: %+v", c)
			}
			for _, s := range c.Sources {
				check(string(c.Relation)+c.Property, s)
			}
		}
	}
}

// TestHugeInputs: a 1 MB line without a full stop and a 50 MB article are
// extracted, the long line with a warning.
func TestHugeInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	line := strings.Repeat("and the story goes on with Dana Wetherall and more ", 1<<20/51)
	var big strings.Builder
	for big.Len() < 50<<20 {
		big.WriteString(goodArticle[17:])
	}
	ins := []Input{{Article: kg.Article{ID: "line", Path: "line.txt"}, Text: line}, {Article: kg.Article{ID: "big", Path: "big.txt"}, Text: big.String()}}
	res, err := Extract(t.Context(), ins, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Articles) != 2 || len(res.Rejects) != 0 {
		t.Fatalf("articles %d, rejects %v", len(res.Articles), res.Rejects)
	}
	if len(res.Warnings) == 0 || !strings.Contains(res.Warnings[0].String(), "line.txt: ") {
		t.Errorf("warnings = %v, want one for line.txt", res.Warnings)
	}
}

func TestFoldKeyMatchesFold(t *testing.T) {
	for _, s := range []string{"Lena de Valk", "  The  Director ", "ORRIN QUARNE", "O`Brien", "a\tb", "Casteñeda", "x-y", "Harbourlight: A Story", ""} {
		if got, want := foldKey(s), kg.Fold(s); got != want {
			t.Errorf("foldKey(%q) = %q, kg.Fold = %q", s, got, want)
		}
	}
}

// TestDocumentValid checks the document against the spec's vocabulary:
// known node and relationship types, ids matching their type, edges between
// existing nodes of the allowed types.
func TestDocumentValid(t *testing.T) {
	ins, _ := ReadPaths([]string{"../seeds", "testdata/franchises"}, nil)
	doc, _, err := Document(t.Context(), ins, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := validDocument(doc); err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(doc)
	if !json.Valid(b) {
		t.Fatal("invalid JSON")
	}
}
