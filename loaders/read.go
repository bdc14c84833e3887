package loaders

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// Input is one raw article read from a file, stdin or a JSONL feed line.
// Article.ID, Title, Date, Path, URL and SHA256 (hex of the raw bytes) are
// filled by the reader; Text is the whole raw text, date line included, so
// that source offsets point into it.
type Input struct {
	Article kg.Article
	Text    string
}

// Reject is an input that could not be read (or was read with a problem
// worth telling), with a one-line reason.
type Reject struct {
	Path   string
	Reason string
}

// String returns the message "path: reason".
func (r Reject) String() string { return r.Path + ": " + r.Reason }

// MaxArticleBytes is the largest article read; longer files are rejected.
const MaxArticleBytes = 64 << 20

// articleExts are the extensions taken from directories (explicitly named
// files are read whatever their extension).
var articleExts = map[string]bool{".txt": true, ".text": true, ".md": true, ".jsonl": true, "": true}

// ReadPaths reads files, directories (recursively, in sorted order) and "-"
// (stdin) into Inputs sorted by article id. Files that cannot be used
// (missing, empty, binary, invalid UTF-8, too large, duplicate article id,
// directories without articles) become Rejects with a one-line reason; a
// malformed date line is reported as a Reject too but the article is kept
// without a date. It never fails as a whole. It holds every article's text
// in memory: NewPathSource with ExtractStream reads them one at a time.
func ReadPaths(paths []string, stdin io.Reader) ([]Input, []Reject) {
	var ins []Input
	rej := walkPaths(paths, readerOnce(stdin), func(in Input, _, _ int64) { ins = append(ins, in) })
	ins, dup := dedupe(ins)
	return ins, append(rej, dup...)
}

// readerOnce returns a function reading all of r (at most MaxArticleBytes+1
// bytes) the first time it is called and the same bytes after; nil when r
// is nil.
func readerOnce(r io.Reader) func() ([]byte, error) {
	if r == nil {
		return nil
	}
	var data []byte
	var err error
	read := false
	return func() ([]byte, error) {
		if !read {
			read = true
			data, err = io.ReadAll(io.LimitReader(r, MaxArticleBytes+1))
		}
		return data, err
	}
}

// walkPaths reads paths like ReadPaths, without deduplicating, and calls fn
// for every article read, in reading order, with the byte offset and length
// of its line in a JSON Lines feed (0 and -1 for a whole file). stdin
// returns the bytes of "-" (nil: no standard input). It returns the
// rejects.
func walkPaths(paths []string, stdin func() ([]byte, error), fn func(in Input, pos, n int64)) []Reject {
	var rej []Reject
	for _, p := range paths {
		if p == "-" {
			if stdin == nil {
				rej = append(rej, Reject{"-", "no standard input"})
				continue
			}
			data, err := stdin()
			if err != nil {
				rej = append(rej, Reject{"-", "cannot read stdin: " + err.Error()})
				continue
			}
			rej = append(rej, parseFile("-", "stdin", data, fn)...)
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			rej = append(rej, Reject{p, "cannot read: " + errReason(err)})
			continue
		}
		if !fi.IsDir() {
			rej = append(rej, readFile(p, fn)...)
			continue
		}
		var files []string
		werr := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				rej = append(rej, Reject{path, "cannot read: " + errReason(err)})
				return nil
			}
			name := d.Name()
			if path != p && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() && articleExts[strings.ToLower(filepath.Ext(name))] {
				files = append(files, path)
			}
			return nil
		})
		if werr != nil {
			rej = append(rej, Reject{p, "cannot read directory: " + errReason(werr)})
		}
		sort.Strings(files)
		if len(files) == 0 {
			rej = append(rej, Reject{p, "directory holds no articles (.txt, .md or .jsonl files)"})
		}
		for _, f := range files {
			rej = append(rej, readFile(f, fn)...)
		}
	}
	return rej
}

