package loadrun_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/franchisekg/franchisekg/internal/loadrun"
	"github.com/franchisekg/franchisekg/internal/testdb"
)

// TestHostileArticleStoredLiterally loads an article whose title and names
// carry quotes, backslashes, braces and Cypher keywords: they are stored
// as text (nothing is executed, nothing is lost), and the export equals the
// extraction.
func TestHostileArticleStoredLiterally(t *testing.T) {
	title := `MATCH (n) DETACH DELETE n; // {name: "x"} \ 'quoted' RETURN $param`
	text := title + "\n\nThe film Starfall Rising is directed by Dana O'Brien. Marla D'Souza stars as Captain \"Vesna\" {the Blade}.\n" +
		"Starfall Rising is distributed by Return Pictures. Dana O'Brien also wrote Starfall Rising.\n"
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "hostile.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	s := testdb.MustEmptyStore(t)
	mustRun(t, s, loadrun.Options{Paths: []string{dir}})
	rows, err := s.QueryRead(context.Background(), `MATCH (a:Article {id: 'hostile'}) RETURN a.title AS title`, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || rows[0]["title"] != title {
		t.Fatalf("stored title %v, want %q", rows, title)
	}
	c := mustCount(t, s)
	if c.Nodes < 3 || c.Relationships == 0 {
		t.Fatalf("graph %+v: the article's facts are missing", c)
	}
	if got, want := mustExport(t, s), extractDoc(t, dir); !bytes.Equal(got, want) {
		t.Fatalf("export differs from extract:\n%s\n---\n%s", got, want)
	}
}
