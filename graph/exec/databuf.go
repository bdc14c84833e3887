package exec

// Hand-written (not generated): the buffers the executor writes a query's
// answer into. graph/internal/execpatch makes the generated Exec take its
// buffer from dataBuffer instead of growing a fresh one from nothing (a
// 16 KB neighbourhood cost about 31 KB of garbage in the doublings); the
// server hands the storage back with RecycleData once the answer is sent.

import (
	"bytes"
	"sync"
)

// Bounds of the answer buffers kept for reuse: smaller ones are not worth
// keeping, larger ones would keep one huge answer's memory.
const (
	minRecycled = 1 << 10
	maxRecycled = 256 << 10
)

var dataBufs sync.Pool // of *[]byte, empty

// dataBuffer returns an empty buffer for a query's answer, on the storage
// of an answer already sent when there is one.
func dataBuffer() *bytes.Buffer {
	if p, ok := dataBufs.Get().(*[]byte); ok {
		return bytes.NewBuffer((*p)[:0])
	}
	return bytes.NewBuffer(make([]byte, 0, 4<<10))
}

// RecycleData hands back the storage of a response's Data for later
// answers. The caller must not use data (nor any slice of it) afterwards.
func RecycleData(data []byte) {
	if cap(data) < minRecycled || cap(data) > maxRecycled {
		return
	}
	data = data[:0]
	dataBufs.Put(&data)
}
