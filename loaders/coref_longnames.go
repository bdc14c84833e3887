package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// A person or character named in full comes back under a shorter name of
// two words or more, or the full name carries a title the short form does
// not: the mention-level short-form step (resolveLocal, step 2) only reads
// one-word short forms of untitled names. mergeLongerNames joins the rest.

// untitledNameKey is the folded name key k without the titles, honorifics
// and styles that open it ("dr. ben song" → "ben song", "lady agnes
// pembrook" → "agnes pembrook"), as long as two words are left; any other
// key is returned as it is. "Don" stays: a given name as often as a
// title ("Don Michael Tate" is no title and "Michael Tate").
func untitledNameKey(k string) string {
	for {
		w, rest, ok := strings.Cut(k, " ")
		if !ok || strings.IndexByte(rest, ' ') < 0 {
			return k
		}
		w = strings.TrimSuffix(w, ".")
		if !nameTitles[w] && !styleTitles[w] && !surnameHonorifics[w] || w == "don" {
			return k
		}
		k = rest
	}
}

// longerNameOf reports whether the folded name short (two words or more,
// titles dropped) names the person or character of the longer folded name
// long (titles dropped): its last words ("ledoux vane" of "mara ledoux
// vane", "van der berg" of "pieter van der berg"), its given names
// without the surname when every word of short is a given name ("anna
// maria" of "anna maria kessler"), or its first and last words without a
// middle name or initial ("tomas brandt" of "tomas j. brandt"), or with a
// familiar form of its given name (nicknameOf: "tom brandt" of "thomas
// brandt", "tom brandt" of "thomas j. brandt").
func longerNameOf(short, long string) bool {
	if len(long) <= len(short)+1 {
		return false
	}
	if n := len(long) - len(short); long[n-1] == ' ' && long[n:] == short {
		return true
	}
	sf, sl, ok := strings.Cut(short, " ")
	if !ok {
		return false
	}
	if lf, lrest, ok := strings.Cut(long, " "); ok && lf != sf && nicknameOf(sf, lf) {
		// "bram kessler" of "abraham kessler", "tomas kessler" of "tomas j. kessler"
		return lrest == sl || len(lrest) > len(sl)+1 && strings.HasSuffix(lrest, " "+sl) && strings.IndexByte(lrest[:len(lrest)-len(sl)-1], ' ') < 0
	}
	if long[len(short)] == ' ' && long[:len(short)] == short && strings.IndexByte(long[len(short)+1:], ' ') < 0 {
		// the given names: every word of short one ("anna maria")
		for w := range strings.FieldsSeq(short) {
			if !isGivenName(w) {
				return false
			}
		}
		return true
	}
	if strings.IndexByte(sl, ' ') >= 0 {
		return false
	}
	lf, rest, _ := strings.Cut(long, " ")
	mid, ll, ok := strings.Cut(rest, " ")
	return ok && lf == sf && ll == sl && mid != "" && strings.IndexByte(ll, ' ') < 0
}

// mergeLongerNames joins a person or character entity whose name is of two
// words or more (titles dropped: "Mr Ashby Crane" is "Ashby Crane")
// to the one longer entity of its type that it is a form of
// (longerNameOf): "Ledoux Vane" to "Mara Ledoux Vane", "Anna Maria" to
// "Anna Maria Kessler", "Tomas Brandt" to "Tomas J. Brandt". Two longer
// names it fits ("Lloyd Marsh" beside "Ada Lloyd Marsh" and "Ben Lloyd
// Marsh": a family) keep it apart, as do two characters each played by
// someone else and two given names written in one sentence ("Andrew Vale
// and Ida Roe directed it, with Andy Vale as the mole": two people).
func (a *article) mergeLongerNames(byKey map[kg.NodeType]map[string]int, longNames []int) {
	for _, t := range [2]kg.NodeType{kg.Person, kg.Character} {
		if len(byKey[t]) < 2 {
			continue
		}
		// (the names of step 1, in the order they were made: no keys to
		// sort, and no pass over every entity of the article)
		for _, e := range longNames {
			if a.ents[e].typ != t {
				continue
			}
			short := a.untitledKeyOf(e)
			if strings.IndexByte(short, ' ') < 0 {
				continue
			}
			cand, n := -1, 0
			for _, e2 := range longNames {
				k2 := a.ents[e2].key
				if a.ents[e2].typ != t || len(k2) <= len(short) || a.find(e2) == a.find(e) || !longerNameOf(short, a.untitledKeyOf(e2)) {
					continue
				}
				if cand < 0 || a.find(e2) != a.find(cand) {
					n++
				}
				cand = e2
			}
			if n != 1 {
				continue
			}
			if t == kg.Character {
				if mi := a.firstMention(e); mi >= 0 && a.otherActors(mi, a.find(cand)) {
					continue
				}
			}
			sf, _, _ := strings.Cut(short, " ")
			if u := a.untitledKeyOf(cand); !(len(u) > len(sf) && u[len(sf)] == ' ' && u[:len(sf)] == sf) && a.sentenceShared(e, cand) {
				continue // "Andrew Vale and ... Andy Vale" in one sentence: two people
			}
			a.union(a.find(cand), a.find(e), "short-form")
		}
	}
}

