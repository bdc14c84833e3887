package export_test

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/franchisekg/franchisekg/internal/export"
)

// TestFailedWriteLeavesNothing: an export failing half-way leaves neither
// the target nor a temporary file, and an existing target is untouched.
func TestFailedWriteLeavesNothing(t *testing.T) {
	boom := errors.New("boom")
	tests := []struct {
		name  string
		run   func(path string) error
		exist bool
	}{
		{"file", func(p string) error {
			return export.WriteFile(p, func(w io.Writer) error { io.WriteString(w, "partial"); return boom })
		}, false},
		{"file over an old one", func(p string) error {
			return export.WriteFile(p, func(w io.Writer) error { io.WriteString(w, "partial"); return boom })
		}, true},
		{"directory", func(p string) error {
			return export.WriteDir(p, func(s export.Sink) error {
				w, _ := s.Create("a.csv")
				io.WriteString(w, "partial")
				return boom
			})
		}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, "out")
			if tc.exist {
				os.WriteFile(p, []byte("old"), 0o644)
			}
			if err := tc.run(p); !errors.Is(err, boom) {
				t.Fatalf("error %v, want the writer's", err)
			}
			entries, _ := os.ReadDir(dir)
			if tc.exist {
				if b, _ := os.ReadFile(p); string(b) != "old" || len(entries) != 1 {
					t.Fatalf("old file changed (%q) or extra files %v", b, entries)
				}
			} else if len(entries) != 0 {
				t.Fatalf("left behind: %v", entries)
			}
		})
	}
}

// TestWriteDirReplaces: a successful directory export replaces the old
// content entirely.
func TestWriteDirReplaces(t *testing.T) {
	p := filepath.Join(t.TempDir(), "out")
	os.MkdirAll(p, 0o755)
	os.WriteFile(filepath.Join(p, "stale.csv"), []byte("x"), 0o644)
	err := export.WriteDir(p, func(s export.Sink) error {
		w, err := s.Create("nodes.csv")
		if err == nil {
			_, err = io.WriteString(w, "id\n")
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(p)
	if len(entries) != 1 || entries[0].Name() != "nodes.csv" {
		t.Fatalf("directory holds %v, want only nodes.csv", entries)
	}
}
