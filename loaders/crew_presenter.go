package loaders

// hostedEvents are what a person hosts or narrates that is no production
// ("a panel hosted by P", "P hosts the podcast F", "the ceremony").
var hostedEvents = setOf("panel", "podcast", "podcasts", "ceremony", "event", "gala", "awards", "party", "conference",
	"session", "q&a", "screening", "festival", "dinner", "fundraiser", "radio", "livestream", "stream", "tour", "talk",
	"audiobook", "audiobooks", "book", "lecture", "summit", "concert")

// presenterVerb reports whether the narrating or hosting verb at item t
// credits a production's narrator or host (read as a cast credit, as the
// golds type narrators and presenters): it has an object or a "by" after
// it, and no event noun (hostedEvents) stands within five items before
// it or three after it.
func (p *pctx) presenterVerb(t int) bool {
	if nx := p.w(t + 1); nx == "," || nx == "." || nx == ";" || nx == "" || nx == "and" {
		// no object: only after "which" ("F, which P also narrated,") or
		// when the clause opens with its subject ("P narrates and appears")
		rel := false
		for k := t - 1; k >= 0 && k >= t-4; k-- {
			if w := p.w(k); (w == "which" || w == "that") && !p.isM(k) {
				rel = true
			}
		}
		if !rel && !(nx == "and" && p.isM(t-1) && (t == 1 || p.w(t-2) == "," || p.w(t-2) == ";")) {
			return false
		}
	}
	for k := t - 1; k >= 0 && k >= t-5; k-- {
		if !p.isM(k) && p.in(k, hostedEvents) {
			return false
		}
	}
	for k := t + 1; k < len(p.it) && k <= t+3; k++ {
		if !p.isM(k) && p.in(k, hostedEvents) {
			return false
		}
	}
	return true
}
