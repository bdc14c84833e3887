package loaders_test

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"testing"

	"github.com/franchisekg/franchisekg/internal/docstream"
	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/loaders"
	"github.com/franchisekg/franchisekg/loaders/gen"
	"github.com/franchisekg/franchisekg/loaders/internal/procstat"
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
				cpu0 := procstat.CPUTime()
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
				cpu := procstat.CPUTime() - cpu0
				words := float64(c.Words) * float64(b.N)
				b.ReportMetric(words/b.Elapsed().Seconds(), "words/s")
				b.ReportMetric(words/cpu.Seconds(), "words/cpu-s")
				b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
			})
		}
	}
}

// BenchmarkExtractDocument measures what "franchisekg extract" does, both
// ways, in one run: "memory" is the former path (Document: Extract, then
// kg.BuildDocument and WriteJSON of the whole document), "stream" the
// current one (ExtractStream, each article's facts added to a
// docstream.Builder spilling to temporary files every few hundred
// kilobytes so that the merge is measured too, then the document written
// by the Builder). Both write to io.Discard.
func BenchmarkExtractDocument(b *testing.B) {
	for _, n := range []int{2000} {
		c := gen.Generate(42, n)
		size := 0
		for _, in := range c.Inputs {
			size += len(in.Text)
		}
		for _, w := range []int{1, 2} {
			for _, mode := range []string{"memory", "stream"} {
				b.Run(fmt.Sprintf("articles=%d/workers=%d/%s", n, w, mode), func(b *testing.B) {
					b.SetBytes(int64(size))
					b.ReportAllocs()
					b.ResetTimer()
					cpu0 := procstat.CPUTime()
					for i := 0; i < b.N; i++ {
						if err := extractDocument(b, mode, c.Inputs, w); err != nil {
							b.Fatal(err)
						}
					}
					cpu := procstat.CPUTime() - cpu0
					words := float64(c.Words) * float64(b.N)
					b.ReportMetric(words/b.Elapsed().Seconds(), "words/s")
					b.ReportMetric(words/cpu.Seconds(), "words/cpu-s")
				})
			}
		}
	}
}

// extractDocument writes the document of inputs to io.Discard the
// "memory" or the "stream" way.
func extractDocument(tb testing.TB, mode string, inputs []loaders.Input, workers int) error {
	opts := loaders.Options{Workers: workers}
	if mode == "memory" {
		doc, _, err := loaders.Document(tb.Context(), inputs, opts)
		if err != nil {
			return err
		}
		return doc.WriteJSON(io.Discard)
	}
	db, err := docstream.New(docstream.Options{Dir: tb.TempDir(), Budget: 256 << 10})
	if err != nil {
		return err
	}
	defer db.Close()
	if _, err := loaders.ExtractStream(tb.Context(), loaders.SliceSource(inputs), opts, db.Add); err != nil {
		return err
	}
	_, err = db.Write(tb.Context(), io.Discard)
	return err
}

// TestMemoryExtractDocument runs what "franchisekg extract DIR" runs
// (NewPathSource + ExtractStream into a docstream.Builder with the default
// buffer, the document written to io.Discard) over about $FKG_MEM_MB
// megabytes of generated articles written as .txt files, and logs the peak
// RSS of the process (VmHWM), the CPU time and the spill. It runs only when
// FKG_MEM_MB is set, since it takes a while; the README's figures come from
// the command itself under /usr/bin/time -v.
func TestMemoryExtractDocument(t *testing.T) {
	mbs := os.Getenv("FKG_MEM_MB")
	if mbs == "" {
		t.Skip("set FKG_MEM_MB=100 to run")
	}
	mb, err := strconv.Atoi(mbs)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	total, files := 0, 0
	for seed := int64(1); total < mb<<20; seed++ {
		for _, in := range gen.Generate(seed, 2000).Inputs {
			if err := os.WriteFile(fmt.Sprintf("%s/s%d-%s.txt", dir, seed, in.Article.ID), []byte(in.Text), 0o644); err != nil {
				t.Fatal(err)
			}
			total += len(in.Text)
			files++
		}
	}
	runtime.GC()
	debug.FreeOSMemory()
	db, err := docstream.New(docstream.Options{Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	cpu0 := procstat.CPUTime()
	res, err := loaders.ExtractStream(t.Context(), loaders.NewPathSource([]string{dir}, nil), loaders.Options{}, db.Add)
	if err != nil {
		t.Fatal(err)
	}
	var out countingWriter
	st, err := db.Write(t.Context(), &out)
	if err != nil {
		t.Fatal(err)
	}
	if res.Articles != files {
		t.Errorf("%d articles extracted of %d files", res.Articles, files)
	}
	t.Logf("%d articles, %d MB of text: document %d MB, %d runs spilt (%d MB), cpu %.1fs, peak RSS %s",
		res.Articles, total>>20, out.n>>20, st.Runs, st.Spilt>>20, (procstat.CPUTime() - cpu0).Seconds(), procstat.PeakRSS())
}

type countingWriter struct{ n int64 }

func (w *countingWriter) Write(p []byte) (int, error) {
	w.n += int64(len(p))
	return len(p), nil
}
