package loaders_test

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"testing"

	"github.com/franchisekg/franchisekg/loaders"
	"github.com/franchisekg/franchisekg/loaders/gen"
	"github.com/franchisekg/franchisekg/loaders/internal/procstat"
)

// benchExtract extracts a generated corpus of n articles with the given
// workers and reports words per second.
func benchExtract(b *testing.B, n, workers int) {
	c := gen.Generate(42, n)
	b.SetBytes(int64(func() int {
		t := 0
		for _, in := range c.Inputs {
			t += len(in.Text)
		}
		return t
	}()))
	b.ResetTimer()
	cpu0 := procstat.CPUTime()
	for i := 0; i < b.N; i++ {
		if _, err := loaders.Extract(b.Context(), c.Inputs, loaders.Options{Workers: workers}); err != nil {
			b.Fatal(err)
		}
	}
	cpu := procstat.CPUTime() - cpu0
	words := float64(c.Words) * float64(b.N)
	b.ReportMetric(words/b.Elapsed().Seconds(), "words/s")
	// words per second of CPU time: what one core does, whatever else the
	// machine runs meanwhile
	b.ReportMetric(words/cpu.Seconds(), "words/cpu-s")
}

// BenchmarkExtract measures the whole pipeline (per-article extraction and
// cross-article resolution) on 1 and 2 workers and at two corpus sizes, to
// show the cost is linear in the corpus.
func BenchmarkExtract(b *testing.B) {
	for _, n := range []int{500, 2000} {
		for _, w := range []int{1, 2} {
			b.Run(fmt.Sprintf("articles=%d/workers=%d", n, w), func(b *testing.B) { benchExtract(b, n, w) })
		}
	}
}

// TestMemory100MB extracts about $FKG_MEM_MB (default 100) megabytes of
// generated articles and reports the peak heap; it runs only when
// FKG_MEM_MB is set, since it takes a while. The peak RSS of the process is
// reported by "/usr/bin/time -v go test ..." (see README).
func TestMemory100MB(t *testing.T) {
	mbs := os.Getenv("FKG_MEM_MB")
	if mbs == "" {
		t.Skip("set FKG_MEM_MB=100 to run")
	}
	mb, err := strconv.Atoi(mbs)
	if err != nil {
		t.Fatal(err)
	}
	size := mb << 20
	var inputs []loaders.Input
	total := 0
	for seed := int64(1); total < size; seed++ {
		c := gen.Generate(seed, 2000)
		for _, in := range c.Inputs {
			in.Article.ID = fmt.Sprintf("s%d-%s", seed, in.Article.ID)
			inputs = append(inputs, in)
			total += len(in.Text)
		}
	}
	res, err := loaders.Extract(t.Context(), inputs, loaders.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	t.Logf("%d articles, %d MB of text, heap in use %d MB, total allocated %d MB, articles out %d",
		len(inputs), total>>20, ms.HeapInuse>>20, ms.TotalAlloc>>20, len(res.Articles))
}
