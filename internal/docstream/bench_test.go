package docstream

import (
	"io"
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/loaders"
	"github.com/franchisekg/franchisekg/loaders/gen"
)

// BenchmarkDocument measures the document step alone on the facts of 2,000
// generated articles, in one run: kg.BuildDocument + WriteJSON (the whole
// document in memory) against a Builder holding everything in its buffer
// and one spilling a run every 256 KB. All write to io.Discard.
func BenchmarkDocument(b *testing.B) {
	res, err := loaders.Extract(b.Context(), gen.Generate(42, 2000).Inputs, loaders.Options{})
	if err != nil {
		b.Fatal(err)
	}
	arts := res.Articles
	b.Run("BuildDocument", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if err := kg.BuildDocument(arts).WriteJSON(io.Discard); err != nil {
				b.Fatal(err)
			}
		}
	})
	for _, bc := range []struct {
		name   string
		budget int
	}{{"Builder/in-memory", 1 << 30}, {"Builder/spill-256KB", 256 << 10}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				db, err := New(Options{Dir: b.TempDir(), Budget: bc.budget})
				if err != nil {
					b.Fatal(err)
				}
				for _, af := range arts {
					if err := db.Add(af); err != nil {
						b.Fatal(err)
					}
				}
				if _, err := db.Write(b.Context(), io.Discard); err != nil {
					b.Fatal(err)
				}
				db.Close()
			}
		})
	}
}
