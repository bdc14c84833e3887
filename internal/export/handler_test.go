package export_test

import (
	"archive/zip"
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/franchisekg/franchisekg/internal/export"
)

func TestHandler(t *testing.T) {
	r, _ := MustMemReader(t)
	mux := http.NewServeMux()
	mux.Handle("GET /export/{format}", export.Handler(r))
	srv := httptest.NewServer(mux)
	defer srv.Close()
	jsonGolden, _ := MustExport(t, r, "json", export.Options{}, false)
	ballerina, _ := MustExport(t, r, "wikitext", export.Options{Filter: export.Filter{IDs: []string{"film:ballerina"}}}, false)
	tests := []struct {
		name, path string
		status     int
		body       string // exact body, or for errors a substring
		ctype      string
	}{
		{"json", "/export/json", 200, jsonGolden, "application/json; charset=utf-8"},
		{"filtered wikitext", "/export/wikitext?id=film:ballerina", 200, ballerina, "text/plain; charset=utf-8"},
		{"unknown format", "/export/yaml", 400, `format "yaml": unknown`, ""},
		{"unknown id", "/export/json?id=film:nope", 404, `id "film:nope": no such entity`, ""},
		{"bad type", "/export/graphml?type=Planet", 400, `type "Planet"`, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := http.Get(srv.URL + tc.path)
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			b, _ := io.ReadAll(res.Body)
			if res.StatusCode != tc.status {
				t.Fatalf("status %d (%s), want %d", res.StatusCode, b, tc.status)
			}
			if tc.status == 200 {
				if string(b) != tc.body || res.Header.Get("Content-Type") != tc.ctype {
					t.Fatalf("body differs from the CLI's export (type %s)", res.Header.Get("Content-Type"))
				}
			} else if !strings.Contains(string(b), tc.body) {
				t.Fatalf("error body %q lacks %q", b, tc.body)
			}
		})
	}
	t.Run("csv zip", func(t *testing.T) {
		res, err := http.Get(srv.URL + "/export/csv")
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			t.Fatalf("not a zip: %v", err)
		}
		_, files := MustExport(t, r, "csv", export.Options{}, true)
		if len(zr.File) != len(files) {
			t.Fatalf("zip has %d files, the export %d", len(zr.File), len(files))
		}
		for _, f := range zr.File {
			rc, _ := f.Open()
			got, _ := io.ReadAll(rc)
			rc.Close()
			if string(got) != files[f.Name] {
				t.Errorf("%s differs", f.Name)
			}
		}
	})
}
