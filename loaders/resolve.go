package loaders

import (
	"slices"
	"sort"
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/hbollon/go-edlib"
)

// Merge explains why two surface forms became one entity: the entity id, the
// alias that was merged into it, the rule (short-form, subtitle,
// numbered-title, franchise-subtitle, also-known-as, alias, typo, known,
// same-id) and the sources that show the alias.
type Merge struct {
	ID      string
	Alias   string
	Rule    string
	Sources []kg.Source
}

// table is the entity table the cross-article resolution runs on: one node
// per known entity, then one per distinct (type, name key) of the articles'
// entities, in order of first appearance, with the surface forms seen for
// it. Its size grows with the number of distinct entities and forms, not
// with the number of articles (except arts, four bytes per article naming a
// multi-word key).
type table struct {
	known []KnownEntity
	nodes []gnode
	index tindex            // (type, key) of article entities → node
	strs  map[string]string // interned strings, so that no article text is kept
	plays map[[2]int32]bool // (person node, character node) of ACTED_IN claims naming the character
	arts  int               // articles added
}

type tkey struct {
	typ kg.NodeType
	key string
}

// gnode is one entity (known, or a name key of the articles) in the
// cross-article resolution.
type gnode struct {
	typ    kg.NodeType
	key    string
	parent int
	rule   string // rule of the union that attached this node's group
	known  int    // index into known, or -1
	solid  bool   // known, or held unconditionally by some article
	forms  []gform
	arts   []int32 // articles (in order of addition) holding it, for characters and keys of several words
}

// gform is a surface form of a node: its weight for naming (mentions, twice
// for forms not in capitals) and where it first appeared.
type gform struct {
	form, fold string
	weight     int
	art, first int // earliest article, then offset in it
}

// newTable returns a table holding the known entities.
func newTable(known []KnownEntity) *table {
	t := &table{known: known, index: newTindex(), strs: map[string]string{}, plays: map[[2]int32]bool{}}
	for i, k := range known {
		t.nodes = append(t.nodes, gnode{typ: k.Type, key: nameKey(k.Name), parent: i, known: i, solid: true})
	}
	return t
}

// intern returns s, or an equal string already in the table, never a
// substring of an article's text.
func (t *table) intern(s string) string {
	if v, ok := t.strs[s]; ok {
		return v
	}
	s = strings.Clone(s)
	t.strs[s] = s
	return s
}

// node returns the node of an article entity, or -1 when the table has none.
func (t *table) node(typ kg.NodeType, key string) int {
	if n, ok := t.index.get(typ, key); ok {
		return int(n)
	}
	return -1
}

// add records what resolution needs of the next article: its entities' keys,
// forms and whether they are conditional, and the characters its people
// play. Articles must be added in article id order.
func (t *table) add(l *localResult) {
	ai := t.arts
	t.arts++
	nodeOf := make([]int32, len(l.ents))
	for ei := range l.ents {
		e := &l.ents[ei]
		n, ok := t.index.get(e.typ, e.key)
		if !ok {
			n = int32(len(t.nodes))
			key := t.intern(e.key)
			t.index.set(e.typ, key, n)
			t.nodes = append(t.nodes, gnode{typ: e.typ, key: key, parent: int(n), known: -1})
		}
		nodeOf[ei] = n
		nd := &t.nodes[n]
		if !e.conditional {
			nd.solid = true
		}
		if (nd.typ == kg.Character || strings.Contains(nd.key, " ")) && (len(nd.arts) == 0 || nd.arts[len(nd.arts)-1] != int32(ai)) {
			nd.arts = append(nd.arts, int32(ai))
		}
	forms:
		for _, f := range e.forms {
			w := f.count * 2
			if isAllCaps(f.form) {
				w = f.count
			}
			for i := range nd.forms {
				g := &nd.forms[i]
				if g.form == f.form {
					g.weight += w
					if ai < g.art || ai == g.art && f.first < g.first {
						g.art, g.first = ai, f.first
					}
					continue forms
				}
			}
			nd.forms = append(nd.forms, gform{form: t.intern(f.form), fold: t.intern(f.fold), weight: w, art: ai, first: f.first})
		}
	}
	for _, c := range l.claims {
		if c.rel == kg.ActedIn && c.char >= 0 && c.subj >= 0 {
			t.plays[[2]int32{nodeOf[c.subj], nodeOf[c.char]}] = true
		}
	}
}

type resolver struct {
	*table
	// per cluster root
	name map[int]string
	id   map[int]string
	drop map[int]bool
}

func (g *resolver) find(n int) int {
	for g.nodes[n].parent != n {
		g.nodes[n].parent = g.nodes[g.nodes[n].parent].parent
		n = g.nodes[n].parent
	}
	return n
}

// union joins y's cluster into x's with rule. Clusters holding a known
// entity stay rooted there.
func (g *resolver) union(x, y int, rule string) {
	x, y = g.find(x), g.find(y)
	if x == y {
		return
	}
	if g.nodes[y].known >= 0 && g.nodes[x].known < 0 || y < x && g.nodes[x].known < 0 {
		x, y = y, x
	}
	g.nodes[y].parent = x
	g.nodes[y].rule = rule
}

// resolution is the outcome of cross-article resolution, read-only once
// built, so that articles can be emitted in parallel.
type resolution struct {
	t      *table
	root   []int    // node → cluster root, -1 for a dropped cluster
	rule   []string // node → rule that merged it, "" for none
	name   []string // root → canonical name
	id     []string // root → id
	charOf map[int]int
}

