package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/transport"

	"github.com/franchisekg/franchisekg/graph/exec"
)

// postJSON is gqlgen's POST JSON transport with a cheaper way of writing
// successful answers. gqlgen's transport encodes the response with
// json.Marshal, which re-validates and copies the already encoded data;
// postJSON writes {"data":...} around the executor's bytes, HTML-escaped
// as json.Marshal would (the bytes sent are the same). Everything else —
// requests whose body cannot be read or decoded, operations that fail to
// parse or validate, responses with errors or extensions — goes through
// gqlgen's transport.POST unchanged.
type postJSON struct{ transport.POST }

var _ graphql.Transport = postJSON{}

var (
	dataOpen  = []byte(`{"data":`)
	dataClose = []byte(`}`)
	null      = []byte(`null`)
)

// Do answers one POST request.
func (t postJSON) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		r.Body = io.NopCloser(failingReader{err})
		t.POST.Do(w, r, exec)
		return
	}
	start := graphql.Now()
	params := &graphql.RawParams{}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	if err := dec.Decode(params); err != nil {
		t.replay(w, r, exec, body)
		return
	}
	params.Headers = r.Header
	params.ReadTime = graphql.TraceTiming{Start: start, End: graphql.Now()}
	ctx := r.Context()
	rc, opErr := exec.CreateOperationContext(ctx, params)
	if opErr != nil {
		t.replay(w, r, exec, body)
		return
	}
	w.Header().Set("Content-Type", responseContentType(r))
	responses, ctx := exec.DispatchOperation(ctx, rc)
	writeResponse(w, responses(ctx))
}

// replay hands a request whose body was already read to gqlgen's
// transport, which answers it (with its own error format and status).
func (t postJSON) replay(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor, body []byte) {
	r.Body = io.NopCloser(bytes.NewReader(body))
	t.POST.Do(w, r, exec)
}

// writeResponse writes resp as json.Marshal would: a response with data
// only (see dataOnly) directly around the executor's bytes, anything else
// through json.Marshal. The direct answer goes to w in one Write of a
// buffer that holds all of it, with its Content-Length: net/http then
// sends it in as few socket writes as its buffers allow (one for an
// answer of up to about 4 KB, two beyond), where writing the envelope and
// the data separately cost a third write (and a wake-up of the client)
// for the closing brace.
func writeResponse(w http.ResponseWriter, resp *graphql.Response) {
	if !dataOnly(resp) {
		b, err := json.Marshal(resp)
		if err != nil {
			b = []byte(`{"errors":[{"message":"the response could not be encoded","extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":null}`)
		}
		_, _ = w.Write(b)
		return
	}
	data := resp.Data
	if data == nil {
		data = null
	}
	bp := answerBufs.Get().(*[]byte)
	out := append((*bp)[:0], dataOpen...)
	if needsHTMLEscape(data) {
		buf := bytes.NewBuffer(out)
		buf.Grow(len(data) + 64)
		json.HTMLEscape(buf, data)
		out = buf.Bytes()
	} else {
		out = append(out, data...)
	}
	out = append(out, dataClose...)
	exec.RecycleData(resp.Data) // copied into out, and resp is not used again
	w.Header().Set("Content-Length", strconv.Itoa(len(out)))
	_, _ = w.Write(out) // net/http copies or sends the bytes before Write returns
	if cap(out) <= maxPooledAnswer {
		*bp = out
		answerBufs.Put(bp)
	}
}

// maxPooledAnswer bounds the answer buffers kept for reuse, so that one
// huge answer does not stay in memory.
const maxPooledAnswer = 256 << 10

var answerBufs = sync.Pool{New: func() any { b := make([]byte, 0, 8<<10); return &b }}

// dataOnly reports whether json.Marshal would encode resp as {"data":...}
// alone: no errors, label, path, hasNext or extensions (gqlgen's executor
// always sets Extensions, to an empty map when no extension added one,
// which omitempty leaves out).
func dataOnly(resp *graphql.Response) bool {
	return len(resp.Errors) == 0 && resp.Label == "" && len(resp.Path) == 0 && resp.HasNext == nil && len(resp.Extensions) == 0
}

// needsHTMLEscape reports whether json.HTMLEscape would change data: it
// holds <, > or & (or a byte that may start U+2028 or U+2029). Four
// vectorised byte searches: a 16 KB answer in about a tenth of the time of
// one loop over its bytes.
func needsHTMLEscape(data []byte) bool {
	return bytes.IndexByte(data, '<') >= 0 || bytes.IndexByte(data, '>') >= 0 ||
		bytes.IndexByte(data, '&') >= 0 || bytes.IndexByte(data, 0xE2) >= 0
}

// responseContentType negotiates the response's media type from the Accept
// header as gqlgen's POST transport does (application/json unless only
// application/graphql-response+json is acceptable).
func responseContentType(r *http.Request) string {
	const (
		appJSON     = "application/json"
		gqlResponse = "application/graphql-response+json"
	)
	accept := r.Header.Get("Accept")
	if accept == "" {
		return appJSON
	}
	for part := range strings.SplitSeq(accept, ",") {
		mediaType, _, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		switch mediaType {
		case "*/*", "application/*", appJSON:
			return appJSON
		case gqlResponse:
			return gqlResponse
		}
	}
	return gqlResponse
}

// failingReader fails every read with err.
type failingReader struct{ err error }

func (f failingReader) Read([]byte) (int, error) {
	if f.err == nil {
		return 0, errors.New("unreadable body")
	}
	return 0, f.err
}
