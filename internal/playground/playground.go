// Package playground serves GraphiQL's browser assets from the binary, so
// the GraphQL playground works on machines without internet access (gqlgen's
// playground otherwise loads them from a CDN).
package playground

import (
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"io/fs"
	"net/http"

	gqlplayground "github.com/99designs/gqlgen/graphql/playground"
)

//go:embed assets/*.js assets/*.css
var assets embed.FS

// AssetPrefix is the URL path the assets are served under.
const AssetPrefix = "/playground/assets/"

// sri returns the Subresource Integrity value of an embedded asset.
func sri(name string) string {
	b, err := assets.ReadFile("assets/" + name)
	if err != nil {
		panic("playground: missing embedded asset " + name)
	}
	sum := sha256.Sum256(b)
	return "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
}

// Options returns gqlgen playground options pointing GraphiQL, React and the
// explorer plugin (enabled) at the embedded copies, with their integrity
// hashes.
func Options() []gqlplayground.GraphiqlConfigOption {
	u := func(n string) string { return AssetPrefix + n }
	return []gqlplayground.GraphiqlConfigOption{
		gqlplayground.WithGraphiqlVersion(u("graphiql.min.js"), u("graphiql.min.css"), sri("graphiql.min.js"), sri("graphiql.min.css")),
		gqlplayground.WithGraphiqlReactVersion(u("react.production.min.js"), u("react-dom.production.min.js"),
			sri("react.production.min.js"), sri("react-dom.production.min.js")),
		gqlplayground.WithGraphiqlPluginExplorerVersion(u("plugin-explorer.umd.js"), u("plugin-explorer.css"),
			sri("plugin-explorer.umd.js"), sri("plugin-explorer.css")),
		gqlplayground.WithGraphiqlEnablePluginExplorer(true),
	}
}

// Assets returns the handler to mount at AssetPrefix ("GET /playground/assets/").
// Responses are cacheable for a day.
func Assets() http.Handler {
	sub, err := fs.Sub(assets, "assets")
	if err != nil {
		panic(err)
	}
	files := http.StripPrefix(AssetPrefix, http.FileServer(http.FS(sub)))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=86400")
		files.ServeHTTP(w, r)
	})
}
