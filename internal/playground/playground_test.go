package playground_test

import (
	"crypto/sha256"
	"encoding/base64"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	gqlplayground "github.com/99designs/gqlgen/graphql/playground"

	"github.com/franchisekg/franchisekg/internal/playground"
)

// TestPageLoadsOnlyLocalAssetsWithMatchingIntegrity renders the GraphiQL
// page, checks that every script and stylesheet points at the embedded
// assets (no CDN), and that each asset served has the integrity hash the
// page demands — the browser refuses the page otherwise.
func TestPageLoadsOnlyLocalAssetsWithMatchingIntegrity(t *testing.T) {
	mux := http.NewServeMux()
	mux.Handle("GET "+playground.AssetPrefix, playground.Assets())
	mux.Handle("GET /{$}", gqlplayground.Handler("test", "/graphql", playground.Options()...))
	srv := httptest.NewServer(mux)
	defer srv.Close()

	page := get(t, srv.URL+"/")
	if strings.Contains(page, "cdn.jsdelivr.net") {
		t.Fatal("the playground page still loads assets from a CDN")
	}
	re := regexp.MustCompile(`(?s)(?:src|href)="([^"]+)"\s+integrity="([^"]+)"`)
	found := re.FindAllStringSubmatch(page, -1)
	if len(found) < 6 {
		t.Fatalf("found %d assets with integrity on the page, want 6:\n%s", len(found), page)
	}
	for _, m := range found {
		url, want := html.UnescapeString(m[1]), html.UnescapeString(m[2])
		t.Run(url, func(t *testing.T) {
			if !strings.HasPrefix(url, playground.AssetPrefix) {
				t.Fatalf("asset %s is not served locally", url)
			}
			body := get(t, srv.URL+url)
			sum := sha256.Sum256([]byte(body))
			if got := "sha256-" + base64.StdEncoding.EncodeToString(sum[:]); got != want {
				t.Fatalf("integrity %s, page wants %s", got, want)
			}
		})
	}
}

func get(t *testing.T, url string) string {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s", url, resp.Status)
	}
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