// resolve merges the entities of the table into clusters, names them and
// returns the resolution. The table is not used after.
func (t *table) resolve() *resolution {
	g := &resolver{table: t}
	knownKeys := map[kg.NodeType]map[string]int{}
	for i, k := range t.known {
		if knownKeys[k.Type] == nil {
			knownKeys[k.Type] = map[string]int{}
		}
		for _, s := range append([]string{k.Name}, k.Aliases...) {
			if _, ok := knownKeys[k.Type][nameKey(s)]; !ok {
				knownKeys[k.Type][nameKey(s)] = i
			}
		}
	}
	// 1. same name, known names and shared multi-word aliases
	byKey := map[kg.NodeType]map[string]int{}
	link := func(n int, t kg.NodeType, key string, rule string) {
		if byKey[t] == nil {
			byKey[t] = map[string]int{}
		}
		if k, ok := knownKeys[t][key]; ok {
			g.union(k, n, "known")
		}
		if m, ok := byKey[t][key]; ok {
			g.union(m, n, rule)
			return
		}
		byKey[t][key] = n
	}
	for n := range g.nodes {
		if g.nodes[n].known < 0 {
			link(n, g.nodes[n].typ, g.nodes[n].key, "same-name")
		}
	}
	for n := range g.nodes {
		nd := &g.nodes[n]
		if nd.known >= 0 {
			continue
		}
		for _, f := range nd.forms {
			k := nameKey(f.form)
			if k != nd.key && strings.Contains(k, " ") {
				link(n, nd.typ, k, "alias")
			}
			if nd.typ == kg.Organisation {
				// "Overlook Hotel" is "the Overlook" (a network or streamer
				// is not its studio: "CBS" beside "CBS Studios")
				if i := strings.LastIndexByte(k, ' '); i > 0 && (fictionalOrgNouns[k[i+1:]] != "" || orgSuffixWords[k[i+1:]] && !platformNames[k[:i]]) {
					link(n, nd.typ, k[:i], "organisation-noun")
				}
			}
		}
	}
	g.mergeTitlesGlobal(byKey[kg.Film], byKey[kg.Franchise])
	g.mergeShortForms(byKey)
	g.mergeTypos()
	// 2. drop clusters only conditional members hold
	g.drop = map[int]bool{}
	solid := map[int]bool{}
	for n := range g.nodes {
		if g.nodes[n].solid {
			solid[g.find(n)] = true
		}
	}
	for n := range g.nodes {
		if !solid[g.find(n)] {
			g.drop[g.find(n)] = true
		}
	}
	// 3. names and ids; clusters whose ids collide merge
	for {
		g.nameClusters()
		byID := map[string]int{}
		merged := false
		roots := g.roots()
		for _, r := range roots {
			if g.drop[r] {
				continue
			}
			id := g.collisionID(r)
			if o, ok := byID[id]; ok {
				g.union(o, r, "same-id")
				merged = true
				continue
			}
			byID[id] = r
		}
		if !merged {
			break
		}
	}
	// roots and canonical names are fixed from here on
	rs := &resolution{t: t, root: make([]int, len(g.nodes)), rule: make([]string, len(g.nodes)),
		name: make([]string, len(g.nodes)), id: make([]string, len(g.nodes)), charOf: map[int]int{}}
	for n := range g.nodes {
		r := g.find(n)
		rs.root[n] = r
		if g.drop[r] {
			rs.root[n] = -1
		}
		rs.rule[n] = g.ruleOf(n)
	}
	for r, name := range g.name {
		rs.name[r], rs.id[r] = name, g.id[r]
	}
	// characters each person plays, across articles
	plays := map[int]map[int]bool{}
	for pc := range t.plays {
		p, ch := rs.root[pc[0]], rs.root[pc[1]]
		if p >= 0 && ch >= 0 {
			if plays[p] == nil {
				plays[p] = map[int]bool{}
			}
			plays[p][ch] = true
		}
	}
	for p, chs := range plays {
		if len(chs) == 1 {
			for ch := range chs {
				rs.charOf[p] = ch
			}
		}
	}
	t.plays, t.strs = nil, nil
	return rs
}

func (g *resolver) roots() []int {
	var out []int
	for n := range g.nodes {
		if g.find(n) == n {
			out = append(out, n)
		}
	}
	return out
}

