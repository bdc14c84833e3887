package export

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// Handler serves GET /export/{format} for a frontend's download button,
// with the export command's filters as query parameters: id (repeatable or
// comma-separated), type, franchise, and form (wikitext), retrieved,
// create and include-learned (quickstatements). csv comes as a zip of its files. The export is
// written to a temporary file first, so a failure is a clean error status
// (400 bad input, 404 unknown id, 503 Neo4j unavailable), never a truncated
// download.
func Handler(r Reader) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		if req.Method != http.MethodGet && req.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			httpError(w, fmt.Errorf("method %s: use GET: %w", req.Method, kg.ErrInvalidInput), http.StatusMethodNotAllowed)
			return
		}
		name := req.PathValue("format")
		if name == "" {
			name = strings.TrimPrefix(req.URL.Path, "/export/")
		}
		f, err := Lookup(name)
		if err != nil {
			httpError(w, err, 0)
			return
		}
		q := req.URL.Query()
		var ids listValues
		for _, v := range q["id"] {
			ids.add(v)
		}
		o := Options{Filter: Filter{IDs: ids, Type: kg.NodeType(q.Get("type")), Franchise: q.Get("franchise")},
			Form: q.Get("form"), Retrieved: q.Get("retrieved"), CreateUnmapped: q.Get("create") == "true" || q.Get("create") == "1",
			IncludeLearned: q.Get("include-learned") == "true" || q.Get("include-learned") == "1"}
		tmp, err := os.CreateTemp("", "franchisekg-export-*")
		if err != nil {
			httpError(w, err, 0)
			return
		}
		defer os.Remove(tmp.Name())
		defer tmp.Close()
		if f.NeedsDir {
			err = WriteZip(tmp, func(s Sink) error { return Export(req.Context(), r, f, o, Target{Dir: s}) })
		} else {
			err = Export(req.Context(), r, f, o, Target{W: tmp})
		}
		if err != nil {
			httpError(w, err, 0)
			return
		}
		ext := f.Ext
		if f.NeedsDir {
			ext = ".zip"
		}
		if f.Name == "wikitext" && o.Form == "json" {
			ext = ".jsonl"
		}
		w.Header().Set("Content-Type", f.ContentType)
		w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="franchisekg-%s%s"`, f.Name, ext))
		if st, err := tmp.Stat(); err == nil {
			w.Header().Set("Content-Length", fmt.Sprint(st.Size()))
		}
		if req.Method == http.MethodHead {
			return
		}
		if _, err := tmp.Seek(0, io.SeekStart); err == nil {
			io.Copy(w, tmp)
		}
	})
}

type listValues []string

func (l *listValues) add(v string) {
	for _, p := range strings.Split(v, ",") {
		if p = strings.TrimSpace(p); p != "" {
			*l = append(*l, p)
		}
	}
}

// httpError writes err as one line of text with the status its kind
// calls for (or code when not zero).
func httpError(w http.ResponseWriter, err error, code int) {
	if code == 0 {
		switch {
		case errors.Is(err, kg.ErrNotFound):
			code = http.StatusNotFound
		case errors.Is(err, kg.ErrInvalidInput):
			code = http.StatusBadRequest
		case errors.Is(err, kg.ErrUnavailable):
			code = http.StatusServiceUnavailable
		default:
			code = http.StatusInternalServerError
		}
	}
	http.Error(w, strings.ReplaceAll(err.Error(), "\n", " "), code)
}
