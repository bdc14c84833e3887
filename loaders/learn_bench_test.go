package loaders_test

import (
	"testing"

	"github.com/franchisekg/franchisekg/loaders"
	"github.com/franchisekg/franchisekg/loaders/gen"
	"github.com/franchisekg/franchisekg/loaders/internal/procstat"
)

// BenchmarkExtractLearned is BenchmarkExtract's 2000 articles on one
// worker with Options.LearnedCredits set: the classifier's cost is the
// ratio of its words/cpu-s to BenchmarkExtract's.
func BenchmarkExtractLearned(b *testing.B) {
	c := gen.Generate(42, 2000)
	b.ResetTimer()
	cpu0 := procstat.CPUTime()
	for i := 0; i < b.N; i++ {
		if _, err := loaders.Extract(b.Context(), c.Inputs, loaders.Options{Workers: 1, LearnedCredits: true}); err != nil {
			b.Fatal(err)
		}
	}
	words := float64(c.Words) * float64(b.N)
	b.ReportMetric(words/(procstat.CPUTime()-cpu0).Seconds(), "words/cpu-s")
}