// nameClusters picks every cluster's canonical name: the known name, else
// the form with the most mentions (lower-case and mixed-case forms before
// all-capitals ones), ties going to the earliest article, then the longer
// form.
func (g *resolver) nameClusters() {
	type score struct {
		n     int
		art   int
		first int
	}
	g.name, g.id = map[int]string{}, map[int]string{}
	for n := range g.nodes {
		if nd := &g.nodes[n]; nd.known >= 0 {
			r := g.find(n)
			g.name[r] = g.known[nd.known].Name
			g.id[r] = g.known[nd.known].ID
		}
	}
	// count forms per cluster
	counts := map[int]map[string]*score{}
	for n := range g.nodes {
		nd := &g.nodes[n]
		if nd.known >= 0 {
			continue
		}
		r := g.find(n)
		if counts[r] == nil {
			counts[r] = map[string]*score{}
		}
		for _, f := range nd.forms {
			s := counts[r][f.form]
			if s == nil {
				s = &score{art: f.art, first: f.first}
				counts[r][f.form] = s
			}
			s.n += f.weight
			if f.art < s.art || f.art == s.art && f.first < s.first {
				s.art, s.first = f.art, f.first
			}
		}
	}
	for r, m := range counts {
		if _, ok := g.name[r]; ok {
			continue
		}
		// "The X" and "X" are one form, shown with "The" when any mention
		// wrote it so inside a sentence
		for f, sc := range m {
			if t, ok := strings.CutPrefix(f, "The "); ok {
				if o, ok := m[t]; ok {
					sc.n += o.n
					if o.art < sc.art || o.art == sc.art && o.first < sc.first {
						sc.art, sc.first = o.art, o.first
					}
					delete(m, t)
				}
			}
		}
		forms := make([]string, 0, len(m))
		for f := range m {
			forms = append(forms, f)
		}
		// people and characters: the fullest name the other forms are
		// short forms of ("Corin Valdane" over a more frequent "Corin")
		cover := map[string]int{}
		if t := g.nodes[r].typ; t == kg.Person || t == kg.Character {
			for _, f := range forms {
				kf := untitledKey(dropRankModifier(nameKey(f)))
				for _, o := range forms {
					if ko := untitledKey(dropRankModifier(nameKey(o))); ko == kf || shortFormOf(ko, kf) {
						cover[f] += m[o].n
					}
				}
			}
		}
		sort.Slice(forms, func(i, j int) bool {
			a, b := m[forms[i]], m[forms[j]]
			if ci, cj := cover[forms[i]], cover[forms[j]]; ci != cj {
				return ci > cj
			}
			if ti, tj := untitledKey(forms[i]) != nameKey(forms[i]), untitledKey(forms[j]) != nameKey(forms[j]); ti != tj {
				return tj // "Silas Draygor" before "Colonel Silas Draygor"
			}
			if a.n != b.n {
				return a.n > b.n
			}
			if a.art != b.art {
				return a.art < b.art
			}
			if len(forms[i]) != len(forms[j]) {
				return len(forms[i]) > len(forms[j])
			}
			return forms[i] < forms[j]
		})
		name := forms[0]
		if g.nodes[r].typ == kg.Character {
			// "Captain Ned Gallows" is named "Ned Gallows" (the titled
			// form stays an alias); "The Director" keeps its only word, and
			// "Rocco" is named "Uncle Rocco" when the article writes it so
			name = rankedForm(forms, untitledForm(name))
		}
		g.name[r] = name
		g.id[r] = kg.ID(g.nodes[r].typ, name)
	}
}

// styleTitles are courtesy, noble and royal styles that are part of a
// character's name as the story uses it ("Lady Agnes Pembrook", "Queen
// Zelvora Ka'Tesh", "Madame Odilette", "Master Ren"), unlike ranks and jobs
// ("Captain Ned Gallows" is named "Ned Gallows").
var styleTitles = setOf("lady", "lord", "queen", "king", "madame", "madam", "master", "miss", "mrs", "ms", "mr",
	"dame", "sir", "don", "count", "countess", "duke", "duchess", "baron", "baroness", "president")

// styledForm returns the form of the article, among forms, that puts a
// styleTitles word before the character's name ("Lady Agnes Pembrook" for
// "Agnes Pembrook"): the name a credit's character qualifier gives as
// the story styles it. It returns name when there is none.
func styledForm(forms []formCount, name string) string {
	for _, f := range forms {
		w, rest, ok := strings.Cut(f.form, " ")
		if ok && rest == name && styleTitles[strings.ToLower(strings.TrimSuffix(w, "."))] {
			return f.form
		}
	}
	return name
}

// collisionID returns the id under which cluster r collides with others
// (clusters whose ids collide merge): its id, but for a character named
// by a rank and one name ("Agent Rook"), the id of that one name
// ("character:rook"), so that the character stays the one the articles
// naming it "Rook" give.
func (g *resolver) collisionID(r int) string {
	if g.nodes[r].typ != kg.Character {
		return g.id[r]
	}
	w, rest, ok := strings.Cut(g.name[r], " ")
	lw := strings.ToLower(strings.TrimSuffix(w, "."))
	if !ok || strings.Contains(rest, " ") || !nameTitles[lw] || courtesyTitles[lw] {
		return g.id[r]
	}
	return kg.ID(kg.Character, rest)
}

// rankedForm returns the form of the article, among forms, that puts a
// nameTitles word before the one-word name of a character ("Uncle Rocco"
// for "Rocco", "Inspector Vane" for "Vane"): a title and one name are how
// the story names the character. It returns name when the name has more
// than one word or there is no such form.
func rankedForm(forms []string, name string) string {
	if strings.Contains(name, " ") {
		return name
	}
	for _, f := range forms {
		w, rest, ok := strings.Cut(f, " ")
		if ok && rest == name && nameTitles[strings.ToLower(strings.TrimSuffix(w, "."))] {
			return f
		}
	}
	return name
}

// orgSuffixWords end a company's name without making it another company
// ("Marvel Studios" is "Marvel", "Ghost House Pictures" is "Ghost House",
// "New Line Cinema" is "New Line"; "Sony Pictures Animation" and "Warner
// Bros. Television" are companies of their own).
var orgSuffixWords = setOf("studios", "studio", "entertainment", "productions", "production", "company",
	"corporation", "corp", "inc", "ltd", "llc", "group", "media", "pictures", "features", "cinema", "animations")

