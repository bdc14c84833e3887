package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/franchisekg/franchisekg/internal/config"
	"github.com/franchisekg/franchisekg/internal/server"
)

func init() {
	register(&command{name: "query", summary: "run a saved GraphQL query file in-process or against --server, print JSON or CSV", run: runQuery})
}

// gqlResponse is a GraphQL response with the data's field order kept.
type gqlResponse struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message string `json:"message"`
		Path    []any  `json:"path"`
	} `json:"errors"`
}

// runQuery runs FILE.graphql with --var values through the API's GraphQL
// handler (in-process, over Neo4j) or POSTs it to --server, prints the data
// as JSON or flattened CSV, and exits 1 with one line per GraphQL error on
// stderr when the query fails.
func runQuery(ctx context.Context, a *app, args []string) error {
	fs := newFlagSet(a, "query", "usage: franchisekg query FILE.graphql [--var name=value ...] [--format json|csv] [--server URL]")
	c, err := loadConfig(fs)
	if err != nil {
		return err
	}
	var vars listFlagRaw
	fs.Var(&vars, "var", "a variable, name=value (value read as JSON when it parses, else as a string); repeatable")
	format := fs.String("format", "json", "output: json, or csv (one row per leaf list item)")
	srvURL := fs.String("server", "", "POST to this running server (its /graphql) instead of running in-process")
	op := fs.String("operation", "", "operation name, when the file holds several")
	// flags may follow the file name
	var file string
	rest := args
	for len(rest) > 0 {
		if err := fs.Parse(rest); err != nil {
			return exitError{2}
		}
		rest = fs.Args()
		if len(rest) > 0 {
			if file != "" {
				fs.Usage()
				return exitError{2}
			}
			file, rest = rest[0], rest[1:]
		}
	}
	if file == "" {
		fs.Usage()
		return exitError{2}
	}
	if *format != "json" && *format != "csv" {
		return fmt.Errorf("--format %q: use json or csv", *format)
	}
	text, err := os.ReadFile(file)
	if err != nil {
		return fmt.Errorf("query file %s: %v", file, unwrapPath(err))
	}
	variables := map[string]any{}
	for _, v := range vars {
		name, val, ok := strings.Cut(v, "=")
		if !ok || name == "" {
			return fmt.Errorf("--var %q: want name=value", v)
		}
		var parsed any
		if err := json.Unmarshal([]byte(val), &parsed); err != nil {
			parsed = val
		}
		variables[name] = parsed
	}
	body, _ := json.Marshal(map[string]any{"query": string(text), "variables": variables, "operationName": *op})
	var raw []byte
	if *srvURL != "" {
		raw, err = postQuery(ctx, *srvURL, c.APIToken, body)
	} else {
		raw, err = inProcessQuery(ctx, a, c.APIToken, body, c)
	}
	if err != nil {
		return err
	}
	var res gqlResponse
	if err := json.Unmarshal(raw, &res); err != nil {
		return fmt.Errorf("the server's answer is not a GraphQL response: %.200s", raw)
	}
	if len(res.Errors) > 0 {
		for _, e := range res.Errors {
			path := ""
			if len(e.Path) > 0 {
				path = strings.ReplaceAll(fmt.Sprint(e.Path), " ", ".") + ": "
			}
			fmt.Fprintf(a.stderr, "franchisekg query: %s%s\n", path, strings.ReplaceAll(e.Message, "\n", " "))
		}
		return exitError{1}
	}
	if *format == "csv" {
		return writeFlatCSV(a.stdout, res.Data)
	}
	var out bytes.Buffer
	if err := json.Indent(&out, res.Data, "", "  "); err != nil {
		return err
	}
	out.WriteByte('\n')
	_, err = a.stdout.Write(out.Bytes())
	return err
}

type listFlagRaw []string

func (l *listFlagRaw) String() string     { return strings.Join(*l, " ") }
func (l *listFlagRaw) Set(v string) error { *l = append(*l, v); return nil }

func unwrapPath(err error) string {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err.Error()
	}
	return err.Error()
}