func errReason(err error) string {
	var pe *fs.PathError
	if e, ok := err.(*fs.PathError); ok {
		pe = e
		return pe.Err.Error()
	}
	return err.Error()
}

// readFile reads the file at path and calls fn for its articles; it returns
// the rejects.
func readFile(path string, fn func(in Input, pos, n int64)) []Reject {
	data, reason := readAll(path)
	if reason != "" {
		return []Reject{{path, reason}}
	}
	return parseFile(path, fileID(path), data, fn)
}

// readAll returns the bytes of the file at path (at most MaxArticleBytes+1),
// or a reason why it cannot be read.
func readAll(path string) ([]byte, string) {
	f, err := os.Open(path)
	if err != nil {
		return nil, "cannot read: " + errReason(err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxArticleBytes+1))
	if err != nil {
		return nil, "cannot read: " + errReason(err)
	}
	return data, ""
}

// fileID returns the article id of a file: its name without extension.
func fileID(path string) string {
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// parseFile turns the bytes of one file into inputs, calling fn for one
// article, or one per line of a JSON Lines feed; it returns the rejects.
func parseFile(path, id string, data []byte, fn func(in Input, pos, n int64)) []Reject {
	if len(data) > MaxArticleBytes {
		return []Reject{{path, fmt.Sprintf("file larger than %d MB", MaxArticleBytes>>20)}}
	}
	if strings.EqualFold(filepath.Ext(path), ".jsonl") {
		return parseJSONL(path, data, fn)
	}
	text, reason := checkText(data)
	if reason != "" {
		return []Reject{{path, reason}}
	}
	in := Input{Article: kg.Article{ID: id, Path: path, SHA256: hash(data)}, Text: text}
	var rej []Reject
	date, bad := parseDateLine(text)
	in.Article.Date = date
	if bad != "" {
		rej = append(rej, Reject{path, bad})
	}
	in.Article.Title = titleOf(text)
	fn(in, 0, -1)
	return rej
}

// checkText returns the text of data, or a reason why it is not an article.
func checkText(data []byte) (string, string) {
	if len(bytes.TrimSpace(data)) == 0 {
		return "", "empty file"
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return "", "binary file (contains NUL bytes)"
	}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, n := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return "", fmt.Sprintf("invalid UTF-8 at byte %d", off)
	}
	ctrl := 0
	for _, b := range data {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' {
			ctrl++
		}
	}
	if ctrl*100 > len(data) {
		return "", "binary file (control characters)"
	}
	return string(data), ""
}

func hash(data []byte) string {
	h := sha256.Sum256(data)
	return hex.EncodeToString(h[:])
}

// dateLine finds the optional leading " date YYYY-MM-DD" (the rest of the
// article may follow on the same line). It returns the date token, the
// offset where the body starts after it, and whether the text starts with a
// date marker at all.
func dateLine(text string) (string, int, bool) {
	i := 0
	for i < len(text) && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n') {
		i++
	}
	if !strings.HasPrefix(text[i:], "date") {
		return "", 0, false
	}
	i += 4
	if i < len(text) && text[i] == ':' {
		i++
	}
	if i >= len(text) || text[i] != ' ' && text[i] != '\t' {
		return "", 0, false
	}
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	j := i
	for j < len(text) && text[j] != ' ' && text[j] != '\t' && text[j] != '\n' && text[j] != '\r' && j-i < 64 {
		j++
	}
	return text[i:j], j, true
}

// parseDateLine reads the optional leading " date YYYY-MM-DD". It returns
// the date, or "" and a reason when the text starts with a date marker whose
// value is malformed.
func parseDateLine(text string) (string, string) {
	v, _, ok := dateLine(text)
	if !ok {
		return "", ""
	}
	if _, err := time.Parse("2006-01-02", v); err != nil || len(v) != 10 {
		return "", fmt.Sprintf("malformed date line %q (want \" date YYYY-MM-DD\"); article kept without a date", v)
	}
	return v, ""
}