// untitledForm drops the rank and honorific words opening a name ("Dr.
// Doreen Halsworth" → "Doreen Halsworth", "Director Pembury" → "Pembury"); a
// name that is only titles, or opens with "The", and a title of
// nameTitles before one name ("Sergeant Baek") are returned as they are.
func untitledForm(s string) string {
	rest := s
	for {
		w, r, ok := strings.Cut(rest, " ")
		lw := strings.ToLower(strings.TrimSuffix(w, "."))
		if ok && rest == s && leadRankModifiers[lw] && leadsTitle(r) {
			rest = r // "Senior Sergeant Ruth Vance": the modifier of a rank
			continue
		}
		if !ok || !(nameTitles[lw] || roleWords[lw] && lw != "the") || r == "" {
			break
		}
		if !nameTitles[lw] && !strings.Contains(r, " ") && !hasUpper(r[1:]) && commonNoun(r) {
			break // "Soldier Girl": a role word and a common noun are one name
		}
		if nameTitles[lw] && !strings.Contains(r, " ") {
			break // "Mr. Gable", "Sergeant Baek": a title and one name are the name
		}
		if rest != s && !nameTitles[lw] && !(rankWord(lw) && strings.Contains(r, " ")) {
			break // "Lt. Don Pelham": a role word after a title is a given name
		}
		rest = r
	}
	if rest == s {
		rest = dropServiceLead(s)
	}
	if f, r, ok := strings.Cut(rest, " "); rest != s && ok && !strings.Contains(r, " ") {
		if lf := strings.ToLower(f); partNoun(lf) && !roleWords[lf] && !isGivenName(lf) {
			return s // "Chief Engineer Brannock": a post and one name are the name
		}
	}
	if rest == s || !hasUpper(rest[:1]) {
		return s
	}
	return rest
}

// leadsTitle reports whether the name s opens with a nameTitles word and
// has a name after it ("Sergeant Ruth Vance").
func leadsTitle(s string) bool {
	w, r, ok := strings.Cut(s, " ")
	return ok && r != "" && nameTitles[strings.ToLower(strings.TrimSuffix(w, "."))]
}

// serviceWords name a service a rank belongs to ("Army Ranger", "Navy
// Commander").
var serviceWords = setOf("army", "navy", "police", "marine", "marines", "coast")

// dropServiceLead returns the name s without an opening acronym ("U.S.",
// "FBI") or serviceWords word and the rank or role words after it, when
// two words or more of a name follow them ("U.S. Marshal Rod Tessler" →
// "Rod Tessler", "Army Ranger Dale Hutchins" → "Dale Hutchins"); any other
// name is returned as it is.
func dropServiceLead(s string) string {
	w, rest, ok := strings.Cut(s, " ")
	if !ok || !(serviceWords[strings.ToLower(w)] || isAllCaps(w)) {
		return s
	}
	n := 0
	for {
		r, after, ok := strings.Cut(rest, " ")
		lr := strings.ToLower(strings.TrimSuffix(r, "."))
		if !ok || !(rankWord(lr) || roleWords[lr]) {
			break
		}
		rest, n = after, n+1
	}
	if n == 0 || !strings.Contains(rest, " ") || !hasUpper(rest[:1]) {
		return s
	}
	return rest
}

// commonNoun reports whether the capitalised word w is, in lower case, a
// plain English noun of the extractor's lexicons rather than a surname
// ("Boy", "Girl", "Man").
func commonNoun(w string) bool {
	return epithetNouns[strings.ToLower(w)]
}

// epithetNouns are plain nouns that, after a role word, make one name with
// it rather than a surname behind a title ("Soldier Girl", "Agent Zero").
var epithetNouns = setOf("boy", "girl", "man", "woman", "kid", "lady", "one", "zero", "x", "prime")

// nameTitles are words that precede a personal name as a title or rank.
var nameTitles = setOf(append([]string{"mr", "mrs", "ms", "miss", "dr", "doctor", "prof", "professor", "sir", "dame", "lord", "lady",
	"captain", "capt", "colonel", "col", "general", "gen", "lieutenant", "lt", "sergeant", "sgt", "major", "commander",
	"admiral", "agent", "detective", "inspector", "officer", "nurse", "president", "senator", "king", "queen", "prince",
	"princess", "emperor", "empress", "father", "mother", "sister", "brother", "uncle", "aunt", "ensign", "cadet", "judge",
	"reverend", "rev", "saint", "st", "count", "countess", "duke", "duchess", "baron", "chief", "governor", "mayor", "ser",
	// the ranks of characterRanks that police and crime drama abbreviate
	// or write in their own language
	"di", "dci", "dsi", "ds", "pc", "wpc", "det", "insp", "supt", "maj", "cpl", "pvt", "adm", "cmdr", "brig",
	"commodore", "brigadier", "midshipman", "jarl"}, foreignRankWords...)...)

// untitledKey is the name key of a personal name without the titles that
// precede it ("colonel miles dravitch" → "miles dravitch"); a name that is
// only a title keeps it ("The Director").
func untitledKey(s string) string {
	k := nameKey(s)
	for {
		w, rest, ok := strings.Cut(k, " ")
		if !ok || !nameTitles[strings.TrimSuffix(w, ".")] {
			return k
		}
		k = rest
	}
}

