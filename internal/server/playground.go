package server

import (
	"net/http"
	"net/url"

	"github.com/99designs/gqlgen/graphql/playground"

	assets "github.com/franchisekg/franchisekg/internal/playground"
)

// ExampleQueries are the playground's ready-to-run operations about the
// seed articles (pick one with the run button's menu).
const ExampleQueries = `# franchisekg: questions about the five seed articles.
# Press the run button and pick an operation. Every fact carries its sources;
# a source the learned credit classifier found has method LEARNED and a confidence,
# a credit only it found has learned: true (stated: true leaves those out).

query BallerinaCast {
  film(title: "Ballerina") {
    id title format
    releaseDates { value precision asOf sources { article { id date } quote } }
    cast { person { name } characterName disputed learned sources { article { id title } sentence quote method confidence } }
    crew { person { name } job jobTitle learned }
    statedCast: cast(stated: true) { person { name } }
    franchise { name }
  }
}

query AnjelicaHustonFilms {
  person(name: "anjelica huston") {
    name aliases
    actingCredits { film { title } characterName sources { article { id } quote } }
    coStars(first: 5) { person { name } films { title } learned learnedFilms { title } }
  }
  sharedCast(films: ["film:ballerina", "film:john-wick-chapter-3-parabellum"]) { name }
}

query RuskaRomaAndTheContinental {
  ruskaRoma: organisation(name: "Ruska Roma") {
    name world
    members { role member { ... on Character { name } ... on Person { name } } playedBy { name } sources { quote } }
  }
  hotel: organisation(name: "The Continental") { name world members { role member { ... on Character { name } } playedBy { name } } }
  series: film(title: "The Continental") { title format spinOffOf { id } prequelOf { id } }
}

query KeanuToWiseman {
  path(from: "person:keanu-reeves", to: "person:len-wiseman") {
    length learned
    nodes { id }
    steps { type from { id } to { id } learned sources { article { id } quote method } }
  }
}

query Conflicts {
  conflicts(first: 10) {
    totalCount
    nodes { subject { id } relation object { id } property values { value asOf sources { article { id date } quote } } }
  }
}

query SearchWick {
  search(query: "wick", first: 10) { score matched node { __typename id } }
  typo: person(name: "Gabriel Bryne") { id name aliases }
}

query Neighbourhood {
  neighbourhood(id: "film:ballerina", depth: 1, limit: 50) { nodes { __typename id } edges { from type to character learned } truncated }
  stats { nodes { label count } relationships { label count } lastLoadedAt }
}
`

// playgroundHandler serves GraphiQL for endpoint, its scripts and styles
// embedded in the binary (internal/playground, so it works offline); a
// visit without a query in the URL is redirected to one carrying
// ExampleQueries.
func playgroundHandler(endpoint string) http.Handler {
	opts := append([]playground.GraphiqlConfigOption{playground.WithGraphiqlPersistStateInURL(true),
		playground.WithStoragePrefix("franchisekg:")}, assets.Options()...)
	gi := playground.Handler("franchisekg", endpoint, opts...)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("query") == "" {
			q := url.Values{"query": {ExampleQueries}, "operationName": {"BallerinaCast"}}
			http.Redirect(w, r, "/?"+q.Encode(), http.StatusFound)
			return
		}
		gi.ServeHTTP(w, r)
	})
}

// Playground returns the GraphiQL handler for /graphql with the example
// queries.
func Playground() http.Handler { return playgroundHandler("/graphql") }
