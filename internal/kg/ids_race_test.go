package kg

import (
	"sync"
	"testing"
)

// TestFoldConcurrent: Fold and Slug are safe to call from many goroutines
// (the loaders extract articles in parallel); run with -race.
func TestFoldConcurrent(t *testing.T) {
	tests := []struct{ in, fold, slug string }{
		{"David Casteñeda", "david casteneda", "david-casteneda"},
		{"John Wick: Chapter 3 – Parabellum", "john wick: chapter 3 - parabellum", "john-wick-chapter-3-parabellum"},
		{"Ana de Armas", "ana de armas", "ana-de-armas"},
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				tt := tests[i%len(tests)]
				if f, s := Fold(tt.in), Slug(tt.in); f != tt.fold || s != tt.slug {
					errs <- tt.in + " -> " + f + " / " + s
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