// inProcessQuery runs the request through the same GraphQL handler serve
// mounts (the API's executable schema, limits and dataloaders) over a
// store connection.
func inProcessQuery(ctx context.Context, a *app, token string, body []byte, c *config.Config) ([]byte, error) {
	s, err := openStore(ctx, c, a.stderr)
	if err != nil {
		return nil, err
	}
	defer s.Close(context.Background())
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	gql, _ := graphqlHandlers(s, token, server.DefaultLimits, log)
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body)).WithContext(ctx)
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	rec := httptest.NewRecorder()
	gql.ServeHTTP(rec, req)
	return rec.Body.Bytes(), nil
}

// postQuery POSTs the request to a running server (URL, or URL/graphql
// when it has no path).
func postQuery(ctx context.Context, base, token string, body []byte) ([]byte, error) {
	u, err := url.Parse(base)
	if err != nil || u.Scheme == "" || u.Host == "" {
		return nil, fmt.Errorf("--server %q: not an http(s) URL", base)
	}
	if u.Path == "" || u.Path == "/" {
		u.Path = "/graphql"
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u.String(), bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := (&http.Client{Timeout: 5 * time.Minute}).Do(req)
	if err != nil {
		return nil, fmt.Errorf("--server %s: %v", u, err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		return nil, fmt.Errorf("--server %s: %v", u, err)
	}
	if res.StatusCode >= 300 && !json.Valid(b) {
		return nil, fmt.Errorf("--server %s: HTTP %s: %.200s", u, res.Status, strings.TrimSpace(string(b)))
	}
	return b, nil
}

// ordered is a JSON object with its keys in document order.
type ordered struct {
	keys []string
	vals map[string]any
}

// decodeOrdered decodes JSON keeping object key order.
func decodeOrdered(dec *json.Decoder) (any, error) {
	t, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch d := t.(type) {
	case json.Delim:
		switch d {
		case '{':
			o := &ordered{vals: map[string]any{}}
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return nil, err
				}
				k := kt.(string)
				v, err := decodeOrdered(dec)
				if err != nil {
					return nil, err
				}
				o.keys = append(o.keys, k)
				o.vals[k] = v
			}
			_, err := dec.Token()
			return o, err
		case '[':
			var l []any
			for dec.More() {
				v, err := decodeOrdered(dec)
				if err != nil {
					return nil, err
				}
				l = append(l, v)
			}
			if l == nil {
				l = []any{}
			}
			_, err := dec.Token()
			return l, err
		}
	}
	return t, nil
}

// flatten returns the rows of v under path prefix: an object joins its
// fields' rows (sibling lists multiply), a list gives one row set per item
// (none: one empty row), a scalar one cell.
func flatten(v any, prefix string, cols *[]string, seen map[string]bool) []map[string]string {
	switch x := v.(type) {
	case *ordered:
		rows := []map[string]string{{}}
		for _, k := range x.keys {
			p := k
			if prefix != "" {
				p = prefix + "." + k
			}
			sub := flatten(x.vals[k], p, cols, seen)
			var next []map[string]string
			for _, r := range rows {
				for _, s := range sub {
					m := make(map[string]string, len(r)+len(s))
					for a, b := range r {
						m[a] = b
					}
					for a, b := range s {
						m[a] = b
					}
					next = append(next, m)
				}
			}
			rows = next
		}
		return rows
	case []any:
		var rows []map[string]string
		for _, e := range x {
			rows = append(rows, flatten(e, prefix, cols, seen)...)
		}
		if len(rows) == 0 {
			return []map[string]string{{}}
		}
		return rows
	}
	if !seen[prefix] {
		seen[prefix] = true
		*cols = append(*cols, prefix)
	}
	s := ""
	switch x := v.(type) {
	case nil:
	case string:
		s = x
	case json.Number:
		s = x.String()
	default:
		s = fmt.Sprint(x)
	}
	return []map[string]string{{prefix: s}}
}

// writeFlatCSV writes data as CSV: a header of dotted field paths, then one
// row per leaf list item.
func writeFlatCSV(w io.Writer, data json.RawMessage) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	v, err := decodeOrdered(dec)
	if err != nil {
		return err
	}
	var cols []string
	rows := flatten(v, "", &cols, map[string]bool{})
	cw := csv.NewWriter(w)
	if err := cw.Write(cols); err != nil {
		return err
	}
	for _, r := range rows {
		rec := make([]string, len(cols))
		for i, c := range cols {
			rec[i] = r[c]
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
