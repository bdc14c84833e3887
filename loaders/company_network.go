package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// networkShaped reports whether the company name o has a broadcaster's
// shape: a streamer's ("Disney+"), a name ending in "TV", "Network",
// "Channel" or "Television", or a name led by a short all-capitals word
// ("CBC", "BBC Scotland") and not ending in a maker's word ("Studios",
// "Pictures", "Films", "Animation", "Productions"). Before a format noun
// ("the CBC comedy F", "F, the CBC comedy") such a company puts the title
// out: the gold conventions give a network DISTRIBUTED.
func networkShaped(o *mention) bool {
	if strings.HasSuffix(o.text, "+") || o.kind == "streamer" {
		return true
	}
	last := strings.ToLower(strings.TrimSuffix(lastWord(o.text), "."))
	switch last {
	case "tv", "network", "channel", "television":
		return true
	case "studios", "studio", "pictures", "films", "film", "animation", "productions", "production", "entertainment":
		return false
	}
	return o.words <= 2 && capsLead(firstWord(o.text))
}

// capsLead reports whether w is a short all-capitals word of two to five
// letters or digits with at least two capitals ("CBC", "S4C", "ITV1").
func capsLead(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	caps := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'A' && c <= 'Z':
			caps++
		case c >= '0' && c <= '9':
		default:
			return false
		}
	}
	return caps >= 2
}

// relativeMaker reports whether the name at item k, right after a
// company's format noun in a title's appositive, opens a relative clause
// whose verb makes the title ("F, the O drama P created"): the name is
// followed by a making verb.
func (p *pctx) relativeMaker(k int) bool {
	m := p.mm(k)
	return m != nil && !p.isM(k+1) && p.in(k+1, relativeMakerVerbs) && (m.typ == "" || m.typ == kg.Person)
}

// relativeMakerVerbs make a title in a relative clause without "that"
// ("the O drama P created").
var relativeMakerVerbs = setOf("created", "co-created", "wrote", "co-wrote", "devised", "developed", "directed", "made", "produced", "starred", "headlined", "fronted")
