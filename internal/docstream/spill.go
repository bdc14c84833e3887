package docstream

import (
	"bufio"
	"bytes"
	"container/heap"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"slices"
)

// sorter is an external merge sort of (key, payload) records: records are
// buffered in memory up to a byte budget, then sorted by key (stably, so
// that records with equal keys keep their insertion order) and written to a
// run file in the temp directory; each returns them all in key order,
// merging the runs (equal keys: earlier runs first, i.e. insertion order).
// Memory is the budget plus a read buffer per run while merging.
type sorter struct {
	dir    string // where run files go
	name   string // prefix of run file names
	budget int
	arena  []byte // the buffered records, back to back
	recs   []rec
	runs   []string
	nruns  int   // runs spilt (before any merge pass)
	spilt  int64 // bytes spilt
}

// rec locates a buffered record in the arena.
type rec struct {
	off        int
	klen, dlen int32
}

func newSorter(dir, name string, budget int) *sorter {
	return &sorter{dir: dir, name: name, budget: budget}
}

// add buffers a record, spilling a run first when the budget is reached.
// It returns the error of writing the run.
func (s *sorter) add(key, payload []byte) error {
	if len(s.arena) > 0 && len(s.arena)+len(key)+len(payload) > s.budget {
		if err := s.flush(); err != nil {
			return err
		}
	}
	if need := len(s.arena) + len(key) + len(payload); need > cap(s.arena) {
		// grow by doubling up to the budget, never beyond (but for one
		// record larger than the budget)
		a := make([]byte, len(s.arena), max(need, min(max(2*cap(s.arena), 64<<10), s.budget)))
		copy(a, s.arena)
		s.arena = a
	}
	s.recs = append(s.recs, rec{off: len(s.arena), klen: int32(len(key)), dlen: int32(len(payload))})
	s.arena = append(s.arena, key...)
	s.arena = append(s.arena, payload...)
	return nil
}

func (s *sorter) key(r rec) []byte { return s.arena[r.off : r.off+int(r.klen)] }

func (s *sorter) payload(r rec) []byte {
	return s.arena[r.off+int(r.klen) : r.off+int(r.klen)+int(r.dlen)]
}

// sortBuffer sorts the buffered records by key, then insertion order
// (their offset in the arena).
func (s *sorter) sortBuffer() {
	slices.SortFunc(s.recs, func(a, b rec) int {
		if c := bytes.Compare(s.key(a), s.key(b)); c != 0 {
			return c
		}
		return a.off - b.off
	})
}

// flush sorts the buffered records and writes them as a new run file:
// uvarint key length, uvarint payload length, key, payload, for each. It
// returns the error of creating or writing the file.
func (s *sorter) flush() error {
	if len(s.recs) == 0 {
		return nil
	}
	s.sortBuffer()
	f, err := os.CreateTemp(s.dir, s.name+"-*.run")
	if err != nil {
		return fmt.Errorf("spilling to a temporary file: %w", err)
	}
	s.runs = append(s.runs, f.Name())
	s.nruns++
	bw := bufio.NewWriterSize(f, 256<<10)
	var hdr [2 * binary.MaxVarintLen64]byte
	for _, r := range s.recs {
		n := binary.PutUvarint(hdr[:], uint64(r.klen))
		n += binary.PutUvarint(hdr[n:], uint64(r.dlen))
		bw.Write(hdr[:n])
		bw.Write(s.arena[r.off : r.off+int(r.klen)+int(r.dlen)])
		s.spilt += int64(n) + int64(r.klen) + int64(r.dlen)
	}
	err = bw.Flush()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("spilling to %s: %w", f.Name(), err)
	}
	s.arena, s.recs = s.arena[:0], s.recs[:0]
	return nil
}

// each calls fn with every record in key order (equal keys in insertion
// order); key and payload are only valid during the call. With no run
// spilt it sorts the buffer in memory; otherwise it spills the rest, frees
// the buffer and merges the runs. It returns fn's first error or the error
// of reading a run.
func (s *sorter) each(fn func(key, payload []byte) error) error {
	if len(s.runs) == 0 {
		s.sortBuffer()
		for _, r := range s.recs {
			if err := fn(s.key(r), s.payload(r)); err != nil {
				return err
			}
		}
		return nil
	}
	if err := s.flush(); err != nil {
		return err
	}
	s.arena, s.recs = nil, nil
	// more runs than can be open at once: merge each group of consecutive
	// runs into one (in place of the group, so that ties keep their
	// order), level by level
	for len(s.runs) > s.fanIn() {
		var next []string
		for i := 0; i < len(s.runs); i += s.fanIn() {
			group := s.runs[i:min(i+s.fanIn(), len(s.runs))]
			if len(group) == 1 {
				next = append(next, group[0])
				continue
			}
			merged, err := s.mergeToRun(group)
			if err != nil {
				return err
			}
			next = append(next, merged)
		}
		s.runs = next
	}
	return mergeRuns(s.runs, fn)
}