// titledShortForm reports whether the folded one-word key short is the
// first or last word of the name of local entity e once the titles opening
// it are dropped ("ben" of "dr. ben song", "agnes" of "lady agnes pembrook"):
// the short forms shortFormOf does not see.
func (a *article) titledShortForm(short string, e int) bool {
	u := a.untitledKeyOf(e)
	return len(u) < len(a.ents[e].key) && shortFormOf(short, u)
}

// untitledKeyOf is untitledNameKey of local entity e's key, worked out
// once.
func (a *article) untitledKeyOf(e int) string {
	if a.ents[e].ukey == "" {
		a.ents[e].ukey = untitledNameKey(a.ents[e].key)
	}
	return a.ents[e].ukey
}

// connectorTail reports whether the folded film title short, of two words
// or more, is the end of the folded title long after a part that joins two
// names or a name and a phrase with "and", "&" or a comma ("crypt of
// ashes" of "lady vane and the crypt of ashes", "face the tide" of "ada &
// bo face the tide", "shrank the dog" of "honey, i shrank the dog"): the
// distinctive part of the title, which articles use alone. Titles whose
// head is a single word or a word and "of the" ("beneath the planet of
// the apes") are other films.
func connectorTail(short, long string) bool {
	if len(long) <= len(short)+1 || strings.IndexByte(short, ' ') < 0 {
		return false
	}
	n := len(long) - len(short)
	if long[n-1] != ' ' || long[n:] != short {
		return false
	}
	head := long[:n-1]
	return strings.Contains(head, " and ") || strings.HasSuffix(head, " and") || strings.Contains(head, " & ") || strings.IndexByte(head, ',') > 0
}

// laterForm reports whether film entity short is first named after film
// entity long: a short form the article uses once it has given the full
// title.
func (a *article) laterForm(short, long int) bool {
	s, l := a.firstMention(short), a.firstMention(long)
	return s >= 0 && l >= 0 && a.ments[l].start < a.ments[s].start
}

// nicknameOf reports whether the folded given name short is a familiar
// form of the folded given name formal: its opening letters, both given
// names ("stan" of "stanley", "nick" of "nicolette"), or one of the
// familiar forms that are not ("bob" of "robert").
func nicknameOf(short, formal string) bool {
	if len(short) < 3 || len(formal) <= len(short) {
		return false
	}
	if formal[:len(short)] == short {
		return isGivenName(short) && isGivenName(formal)
	}
	f, ok := familiarForms[short]
	return ok && (f == formal || strings.Contains(f, " ") && slicesContainsWord(f, formal))
}

// familiarForms maps familiar English given names that are no opening of
// the formal name to it (several formal names separated by spaces).
var familiarForms = map[string]string{
	"bob": "robert", "bobby": "robert", "rob": "robert", "robbie": "robert", "bert": "albert herbert",
	"dave": "david", "dick": "richard", "rick": "richard", "ricky": "richard", "bill": "william", "billy": "william",
	"will": "william", "liam": "william", "jim": "james", "jimmy": "james", "mike": "michael", "mick": "michael",
	"tony": "anthony", "ted": "edward theodore", "ned": "edward", "liz": "elizabeth", "beth": "elizabeth",
	"betty": "elizabeth", "kate": "katherine catherine kathryn", "katie": "katherine catherine kathryn",
	"peggy": "margaret", "meg": "margaret", "maggie": "margaret", "jack": "john", "johnny": "john",
	"harry": "henry", "hank": "henry", "chuck": "charles", "charlie": "charles", "sandy": "alexander alexandra",
	"sasha": "alexander alexandra", "dan": "daniel", "danny": "daniel", "joe": "joseph", "joey": "joseph",
	"sam": "samuel samantha", "steve": "stephen steven", "tom": "thomas", "tommy": "thomas", "andy": "andrew",
	"drew": "andrew", "ben": "benjamin", "pat": "patrick patricia", "larry": "lawrence laurence",
}

// slicesContainsWord reports whether the space-separated list l holds w.
func slicesContainsWord(l, w string) bool {
	for x := range strings.FieldsSeq(l) {
		if x == w {
			return true
		}
	}
	return false
}

// nicknameCand returns the one entity of longNames, of the type of the
// typed one-word mention m, whose first given name m is a familiar form of
// (nicknameOf: "Leo" of "Leopold Marsh", "Bob" of "Robert Vance"), and 1;
// else -1 and the number of such entities.
func (a *article) nicknameCand(m *mention, longNames []int) (int, int) {
	cand, n := -1, 0
	for _, e := range longNames {
		if a.ents[e].typ != m.typ {
			continue
		}
		first, _, ok := strings.Cut(a.untitledKeyOf(e), " ")
		if !ok || !nicknameOf(m.key, first) {
			continue
		}
		if cand < 0 || a.find(cand) != a.find(e) {
			n++
		}
		cand = e
	}
	if n != 1 {
		return -1, n
	}
	return cand, 1
}

// sentenceShared reports whether a sentence names both local entities x
// and y.
func (a *article) sentenceShared(x, y int) bool {
	for _, i := range a.ents[a.find(x)].mentions {
		for _, j := range a.ents[a.find(y)].mentions {
			if a.ments[i].sent == a.ments[j].sent {
				return true
			}
		}
	}
	return false
}