// mergeTitlesGlobal merges film clusters across articles: numbered forms
// with one base ("X 3" and "X: Chapter 3 – Y"), a title and its dashed
// subtitle form, and "A: B" with "B" when A names a franchise ("From the
// World of F: B", "B: A F Story").
func (g *resolver) mergeTitlesGlobal(films, franchises map[string]int) {
	keys := make([]string, 0, len(films))
	for k := range films {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	sigs := map[string][]string{}
	for _, k := range keys {
		if b, n := titleSig(k); b != "" && n != "" {
			sigs[b+"#"+n] = append(sigs[b+"#"+n], k)
		}
	}
	for _, ks := range sigs {
		for _, k := range ks[1:] {
			g.union(films[ks[0]], films[k], "numbered-title")
		}
	}
	for _, short := range keys {
		for _, long := range keys {
			if len(long) > len(short) && strings.HasPrefix(long, short) && (strings.HasPrefix(long[len(short):], " -") || strings.HasPrefix(long[len(short):], " \u2013")) {
				g.union(films[long], films[short], "subtitle")
			}
		}
	}
	var frKeys []string
	for k := range franchises {
		frKeys = append(frKeys, k)
	}
	sort.Strings(frKeys)
	namesFranchise := func(s string) bool {
		for _, f := range frKeys {
			if len(f) >= 3 && containsWords(s, f) {
				return true
			}
		}
		return false
	}
	for _, k := range keys {
		left, right, ok := strings.Cut(k, ":")
		if !ok {
			continue
		}
		left, right = strings.TrimSpace(left), strings.TrimSpace(right)
		if _, n := titleSig(k); n != "" {
			continue
		}
		if namesFranchise(left) {
			if f, ok := films[right]; ok {
				g.union(f, films[k], "franchise-subtitle")
			}
		}
		if namesFranchise(right) {
			if f, ok := films[left]; ok {
				g.union(f, films[k], "franchise-subtitle")
			}
		}
	}
}

// containsWords reports whether the folded phrase s contains the folded
// phrase w on word boundaries.
func containsWords(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		before := j == 0 || s[j-1] == ' '
		after := j+len(w) == len(s) || s[j+len(w)] == ' ' || s[j+len(w)] == ':'
		if before && after {
			return true
		}
		i = j + 1
	}
}

// mergeShortForms joins a one-word person or character ("Kenobi") to the
// one longer name of that type it starts or ends, when there is exactly one.
func (g *resolver) mergeShortForms(byKey map[kg.NodeType]map[string]int) {
	var actors map[int]map[int]bool
	for _, t := range []kg.NodeType{kg.Person, kg.Character} {
		if t == kg.Character {
			actors = g.actorsByCharacter()
		}
		keys := make([]string, 0, len(byKey[t]))
		for k := range byKey[t] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		long := map[string][]int{}  // first or last word → clusters
		given := map[string][]int{} // given name or surname → long names (characters)
		for _, k := range keys {
			if !strings.Contains(k, " ") {
				continue
			}
			ws := strings.Fields(k)
			r := g.find(byKey[t][k])
			long[ws[0]] = appendUnique(long[ws[0]], r)
			long[ws[len(ws)-1]] = appendUnique(long[ws[len(ws)-1]], r)
			if t == kg.Character && !generationSuffix[ws[len(ws)-1]] {
				given[ws[0]] = append(given[ws[0]], byKey[t][k])
				if slices.ContainsFunc(ws[:len(ws)-1], isGivenName) {
					// the surname of a personal name ("Orsk" beside
					// "William Orsk"; not an epithet: "Caesar" beside
					// "Octavo Vell")
					given[ws[len(ws)-1]] = append(given[ws[len(ws)-1]], byKey[t][k])
				}
			}
		}
		for _, k := range keys {
			if strings.Contains(k, " ") || len(k) < 3 {
				continue
			}
			if c := long[k]; len(c) == 1 {
				if t == kg.Character && g.otherActors(actors, byKey[t][k], c[0]) && !g.givenNameBeside(given[k], byKey[t][k]) {
					continue // two characters, each played by someone else
				}
				g.union(c[0], byKey[t][k], "short-form")
			}
		}
	}
	// acronyms: "ITF" for "Improbable Tasks Force"
	for _, t := range []kg.NodeType{kg.Organisation, kg.Franchise} {
		keys := make([]string, 0, len(byKey[t]))
		for k := range byKey[t] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		initials := map[string][]int{}
		for _, k := range keys {
			ws := strings.Fields(k)
			if len(ws) < 2 {
				continue
			}
			var b strings.Builder
			for _, w := range ws {
				if w == "of" || w == "the" || w == "and" || w == "&" {
					continue
				}
				r := []rune(w)
				b.WriteRune(r[0])
			}
			if b.Len() >= 2 {
				initials[b.String()] = appendUnique(initials[b.String()], g.find(byKey[t][k]))
			}
		}
		for _, k := range keys {
			if strings.Contains(k, " ") {
				continue
			}
			if c := initials[k]; len(c) == 1 {
				g.union(c[0], byKey[t][k], "acronym")
			}
		}
	}
}

// generationSuffix holds the folded last words that make a name a second
// character of the same name ("Gorvin Jr." beside "Gorvin").
var generationSuffix = setOf("jr", "jr.", "sr", "sr.", "ii", "iii", "iv")

// givenNameBeside reports whether the one-word character n stands in an
// article beside a longer character name it is the given name of ("Jonas"
// beside "Jonas Kettridge"): young and old versions and recasts of one part,
// each played by someone else, are one character (the caller has checked
// that no other long name starts or ends with the word).
func (g *resolver) givenNameBeside(longs []int, n int) bool {
	for _, l := range longs {
		if sharedArticle(g.nodes[l].arts, g.nodes[n].arts) {
			return true
		}
	}
	return false
}

// actorsByCharacter maps every character cluster root to the roots of the
// people ACTED_IN claims have playing it.
func (g *resolver) actorsByCharacter() map[int]map[int]bool {
	out := map[int]map[int]bool{}
	for pc := range g.plays {
		ch, p := g.find(int(pc[1])), g.find(int(pc[0]))
		if out[ch] == nil {
			out[ch] = map[int]bool{}
		}
		out[ch][p] = true
	}
	return out
}

// otherActors reports whether the character node n and the cluster of
// root r are both played by someone and by no common person (actors from
// actorsByCharacter).
func (g *resolver) otherActors(actors map[int]map[int]bool, n, r int) bool {
	mine, theirs := actors[g.find(n)], actors[g.find(r)]
	if len(mine) == 0 || len(theirs) == 0 {
		return false
	}
	for p := range mine {
		if theirs[p] {
			return false
		}
	}
	return true
}