// bodyStart returns the byte offset where the article body begins: after the
// date when there is a well-formed one, else 0.
func bodyStart(text string) int {
	v, end, ok := dateLine(text)
	if !ok {
		return 0
	}
	if _, err := time.Parse("2006-01-02", v); err != nil || len(v) != 10 {
		return 0
	}
	return end
}

// titleOf returns the first non-empty line of the body, cut to 200 bytes.
func titleOf(text string) string {
	sc := bufio.NewScanner(strings.NewReader(text[bodyStart(text):]))
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" {
			continue
		}
		if len(l) > 200 {
			l = l[:200]
			for !utf8.ValidString(l) {
				l = l[:len(l)-1]
			}
		}
		return l
	}
	return ""
}

// feedLine is one object of a JSON Lines feed.
type feedLine struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Date  string `json:"date"`
	URL   string `json:"url"`
	Text  string `json:"text"`
}

// parseJSONL calls fn for every valid line of a JSON Lines feed, with the
// line's offset in data and its length; it returns the rejects.
func parseJSONL(path string, data []byte, fn func(in Input, pos, n int64)) []Reject {
	var rej []Reject
	n, read, found := 0, 0, 0
	for pos := int64(0); len(data) > 0; pos += int64(read) {
		n++
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
			read = i + 1
		} else {
			data, read = nil, len(line)
		}
		raw := int64(len(line))
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		where := fmt.Sprintf("%s:%d", path, n)
		var fl feedLine
		if err := json.Unmarshal(line, &fl); err != nil {
			rej = append(rej, Reject{where, "invalid JSON: " + err.Error()})
			continue
		}
		if strings.TrimSpace(fl.ID) == "" {
			rej = append(rej, Reject{where, `missing "id"`})
			continue
		}
		if strings.TrimSpace(fl.Text) == "" {
			rej = append(rej, Reject{where, `empty "text"`})
			continue
		}
		if !utf8.ValidString(fl.Text) {
			rej = append(rej, Reject{where, "invalid UTF-8 in text"})
			continue
		}
		in := Input{Article: kg.Article{ID: fl.ID, Title: fl.Title, URL: fl.URL, Path: path, SHA256: hash([]byte(fl.Text))}, Text: fl.Text}
		if fl.Date != "" {
			if _, err := time.Parse("2006-01-02", fl.Date); err != nil {
				rej = append(rej, Reject{where, fmt.Sprintf("malformed date %q (want YYYY-MM-DD); article kept without a date", fl.Date)})
			} else {
				in.Article.Date = fl.Date
			}
		} else if d, _ := parseDateLine(fl.Text); d != "" {
			in.Article.Date = d
		}
		if in.Article.Title == "" {
			in.Article.Title = titleOf(fl.Text)
		}
		fn(in, pos, raw)
		found++
	}
	if found == 0 && len(rej) == 0 {
		rej = append(rej, Reject{path, "empty feed"})
	}
	return rej
}

// dedupe keeps one input per article id (the first by path, then by
// content hash) and rejects the others.
func dedupe(ins []Input) ([]Input, []Reject) {
	sort.SliceStable(ins, func(i, j int) bool {
		a, b := ins[i].Article, ins[j].Article
		if a.ID != b.ID {
			return a.ID < b.ID
		}
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		return a.SHA256 < b.SHA256
	})
	var out []Input
	var rej []Reject
	for i, in := range ins {
		if i > 0 && in.Article.ID == out[len(out)-1].Article.ID {
			if prev := out[len(out)-1].Article; prev.Path == in.Article.Path && prev.SHA256 == in.Article.SHA256 {
				continue // the same file named twice
			}
			rej = append(rej, Reject{in.Article.Path, fmt.Sprintf("duplicate article id %q (already read from %s); skipped", in.Article.ID, out[len(out)-1].Article.Path)})
			continue
		}
		out = append(out, in)
	}
	return out, rej
}