// mergeToRun merges runs into a new run file, removes them and returns
// the new file's name, or the error of reading or writing.
func (s *sorter) mergeToRun(runs []string) (string, error) {
	f, err := os.CreateTemp(s.dir, s.name+"-*.run")
	if err != nil {
		return "", fmt.Errorf("spilling to a temporary file: %w", err)
	}
	bw := bufio.NewWriterSize(f, 256<<10)
	var hdr [2 * binary.MaxVarintLen64]byte
	err = mergeRuns(runs, func(key, payload []byte) error {
		n := binary.PutUvarint(hdr[:], uint64(len(key)))
		n += binary.PutUvarint(hdr[n:], uint64(len(payload)))
		bw.Write(hdr[:n])
		bw.Write(key)
		_, err := bw.Write(payload)
		return err
	})
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return "", fmt.Errorf("merging spilt runs into %s: %w", f.Name(), err)
	}
	for _, name := range runs {
		os.Remove(name)
	}
	return f.Name(), nil
}

// maxFanIn is the number of runs merged at once (open files, read
// buffers); more are merged in several passes.
var maxFanIn = 128

func (s *sorter) fanIn() int { return max(maxFanIn, 2) }

// mergeRuns calls fn with every record of the run files, in key order
// (equal keys: earlier runs first). It returns fn's first error or the
// error of reading a run.
func mergeRuns(runs []string, fn func(key, payload []byte) error) error {
	// read buffers: 8 MB shared by the runs, 16 KB each at least
	size := max(16<<10, (8<<20)/len(runs))
	h := make(runHeap, 0, len(runs))
	for i, name := range runs {
		f, err := os.Open(name)
		if err != nil {
			return fmt.Errorf("reading a spilt run: %w", err)
		}
		defer f.Close()
		r := &runReader{idx: i, name: name, br: bufio.NewReaderSize(f, size)}
		ok, err := r.next()
		if err != nil {
			return err
		}
		if ok {
			h = append(h, r)
		}
	}
	heap.Init(&h)
	for len(h) > 0 {
		r := h[0]
		if err := fn(r.key, r.payload); err != nil {
			return err
		}
		ok, err := r.next()
		if err != nil {
			return err
		}
		if ok {
			heap.Fix(&h, 0)
		} else {
			heap.Pop(&h)
		}
	}
	return nil
}

// runReader reads the records of one run file.
type runReader struct {
	idx          int // run order, for ties
	name         string
	br           *bufio.Reader
	buf          []byte
	key, payload []byte
}

// next reads the next record; it returns false at the end of the run.
func (r *runReader) next() (bool, error) {
	klen, err := binary.ReadUvarint(r.br)
	if err == io.EOF {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("reading %s: %w", r.name, err)
	}
	dlen, err := binary.ReadUvarint(r.br)
	if err != nil {
		return false, fmt.Errorf("reading %s: %w", r.name, errCorrupt)
	}
	n := int(klen + dlen)
	if cap(r.buf) < n {
		r.buf = make([]byte, n)
	}
	r.buf = r.buf[:n]
	if _, err := io.ReadFull(r.br, r.buf); err != nil {
		return false, fmt.Errorf("reading %s: %w", r.name, errCorrupt)
	}
	r.key, r.payload = r.buf[:klen], r.buf[klen:]
	return true, nil
}

// runHeap orders run readers by their current key, then run order.
type runHeap []*runReader

func (h runHeap) Len() int { return len(h) }
func (h runHeap) Less(i, j int) bool {
	if c := bytes.Compare(h[i].key, h[j].key); c != 0 {
		return c < 0
	}
	return h[i].idx < h[j].idx
}
func (h runHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *runHeap) Push(x any)   { *h = append(*h, x.(*runReader)) }
func (h *runHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