func appendUnique(l []int, x int) []int {
	for _, y := range l {
		if y == x {
			return l
		}
	}
	return append(l, x)
}

// mergeTypos joins names of one type that differ by one transposed or
// substituted letter in one word of at least five letters ("Marlena Cawthorne" →
// "Marlena Cawthrone"), unless both spellings occur in one article (two
// people) or the spellings differ in a digit.
func (g *resolver) mergeTypos() {
	byType := map[kg.NodeType]map[string]int{}
	for n := range g.nodes {
		nd := &g.nodes[n]
		if nd.known >= 0 || !strings.Contains(nd.key, " ") {
			continue
		}
		if byType[nd.typ] == nil {
			byType[nd.typ] = map[string]int{}
		}
		byType[nd.typ][nd.key] = n
	}
	for _, t := range kg.EntityTypes {
		m := byType[t]
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		// block by the name with one word masked
		blocks := map[string][]string{}
		for _, k := range keys {
			ws := strings.Fields(k)
			for i := range ws {
				masked := strings.Join(ws[:i], " ") + "|" + strings.Join(ws[i+1:], " ") + "|" + itoa(i)
				blocks[masked] = append(blocks[masked], k)
			}
		}
		bk := make([]string, 0, len(blocks))
		for b := range blocks {
			bk = append(bk, b)
		}
		sort.Strings(bk)
		for _, b := range bk {
			ks := blocks[b]
			for i := 0; i < len(ks); i++ {
				for j := i + 1; j < len(ks); j++ {
					a, c := m[ks[i]], m[ks[j]]
					if g.find(a) == g.find(c) || !typoPair(ks[i], ks[j]) || sharedArticle(g.nodes[a].arts, g.nodes[c].arts) {
						continue
					}
					g.union(a, c, "typo")
				}
			}
		}
	}
}

// sharedArticle reports whether two ascending lists of articles share one.
func sharedArticle(a, b []int32) bool {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			return true
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return false
}

func itoa(i int) string {
	const d = "0123456789"
	if i < 10 {
		return d[i : i+1]
	}
	return itoa(i/10) + d[i%10:i%10+1]
}

// typoPair reports whether two folded names differ in exactly one word, by
// one transposition or substitution of letters, in a word of at least five
// letters.
func typoPair(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) != len(wb) {
		return false
	}
	diff := -1
	for i := range wa {
		if wa[i] != wb[i] {
			if diff >= 0 {
				return false
			}
			diff = i
		}
	}
	if diff < 0 {
		return false
	}
	x, y := []rune(wa[diff]), []rune(wb[diff])
	if len(x) != len(y) || len(x) < 5 {
		return false
	}
	for _, r := range append(append([]rune{}, x...), y...) {
		if !isLetter(r) {
			return false
		}
	}
	if x[0] != y[0] {
		return false
	}
	d := edlib.OSADamerauLevenshteinDistance(string(x), string(y))
	return d == 1
}

