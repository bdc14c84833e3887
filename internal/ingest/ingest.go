// Package ingest adds one article given as text (the API's ingestArticle
// mutation) through the same path as `franchisekg load`: extraction
// resolved against the stored entities, one atomic write, refresh of the
// derived edges. An article with the same id and content is left as is; one
// with the same id and other content replaces the old one.
package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/internal/loadrun"
	"github.com/franchisekg/franchisekg/internal/neo4jstore"
	"github.com/franchisekg/franchisekg/loaders"
)

// Request is one article to ingest.
type Request struct {
	ID    string // article id: letters, digits, '_', '-', '.' (like a file name without extension)
	Title string // optional; default: the first line of the text
	URL   string // optional
	Text  string // the article, optionally starting with a " date YYYY-MM-DD" line
}

// Outcome says what happened to the article.
type Outcome string

// The outcomes of an ingest.
const (
	Loaded    Outcome = "LOADED"
	Replaced  Outcome = "REPLACED"
	Unchanged Outcome = "UNCHANGED"
)

var idPattern = regexp.MustCompile(`^[A-Za-z0-9_.-]{1,200}$`)

// Article extracts and stores one article and returns what happened to it.
// It returns an error wrapping kg.ErrInvalidInput, naming the article and
// the reason, for a bad id or a text that is not an article (nothing stored
// is touched then), or a kg error from the store.
func Article(ctx context.Context, s *neo4jstore.Store, r Request) (Outcome, error) {
	if !idPattern.MatchString(r.ID) {
		return "", fmt.Errorf("article id %q: use 1 to 200 letters, digits, '_', '-' or '.': %w", r.ID, kg.ErrInvalidInput)
	}
	if strings.TrimSpace(r.Text) == "" || !utf8.ValidString(r.Text) {
		return "", fmt.Errorf("article %s: the text is empty or not UTF-8: %w", r.ID, kg.ErrInvalidInput)
	}
	ins, rejects := loaders.ReadPaths([]string{"-"}, strings.NewReader(r.Text))
	if len(ins) != 1 {
		reason := "not an article"
		if len(rejects) > 0 {
			reason = rejects[0].Reason
		}
		return "", fmt.Errorf("article %s: %s: %w", r.ID, reason, kg.ErrInvalidInput)
	}
	in := ins[0]
	in.Article.ID, in.Article.Path, in.Article.URL = r.ID, "", r.URL
	if r.Title != "" {
		in.Article.Title = r.Title
	}
	// the hash covers what is stored about the article, not only its text
	h := sha256.Sum256([]byte(in.Article.SHA256 + "\x00" + in.Article.Title + "\x00" + in.Article.URL))
	in.Article.SHA256 = hex.EncodeToString(h[:])
	// with the learned credit classifier, as load does by default (its
	// credits are marked learned)
	sum, err := loadrun.Run(ctx, s, loadrun.Options{Inputs: []loaders.Input{in}, Workers: 1, Extract: loadrun.ExtractLearned,
		Fingerprint: loadrun.Fingerprint(true)})
	if err != nil {
		return "", err
	}
	switch {
	case len(sum.Rejected) > 0:
		return "", fmt.Errorf("article %s: %s: %w", r.ID, sum.Rejected[0].Reason, kg.ErrInvalidInput)
	case sum.Loaded == 1:
		return Loaded, nil
	case sum.Replaced == 1, sum.Reextracted == 1:
		return Replaced, nil
	}
	return Unchanged, nil
}
