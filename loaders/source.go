package loaders

import (
	"io"
	"os"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// Entry is one article of a Source: its metadata (ID, Path and SHA256 at
// least; no text) and where the source finds it again.
type Entry struct {
	Article kg.Article
	// Pos and Len locate the article in its source (for files: the byte
	// offset and length of a JSON Lines feed's line, 0 and -1 for a whole
	// file; for a SliceSource: the index).
	Pos, Len int64
}

// Source is a set of articles that can be read more than once, one at a
// time: ExtractStream reads every article twice and never holds them all.
type Source interface {
	// Scan calls fn once for every article, in any order, and returns the
	// inputs that could not be read and the warnings about articles read
	// (e.g. a malformed date line), one line each.
	Scan(fn func(Entry)) []Reject
	// Load reads the article of e again, text included. It returns a
	// one-line reason when the article can no longer be read or its content
	// changed since Scan. It may be called from several goroutines at once.
	Load(e Entry) (Input, string)
}

// SliceSource is a Source over inputs already in memory.
type SliceSource []Input

// Scan calls fn for every input; it never rejects.
func (s SliceSource) Scan(fn func(Entry)) []Reject {
	for i := range s {
		fn(Entry{Article: s[i].Article, Pos: int64(i)})
	}
	return nil
}

// Load returns the input of e.
func (s SliceSource) Load(e Entry) (Input, string) { return s[e.Pos], "" }

// PathSource is a Source over files, directories (recursively) and "-"
// (stdin), read as ReadPaths reads them; files are read again for the
// second pass, standard input is kept in memory (one article, at most
// MaxArticleBytes).
type PathSource struct {
	paths []string
	stdin func() ([]byte, error)
}

// NewPathSource returns a Source reading paths; stdin is read for "-" (nil:
// "-" is rejected).
func NewPathSource(paths []string, stdin io.Reader) *PathSource {
	return &PathSource{paths: paths, stdin: readerOnce(stdin)}
}

// Scan reads every path and calls fn for each article found, without
// keeping its text; it returns the rejects ReadPaths would return, except
// duplicate article ids (ExtractStream rejects those).
func (s *PathSource) Scan(fn func(Entry)) []Reject {
	return walkPaths(s.paths, s.stdin, func(in Input, pos, n int64) {
		fn(Entry{Article: in.Article, Pos: pos, Len: n})
	})
}

// Load reads the article of e again from its file (or standard input) and
// checks that its content hash is unchanged.
func (s *PathSource) Load(e Entry) (Input, string) {
	var data []byte
	var reason string
	switch {
	case e.Article.Path == "-" && s.stdin != nil:
		var err error
		if data, err = s.stdin(); err != nil {
			reason = "cannot read stdin: " + err.Error()
		}
	case e.Len >= 0:
		data, reason = readAt(e.Article.Path, e.Pos, e.Len)
	default:
		data, reason = readAll(e.Article.Path)
	}
	if reason != "" {
		return Input{}, reason
	}
	var got []Input
	id := fileID(e.Article.Path)
	if e.Article.Path == "-" {
		id = "stdin"
	}
	if e.Len >= 0 {
		parseJSONL(e.Article.Path, data, func(in Input, _, _ int64) { got = append(got, in) })
	} else {
		parseFile(e.Article.Path, id, data, func(in Input, _, _ int64) { got = append(got, in) })
	}
	if len(got) != 1 || got[0].Article.ID != e.Article.ID || got[0].Article.SHA256 != e.Article.SHA256 {
		return Input{}, "changed while being extracted; skipped"
	}
	return got[0], ""
}

// readAt returns n bytes at offset pos of the file at path, or a reason why
// they cannot be read.
func readAt(path string, pos, n int64) ([]byte, string) {
	f, err := os.Open(path)
	if err != nil {
		return nil, "cannot read: " + errReason(err)
	}
	defer f.Close()
	data := make([]byte, n)
	if _, err := f.ReadAt(data, pos); err != nil {
		return nil, "cannot read: " + errReason(err)
	}
	return data, ""
}