// emitArticle builds one article's facts with cluster ids and canonical
// names, and the merges that explain the aliases it uses.
func (rs *resolution) emitArticle(l *localResult) (kg.ArticleFacts, []Merge) {
	node := make([]int, len(l.ents))
	cl := make([]int, len(l.ents))
	for ei := range l.ents {
		node[ei] = rs.t.node(l.ents[ei].typ, l.ents[ei].key)
		cl[ei] = -1
		if node[ei] >= 0 {
			cl[ei] = rs.root[node[ei]]
		}
	}
	clusterOf := func(e int32) int {
		if e < 0 {
			return -1
		}
		return cl[e]
	}
	charOf := func(p int) int {
		if ch, ok := rs.charOf[p]; ok {
			return ch
		}
		return -1
	}
	var merges []Merge
	bufs := emitBufPool.Get().(*emitBufs)
	defer bufs.put()
	af := kg.ArticleFacts{Article: l.art, Entities: bufs.ents[:0], Claims: []kg.Claim{}}
	present := bufs.presentMap() // cluster → index in af.Entities
	for ei, e := range l.ents {
		r := cl[ei]
		if r < 0 {
			continue
		}
		name := rs.name[r]
		nameFold, folded := "", false
		for k := range e.forms {
			if e.forms[k].form == name {
				nameFold, folded = e.forms[k].fold, true
				break
			}
		}
		if !folded {
			nameFold = foldKey(name)
		}
		if i, ok := present[r]; ok {
			f := &af.Entities[i]
			f.Mentions = kg.SortSources(append(f.Mentions, e.mentions...))
			f.Aliases = mergeAliasesFold(f.Aliases, e.forms, nameFold)
		} else {
			present[r] = len(af.Entities)
			af.Entities = append(af.Entities, kg.EntityFact{ID: rs.id[r], Type: e.typ, Name: name,
				Aliases: mergeAliasesFold(nil, e.forms, nameFold), Mentions: ownMentions(e.mentions)})
			if e.typ == kg.Character {
				if b, bare := characterPlaceAlias(name); b != "" {
					// "Montague Barnes of DEPRAC" also goes by "Montague Barnes"
					f := &af.Entities[len(af.Entities)-1]
					for _, a := range [2]string{b, bare} {
						if a != "" && !slices.Contains(f.Aliases, a) {
							f.Aliases = append(f.Aliases, a)
						}
					}
					sort.Strings(f.Aliases)
				}
			}
			if e.typ == kg.Film {
				if y := yearOnlyAlias(name); y != "" {
					f := &af.Entities[len(af.Entities)-1]
					if !slices.Contains(f.Aliases, y) {
						f.Aliases = append(f.Aliases, y)
						sort.Strings(f.Aliases)
					}
				}
			}
		}
		nk := strings.TrimPrefix(nameFold, "the ") // (nameKey(name))
		for _, f := range e.forms {
			if strings.TrimPrefix(f.fold, "the ") == nk { // (f.fold is foldKey(f.form): nameKey without allocating)
				continue
			}
			rule := e.rules[f.form]
			if rule == "" {
				rule = rs.rule[node[ei]]
			}
			if rule == "" || rule == "same-name" {
				rule = "alias"
			}
			merges = append(merges, Merge{ID: rs.id[r], Alias: f.form, Rule: rule, Sources: []kg.Source{f.src}})
		}
	}
	claims := bufs.claimBuf(len(l.claims) + len(l.ents))
	add := func(c kg.Claim) { claims = append(claims, c) }
	srcs := sourceBlock(l.claims) // each claim's one source, cut from one array
	for _, c := range l.claims {
		s := clusterOf(c.subj)
		if c.subjCharOf >= 0 {
			s = charOf(clusterOf(c.subjCharOf))
		}
		if s < 0 {
			continue
		}
		if _, ok := present[s]; !ok {
			// a character found through another article: bring it in
			present[s] = len(af.Entities)
			af.Entities = append(af.Entities, kg.EntityFact{ID: rs.id[s], Type: rs.t.nodes[s].typ, Name: rs.name[s], Mentions: []kg.Source{}})
		}
		if c.rel == "" {
			var q map[string]string // (made on the first qualifier: nil when none)
			if c.prop.precision != "" {
				q = qualSet(q, "precision", c.prop.precision)
			}
			if c.prop.asOf != "" {
				q = qualSet(q, "asOf", c.prop.asOf)
			}
			var src []kg.Source
			src, srcs = cutSource(srcs, c.src)
			add(kg.Claim{Subject: rs.id[s], Property: c.prop.prop, Value: c.prop.val, Qualifiers: q, Sources: src})
			continue
		}
		o := clusterOf(c.obj)
		if o < 0 || o == s {
			continue
		}
		var q map[string]string // (made on the first qualifier: nil when none)
		if c.role != "" {
			q = qualSet(q, kg.QualRole, c.role)
		}
		if c.job != "" {
			q = qualSet(q, kg.QualJob, c.job)
		}
		ch := clusterOf(c.char)
		if c.charOf >= 0 {
			ch = charOf(clusterOf(c.charOf))
			if ch >= 0 {
				if _, ok := present[ch]; !ok {
					present[ch] = len(af.Entities)
					af.Entities = append(af.Entities, kg.EntityFact{ID: rs.id[ch], Type: kg.Character, Name: rs.name[ch], Mentions: []kg.Source{}})
				}
			}
		}
		if ch >= 0 && c.rel == kg.ActedIn {
			q = qualSet(q, kg.QualCharacter, rs.name[ch])
			if c.charOf < 0 && c.char >= 0 {
				q[kg.QualCharacter] = styledForm(l.ents[c.char].forms, rs.name[ch])
			}
		}
		var src []kg.Source
		src, srcs = cutSource(srcs, c.src)
		add(kg.Claim{Subject: rs.id[s], Relation: c.rel, Object: rs.id[o], Qualifiers: q, Sources: src})
		if ch >= 0 && c.rel == kg.ActedIn {
			add(kg.Claim{Subject: rs.id[s], Relation: kg.Portrayed, Object: rs.id[ch], Qualifiers: map[string]string{kg.QualFilm: rs.id[o]}, Sources: src})
			add(kg.Claim{Subject: rs.id[ch], Relation: kg.AppearsIn, Object: rs.id[o], Sources: src})
		}
		if (c.rel == kg.SpinOffOf || c.rel == kg.SequelOf || c.rel == kg.PrequelOf) && rs.t.nodes[o].typ == kg.Franchise {
			add(kg.Claim{Subject: rs.id[s], Relation: kg.PartOf, Object: rs.id[o], Sources: src})
		}
	}
	// a film whose title starts with the franchise's name is part of it
	for ei, e := range l.ents {
		if e.typ != kg.Film || e.hypothetical {
			continue // ("Will there be an X 3?": no film to be part of X)
		}
		fr := cl[ei]
		if fr < 0 {
			continue
		}
		for ej, f := range l.ents {
			if f.typ != kg.Franchise {
				continue
			}
			fc := cl[ej]
			if fc < 0 {
				continue
			}
			folds := foldsOf(f.forms)
			for _, form := range e.forms {
				if titleStartsWith(form.fold, folds) || titleStartsWith(articleless(form.fold), folds) {
					add(kg.Claim{Subject: rs.id[fr], Relation: kg.PartOf, Object: rs.id[fc], Sources: []kg.Source{form.src}})
				}
			}
		}
	}
	af.Claims = dedupeClaims(claims, &bufs.dedupe)
	bufs.claims = claims
	slices.SortFunc(af.Entities, compareEntityFacts) // (sort.Slice's algorithm, without reflection)
	bufs.ents = af.Entities
	af.Entities = append(make([]kg.EntityFact, 0, len(af.Entities)), af.Entities...) // (sized exactly: kept until the end)
	return af, merges
}

// foldsOf returns the folded forms.
func foldsOf(forms []formCount) []string {
	ks := make([]string, 0, len(forms))
	for _, f := range forms {
		ks = append(ks, f.fold)
	}
	return ks
}

// mergeSet gathers merges: one per (id, alias, rule), with at most max
// sources each (the first ones in source order; 0 keeps all). Quotes are
// copied, so that no article text is kept.
type mergeSet struct {
	max int
	m   map[[3]string]*Merge
}

