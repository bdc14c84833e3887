package loaders_test

import (
	"fmt"
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/loaders"
	"github.com/franchisekg/franchisekg/loaders/gen"
)

// BenchmarkExtractStream measures ExtractStream (two extractions of every
// article) on the corpora of BenchmarkExtract, with a sink that only
// counts, so that the two can be compared in one run.
func BenchmarkExtractStream(b *testing.B) {
	for _, n := range []int{500, 2000} {
		for _, w := range []int{1, 2} {
			b.Run(fmt.Sprintf("articles=%d/workers=%d", n, w), func(b *testing.B) {
				c := gen.Generate(42, n)
				size := 0
				for _, in := range c.Inputs {
					size += len(in.Text)
				}
				b.SetBytes(int64(size))
				b.ResetTimer()
				cpu0 := cpuTime()
				for i := 0; i < b.N; i++ {
					claims := 0
					_, err := loaders.ExtractStream(b.Context(), loaders.SliceSource(c.Inputs), loaders.Options{Workers: w}, func(af kg.ArticleFacts) error {
						claims += len(af.Claims)
						return nil
					})
					if err != nil || claims == 0 {
						b.Fatalf("%d claims, %v", claims, err)
					}
				}
				cpu := cpuTime() - cpu0
				words := float64(c.Words) * float64(b.N)
				b.ReportMetric(words/b.Elapsed().Seconds(), "words/s")
				b.ReportMetric(words/cpu.Seconds(), "words/cpu-s")
				b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
			})
		}
	}
}
