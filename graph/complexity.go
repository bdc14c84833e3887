package graph

import (
	"github.com/franchisekg/franchisekg/graph/exec"
	"github.com/franchisekg/franchisekg/graph/model"
)

// List fields without a size argument are assumed to hold this many items
// when computing a query's complexity (a film's cast, a person's credits).
const assumedListSize = 10

func orDefault(p *int, def int) int {
	if p == nil || *p < 1 {
		return def
	}
	return *p
}

func times(n int) func(int) int { return func(child int) int { return 1 + n*child } }

// Complexity returns the per-field costs used with gqlgen's fixed
// complexity limit: connections and searches cost their page size
// (first/limit) times their children, traversals their fan-out, and list
// fields without arguments assumedListSize times their children, so a
// query's cost grows with how many rows it can make Neo4j read.
func Complexity() exec.ComplexityRoot {
	var c exec.ComplexityRoot
	conn := func(child int, first *int) int { return 1 + orDefault(first, 20)*child }
	c.Query.People = func(ch int, _ *model.EntityFilter, _ *model.EntityOrder, first *int, _ *string) int {
		return conn(ch, first)
	}
	c.Query.Films = func(ch int, _ *model.EntityFilter, _ *model.EntityOrder, first *int, _ *string) int {
		return conn(ch, first)
	}
	c.Query.Characters = func(ch int, _ *model.EntityFilter, _ *model.EntityOrder, first *int, _ *string) int {
		return conn(ch, first)
	}
	c.Query.Organisations = func(ch int, _ *model.EntityFilter, _ *model.EntityOrder, first *int, _ *string) int {
		return conn(ch, first)
	}
	c.Query.Articles = func(ch int, first *int, _ *string) int { return conn(ch, first) }
	c.Query.Conflicts = func(ch int, first *int, _ *string) int { return 5 + conn(ch, first) }
	c.Query.Search = func(ch int, _ string, _ []model.NodeType, first *int) int { return 5 + orDefault(first, 10)*ch }
	c.Query.SharedCast = func(ch int, films []string, _ *bool) int { return 5 + assumedListSize*ch }
	c.Query.Path = func(ch int, _, _ string, maxHops *int) int { return 10 * orDefault(maxHops, 4) * (1 + ch) }
	c.Query.Neighbourhood = func(ch int, _ string, depth *int, limit *int) int {
		return 10*orDefault(depth, 1) + orDefault(limit, 100)*ch/10
	}
	c.Person.CoStars = func(ch int, first *int, _ *bool) int { return 1 + orDefault(first, 50)*ch }
	l := times(assumedListSize)
	ls := func(ch int, _ *bool) int { return l(ch) } // (a list with a stated argument)
	c.Person.ActingCredits, c.Person.CrewCredits, c.Person.Portrayals, c.Person.Memberships, c.Person.Sources = ls, ls, ls, l, l
	c.Film.Cast, c.Film.Characters, c.Film.Studios, c.Film.Distributors, c.Film.Sources = ls, ls, l, l, l
	c.Film.Crew = func(ch int, _ *model.CrewJob, _ *bool) int { return 1 + assumedListSize*ch }
	c.Film.SpinOffs, c.Film.Facts, c.Film.ReleaseDates = l, l, l
	c.Character.PortrayedBy, c.Character.AppearsIn, c.Character.Memberships, c.Character.Sources = ls, ls, l, l
	c.Organisation.Members, c.Organisation.Films, c.Organisation.Sources = l, l, l
	c.Franchise.Films, c.Franchise.Sources = l, l
	c.Article.Facts, c.Article.Mentions = l, l
	return c
}