func newMergeSet(max int) *mergeSet { return &mergeSet{max: max, m: map[[3]string]*Merge{}} }

// add records the merges of one article.
func (ms *mergeSet) add(merges []Merge) {
	for _, x := range merges {
		k := [3]string{x.ID, x.Alias, x.Rule}
		m := ms.m[k]
		if m == nil {
			m = &Merge{ID: strings.Clone(x.ID), Alias: strings.Clone(x.Alias), Rule: x.Rule, Sources: []kg.Source{}}
			ms.m[k] = m
		}
		for _, s := range x.Sources {
			if ms.max > 0 && len(m.Sources) >= ms.max && !s.Less(m.Sources[len(m.Sources)-1]) {
				continue
			}
			s.Article, s.Quote, s.Date = strings.Clone(s.Article), strings.Clone(s.Quote), strings.Clone(s.Date)
			m.Sources = kg.SortSources(append(m.Sources, s))
			if ms.max > 0 && len(m.Sources) > ms.max {
				m.Sources = m.Sources[:ms.max]
			}
		}
	}
}

// list returns the merges sorted by id, alias and rule.
func (ms *mergeSet) list() []Merge {
	out := make([]Merge, 0, len(ms.m))
	for _, m := range ms.m {
		out = append(out, *m)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.ID != b.ID {
			return a.ID < b.ID
		}
		if a.Alias != b.Alias {
			return a.Alias < b.Alias
		}
		return a.Rule < b.Rule
	})
	return out
}

// resolveGlobal merges the entities of all articles (in article id order)
// and returns the per-article facts with stable ids, and the merges that
// explain aliases (every source kept).
func resolveGlobal(locals []*localResult, known []KnownEntity, workers int) ([]kg.ArticleFacts, []Merge) {
	t := newTable(known)
	for _, l := range locals {
		t.add(l)
	}
	rs := t.resolve()
	out := make([]kg.ArticleFacts, len(locals))
	perArt := make([][]Merge, len(locals))
	parallel(len(locals), workers, func(ai int) {
		out[ai], perArt[ai] = rs.emitArticle(locals[ai])
		locals[ai] = nil // release the article's working data
	})
	ms := newMergeSet(0)
	for _, m := range perArt {
		ms.add(m)
	}
	return out, ms.list()
}

// ruleOf returns the first rule, walking up from node n, that is not a
// plain same-name union.
func (g *resolver) ruleOf(n int) string {
	for {
		if r := g.nodes[n].rule; r != "" && r != "same-name" {
			return r
		}
		if g.nodes[n].parent == n {
			return ""
		}
		n = g.nodes[n].parent
	}
}

// titleStartsWith reports whether a folded title starts with one of the
// franchise names followed by a colon or a sequence number.
func titleStartsWith(title string, names []string) bool {
	for _, n := range names {
		if len(n) < 2 || !strings.HasPrefix(title, n) || len(title) == len(n) {
			continue
		}
		rest := title[len(n):]
		if strings.HasPrefix(rest, ":") {
			return true
		}
		if strings.HasPrefix(rest, " ") {
			// "F 3: ...", "F X", "F 3D", "F Salvation": an entry named
			// after the franchise, not "F and G", "F of the Apes"
			w, _, _ := strings.Cut(strings.TrimSpace(rest), " ")
			if w != "" && !titleJoinWords[strings.TrimSuffix(w, ":")] {
				return true
			}
		}
	}
	return false
}

// articleless returns a folded title without its leading "a " or "an "
// ("a nightmare on x 2: y" is an entry of the franchise "nightmare on
// x"), or "" when it has none. (A leading "the" stays: a franchise named
// without it is most often another name cut short.)
func articleless(title string) string {
	if rest, ok := strings.CutPrefix(title, "a "); ok {
		return rest
	}
	if rest, ok := strings.CutPrefix(title, "an "); ok {
		return rest
	}
	return ""
}

// titleJoinWords after a franchise's name make a title of its own, not an
// entry of the franchise ("F and G", "F of the Apes", "F vs. G").
var titleJoinWords = setOf("and", "&", "of", "in", "vs.", "vs", "versus", "or", "meets", "'s", "is", "was")

// dedupeClaims drops repeated claims and sorts them (its working arrays
// are b's: dedupeScratch).
func dedupeClaims(cs []kg.Claim, b *dedupeScratch) []kg.Claim {
	quals := b.qualKeys(cs)
	cmp := func(i, j int) int {
		a, b := &cs[i], &cs[j]
		if c := claimKeyCompare(a, b, quals[i], quals[j]); c != 0 {
			return c
		}
		sa, sb := &a.Sources[0], &b.Sources[0]
		switch {
		case sa.Sentence != sb.Sentence:
			return sa.Sentence - sb.Sentence
		case sa.Start != sb.Start:
			return sa.Start - sb.Start
		}
		return sa.End - sb.End
	}
	idx := b.order(len(cs))
	slices.SortStableFunc(idx, cmp)
	keep := idx[:0] // (in place: entry n is read before entry len(keep) <= n is written)
	prev := -1
	for _, i := range idx {
		if prev >= 0 && cmp(prev, i) == 0 {
			continue
		}
		prev = i
		keep = append(keep, i)
	}
	out := make([]kg.Claim, len(keep)) // (sized exactly: the claims are kept until the end)
	for n, i := range keep {
		out[n] = cs[i]
	}
	b.done()
	return out
}

// qualSet sets q[k] = v, making q when it is nil, and returns q.
func qualSet(q map[string]string, k, v string) map[string]string {
	if q == nil {
		q = make(map[string]string, 3)
	}
	q[k] = v
	return q
}
