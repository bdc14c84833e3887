package main

import (
	"io"
	"log/slog"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/franchisekg/franchisekg/internal/server"
	"github.com/franchisekg/franchisekg/internal/testdb"
)

const castQuery = `# saved query: the cast of a film
query Cast($id: ID!) {
  film(id: $id) {
    title
    cast { person { name } characterName disputed }
  }
}
`

func TestQueryCommand(t *testing.T) {
	mustLoadCLIGraph(t)
	dir := t.TempDir()
	q := mustWrite(t, filepath.Join(dir, "cast.graphql"), castQuery)
	bad := mustWrite(t, filepath.Join(dir, "bad.graphql"), `{ film(id: "film:ballerina") { budget } }`)
	// a running server over the same store, for --server
	s := testdb.MustStore(t)
	gql, _ := graphqlHandlers(s, "", server.DefaultLimits, slog.New(slog.NewTextHandler(io.Discard, nil)))
	srv := httptest.NewServer(gql)
	defer srv.Close()

	wantCSV := "film.title,film.cast.person.name,film.cast.characterName,film.cast.disputed\n" +
		"Ballerina,Ana de Armas,Eve Macarro / Rooney,true\n" +
		"Ballerina,Keanu Reeves,,false\n"
	tests := []struct {
		name      string
		args      []string
		code      int
		stdout    string // exact, when set
		stdoutHas string
		stderrHas string
	}{
		{"json in-process", []string{q, "--var", "id=film:ballerina"}, 0, "", `"characterName": "Eve Macarro / Rooney"`, ""},
		{"csv in-process", []string{q, "--var", "id=film:ballerina", "--format", "csv"}, 0, wantCSV, "", ""},
		{"csv via server", []string{"--server", srv.URL, "--format", "csv", q, "--var", "id=film:ballerina"}, 0, wantCSV, "", ""},
		{"graphql error", []string{bad}, 1, "", "", `Cannot query field "budget"`},
		{"graphql error via server", []string{bad, "--server", srv.URL}, 1, "", "", `Cannot query field "budget"`},
		{"missing variable", []string{q}, 1, "", "", `variable`},
		{"malformed var", []string{q, "--var", "nonsense"}, 1, "", "", `--var "nonsense": want name=value`},
		{"missing file", []string{filepath.Join(dir, "nope.graphql")}, 1, "", "", `nope.graphql: no such file`},
		{"bad format", []string{q, "--format", "xml"}, 1, "", "", `--format "xml"`},
		{"no server", []string{q, "--server", "http://127.0.0.1:1"}, 1, "", "", `--server http://127.0.0.1:1/graphql`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(append([]string{"query"}, tc.args...)...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d; stderr %q", code, tc.code, stderr)
			}
			if tc.stdout != "" && stdout != tc.stdout {
				t.Fatalf("stdout:\n%s\nwant:\n%s", stdout, tc.stdout)
			}
			if !strings.Contains(stdout, tc.stdoutHas) {
				t.Fatalf("stdout %q lacks %q", stdout, tc.stdoutHas)
			}
			if !strings.Contains(stderr, tc.stderrHas) {
				t.Fatalf("stderr %q lacks %q", stderr, tc.stderrHas)
			}
		})
	}
}
