package loaders

import "strings"

// A body named by a group noun and "of"/"for" with the rest of its name
// after them: "the Brotherhood of Steel", "the Order of the Grey Lantern",
// "the Bureau for Paranormal Defense", "the League of Wicked Exes": after a
// lower-case "the", the name is an organisation's ("The League of X" with
// its capital is a title as often). Group nouns that often open film titles
// ("Army of the Dead", "Kingdom of Heaven", "School of Rock", "House of
// Gucci", "Empire of the Sun") are left out, and so is "church" ("the
// Church of St Agnes" is a building).

// orgOfHeadOn switches the cue on (tests switch it off).
var orgOfHeadOn = true

// orgOfHeads open a body's name before "of"/"for".
var orgOfHeads = map[string]string{"order": "order", "brotherhood": "brotherhood", "sisterhood": "sisterhood",
	"league": "league", "bureau": "bureau", "ministry": "ministry", "guild": "guild", "council": "council",
	"department": "department", "agency": "agency", "division": "division", "foundation": "foundation",
	"institute": "institute", "federation": "federation", "office": "office", "board": "board",
	"cult": "cult", "sect": "sect", "alliance": "alliance", "union": "union", "committee": "committee",
	"syndicate": "syndicate", "principality": "state"}

// ofHeadOrgKind returns the kind of body mention m names when its name
// is a group noun of orgOfHeads, "of" or "for", and at least one more
// word ("Order of the Grey Lantern"), or "".
func ofHeadOrgKind(m *mention) string {
	if !orgOfHeadOn || m.words < 3 || m.colon || m.quoted || m.digit {
		return ""
	}
	t := m.text
	sp := strings.IndexByte(t, ' ')
	if sp < 0 {
		return ""
	}
	rest := t[sp+1:]
	if !strings.HasPrefix(rest, "of ") && !strings.HasPrefix(rest, "for ") {
		return ""
	}
	return orgOfHeads[lowerWord(t[:sp])]
}
