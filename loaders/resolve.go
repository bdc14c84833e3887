package loaders

import (
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

// gnode is one article's entity in the cross-article resolution.
type gnode struct {
	art    int
	ent    int
	typ    kg.NodeType
	key    string
	parent int
	rule   string // rule of the union that attached this node's group
	known  int    // index into Known, or -1
}

type resolver struct {
	locals []*localResult
	known  []KnownEntity
	nodes  []gnode
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

// resolveGlobal merges the entities of all articles and returns the
// per-article facts with stable ids, and the merges that explain aliases.
func resolveGlobal(locals []*localResult, known []KnownEntity, workers int) ([]kg.ArticleFacts, []Merge) {
	g := &resolver{locals: locals, known: known}
	// known entities first, so that they root their clusters
	knownKeys := map[kg.NodeType]map[string]int{}
	for i, k := range known {
		n := len(g.nodes)
		g.nodes = append(g.nodes, gnode{art: -1, ent: i, typ: k.Type, key: nameKey(k.Name), parent: n, known: i})
		if knownKeys[k.Type] == nil {
			knownKeys[k.Type] = map[string]int{}
		}
		for _, s := range append([]string{k.Name}, k.Aliases...) {
			if _, ok := knownKeys[k.Type][nameKey(s)]; !ok {
				knownKeys[k.Type][nameKey(s)] = n
			}
		}
	}
	first := make([]int, len(locals))
	for ai, r := range locals {
		first[ai] = len(g.nodes)
		for ei, e := range r.ents {
			n := len(g.nodes)
			g.nodes = append(g.nodes, gnode{art: ai, ent: ei, typ: e.typ, key: e.key, parent: n, known: -1})
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
		if g.nodes[n].art < 0 {
			continue
		}
		link(n, g.nodes[n].typ, g.nodes[n].key, "same-name")
	}
	for n := range g.nodes {
		nd := &g.nodes[n]
		if nd.art < 0 {
			continue
		}
		for _, f := range locals[nd.art].ents[nd.ent].forms {
			k := nameKey(f.form)
			if k != nd.key && strings.Contains(k, " ") {
				link(n, nd.typ, k, "alias")
			}
			if nd.typ == kg.Organisation {
				// "Continental Hotel" is "the Continental"
				if i := strings.LastIndexByte(k, ' '); i > 0 && (fictionalOrgNouns[k[i+1:]] != "" || realOrgWords[k[i+1:]]) && k[i+1:] != "films" && k[i+1:] != "pictures" {
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
		nd := &g.nodes[n]
		if nd.art < 0 || !locals[nd.art].ents[nd.ent].conditional {
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
			if o, ok := byID[g.id[r]]; ok {
				g.union(o, r, "same-id")
				merged = true
				continue
			}
			byID[g.id[r]] = r
		}
		if !merged {
			break
		}
	}
	return g.emit(first, workers)
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
		if nd.art < 0 {
			continue
		}
		r := g.find(n)
		if counts[r] == nil {
			counts[r] = map[string]*score{}
		}
		for _, f := range g.locals[nd.art].ents[nd.ent].forms {
			w := f.count * 2
			if isAllCaps(f.form) {
				w = f.count
			}
			s := counts[r][f.form]
			if s == nil {
				s = &score{art: nd.art, first: f.first}
				counts[r][f.form] = s
			}
			s.n += w
			if nd.art < s.art || nd.art == s.art && f.first < s.first {
				s.art, s.first = nd.art, f.first
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
		sort.Slice(forms, func(i, j int) bool {
			a, b := m[forms[i]], m[forms[j]]
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
		g.name[r] = forms[0]
		g.id[r] = kg.ID(g.nodes[r].typ, forms[0])
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
			if len(long) > len(short) && (strings.HasPrefix(long, short+" -") || strings.HasPrefix(long, short+" \u2013")) {
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

// mergeShortForms joins a one-word person or character ("Rooney") to the
// one longer name of that type it starts or ends, when there is exactly one.
func (g *resolver) mergeShortForms(byKey map[kg.NodeType]map[string]int) {
	for _, t := range []kg.NodeType{kg.Person, kg.Character} {
		keys := make([]string, 0, len(byKey[t]))
		for k := range byKey[t] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		long := map[string][]int{} // first or last word → clusters
		for _, k := range keys {
			if !strings.Contains(k, " ") {
				continue
			}
			ws := strings.Fields(k)
			r := g.find(byKey[t][k])
			long[ws[0]] = appendUnique(long[ws[0]], r)
			long[ws[len(ws)-1]] = appendUnique(long[ws[len(ws)-1]], r)
		}
		for _, k := range keys {
			if strings.Contains(k, " ") || len(k) < 3 {
				continue
			}
			if c := long[k]; len(c) == 1 {
				g.union(c[0], byKey[t][k], "short-form")
			}
		}
	}
	// acronyms: "IMF" for "Impossible Missions Force"
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

func appendUnique(l []int, x int) []int {
	for _, y := range l {
		if y == x {
			return l
		}
	}
	return append(l, x)
}

// mergeTypos joins names of one type that differ by one transposed or
// substituted letter in one word of at least five letters ("Gabriel Bryne" →
// "Gabriel Byrne"), unless both spellings occur in one article (two
// people) or the spellings differ in a digit.
func (g *resolver) mergeTypos() {
	type entry struct {
		key  string
		node int
		arts map[int]bool
	}
	byType := map[kg.NodeType]map[string]*entry{}
	for n := range g.nodes {
		nd := &g.nodes[n]
		if nd.art < 0 || !strings.Contains(nd.key, " ") {
			continue
		}
		if byType[nd.typ] == nil {
			byType[nd.typ] = map[string]*entry{}
		}
		e := byType[nd.typ][nd.key]
		if e == nil {
			e = &entry{key: nd.key, node: n, arts: map[int]bool{}}
			byType[nd.typ][nd.key] = e
		}
		e.arts[nd.art] = true
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
					if g.find(a.node) == g.find(c.node) || !typoPair(a.key, c.key) {
						continue
					}
					shared := false
					for art := range a.arts {
						if c.arts[art] {
							shared = true
						}
					}
					if shared {
						continue
					}
					g.union(a.node, c.node, "typo")
				}
			}
		}
	}
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

// emit builds the per-article facts with cluster ids and canonical names.
func (g *resolver) emit(first []int, workers int) ([]kg.ArticleFacts, []Merge) {
	// roots and canonical names are fixed from here on: read-only below, so
	// that articles can be emitted in parallel
	root := make([]int, len(g.nodes))
	for n := range g.nodes {
		root[n] = g.find(n)
		if g.drop[root[n]] {
			root[n] = -1
		}
	}
	rules := make([]string, len(g.nodes))
	for n := range g.nodes {
		rules[n] = g.ruleOf(n)
	}
	clusterOf := func(ai int, e int32) int {
		if e < 0 {
			return -1
		}
		return root[first[ai]+int(e)]
	}
	// characters each person plays, across articles
	plays := map[int]map[int]bool{}
	for ai, l := range g.locals {
		for _, c := range l.claims {
			if c.rel == kg.ActedIn && c.char >= 0 && c.subj >= 0 {
				p, ch := clusterOf(ai, c.subj), clusterOf(ai, c.char)
				if p >= 0 && ch >= 0 {
					if plays[p] == nil {
						plays[p] = map[int]bool{}
					}
					plays[p][ch] = true
				}
			}
		}
	}
	charOf := func(p int) int {
		if len(plays[p]) != 1 {
			return -1
		}
		for ch := range plays[p] {
			return ch
		}
		return -1
	}
	out := make([]kg.ArticleFacts, len(g.locals))
	perArt := make([][]Merge, len(g.locals))
	parallel(len(g.locals), workers, func(ai int) {
		l := g.locals[ai]
		var merges []Merge
		af := kg.ArticleFacts{Article: l.art, Entities: []kg.EntityFact{}, Claims: []kg.Claim{}}
		present := map[int]int{} // cluster → index in af.Entities
		for ei, e := range l.ents {
			r := clusterOf(ai, int32(ei))
			if r < 0 {
				continue
			}
			name := g.name[r]
			if i, ok := present[r]; ok {
				f := &af.Entities[i]
				f.Mentions = kg.SortSources(append(f.Mentions, e.mentions...))
				f.Aliases = mergeAliases(f.Aliases, e.forms, name)
			} else {
				present[r] = len(af.Entities)
				af.Entities = append(af.Entities, kg.EntityFact{ID: g.id[r], Type: e.typ, Name: name,
					Aliases: mergeAliases(nil, e.forms, name), Mentions: append([]kg.Source(nil), e.mentions...)})
			}
			nk := nameKey(name)
			for _, f := range e.forms {
				if nameKey(f.form) == nk {
					continue
				}
				rule := e.rules[f.form]
				if rule == "" {
					rule = rules[first[ai]+ei]
				}
				if rule == "" || rule == "same-name" {
					rule = "alias"
				}
				merges = append(merges, Merge{ID: g.id[r], Alias: f.form, Rule: rule, Sources: e.formSources[f.form]})
			}
		}
		var claims []kg.Claim
		add := func(c kg.Claim) { claims = append(claims, c) }
		for _, c := range l.claims {
			s := clusterOf(ai, c.subj)
			if c.subjCharOf >= 0 {
				s = charOf(clusterOf(ai, c.subjCharOf))
			}
			if s < 0 {
				continue
			}
			if _, ok := present[s]; !ok {
				// a character found through another article: bring it in
				present[s] = len(af.Entities)
				af.Entities = append(af.Entities, kg.EntityFact{ID: g.id[s], Type: g.nodes[s].typ, Name: g.name[s], Mentions: []kg.Source{}})
			}
			if c.rel == "" {
				q := map[string]string{}
				if c.precision != "" {
					q["precision"] = c.precision
				}
				if c.asOf != "" {
					q["asOf"] = c.asOf
				}
				if len(q) == 0 {
					q = nil
				}
				add(kg.Claim{Subject: g.id[s], Property: c.prop, Value: c.val, Qualifiers: q, Sources: []kg.Source{c.src}})
				continue
			}
			o := clusterOf(ai, c.obj)
			if o < 0 || o == s {
				continue
			}
			q := map[string]string{}
			if c.role != "" {
				q[kg.QualRole] = c.role
			}
			if c.job != "" {
				q[kg.QualJob] = c.job
			}
			ch := clusterOf(ai, c.char)
			if c.charOf >= 0 {
				ch = charOf(clusterOf(ai, c.charOf))
				if ch >= 0 {
					if _, ok := present[ch]; !ok {
						present[ch] = len(af.Entities)
						af.Entities = append(af.Entities, kg.EntityFact{ID: g.id[ch], Type: kg.Character, Name: g.name[ch], Mentions: []kg.Source{}})
					}
				}
			}
			if ch >= 0 && c.rel == kg.ActedIn {
				q[kg.QualCharacter] = g.name[ch]
			}
			if len(q) == 0 {
				q = nil
			}
			src := []kg.Source{c.src}
			add(kg.Claim{Subject: g.id[s], Relation: c.rel, Object: g.id[o], Qualifiers: q, Sources: src})
			if ch >= 0 && c.rel == kg.ActedIn {
				add(kg.Claim{Subject: g.id[s], Relation: kg.Portrayed, Object: g.id[ch], Qualifiers: map[string]string{kg.QualFilm: g.id[o]}, Sources: src})
				add(kg.Claim{Subject: g.id[ch], Relation: kg.AppearsIn, Object: g.id[o], Sources: src})
			}
			if (c.rel == kg.SpinOffOf || c.rel == kg.SequelOf || c.rel == kg.PrequelOf) && g.nodes[o].typ == kg.Franchise {
				add(kg.Claim{Subject: g.id[s], Relation: kg.PartOf, Object: g.id[o], Sources: src})
			}
		}
		// a film whose title starts with the franchise's name is part of it
		for ei, e := range l.ents {
			if e.typ != kg.Film {
				continue
			}
			fr := clusterOf(ai, int32(ei))
			if fr < 0 {
				continue
			}
			for ej, f := range l.ents {
				if f.typ != kg.Franchise {
					continue
				}
				fc := clusterOf(ai, int32(ej))
				if fc < 0 {
					continue
				}
				for _, form := range e.forms {
					if titleStartsWith(form.fold, g.allKeys(fc, l, ej)) {
						add(kg.Claim{Subject: g.id[fr], Relation: kg.PartOf, Object: g.id[fc], Sources: e.formSources[form.form][:1]})
					}
				}
			}
		}
		af.Claims = dedupeClaims(claims)
		sort.Slice(af.Entities, func(i, j int) bool {
			if af.Entities[i].ID != af.Entities[j].ID {
				return af.Entities[i].ID < af.Entities[j].ID
			}
			return af.Entities[i].Type < af.Entities[j].Type
		})
		out[ai] = af
		perArt[ai] = merges
		g.locals[ai] = nil // release the article's working data
	})
	var merges []Merge
	for _, m := range perArt {
		merges = append(merges, m...)
	}
	sort.Slice(merges, func(i, j int) bool {
		a, b := merges[i], merges[j]
		if a.ID != b.ID {
			return a.ID < b.ID
		}
		if a.Alias != b.Alias {
			return a.Alias < b.Alias
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		return len(a.Sources) > 0 && len(b.Sources) > 0 && a.Sources[0].Less(b.Sources[0])
	})
	// one merge per (id, alias, rule), sources gathered
	var ms []Merge
	for _, m := range merges {
		if n := len(ms); n > 0 && ms[n-1].ID == m.ID && ms[n-1].Alias == m.Alias && ms[n-1].Rule == m.Rule {
			ms[n-1].Sources = kg.SortSources(append(ms[n-1].Sources, m.Sources...))
			continue
		}
		m.Sources = kg.SortSources(append([]kg.Source(nil), m.Sources...))
		ms = append(ms, m)
	}
	return out, ms
}

// allKeys returns the folded forms of franchise entity ej of article l.
func (g *resolver) allKeys(cluster int, l *localResult, ej int) []string {
	var ks []string
	for _, f := range l.ents[ej].forms {
		ks = append(ks, f.fold)
	}
	return ks
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
			w, _, _ := strings.Cut(strings.TrimSpace(rest), " ")
			if romanOrNumber(w) != "" {
				return true
			}
		}
	}
	return false
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

// mergeAliases adds the forms other than name to aliases, keeping one
// spelling per folded form, sorted.
func mergeAliases(aliases []string, forms []formCount, name string) []string {
	seen := map[string]bool{foldKey(name): true}
	for _, a := range aliases {
		seen[foldKey(a)] = true
	}
	for _, f := range forms {
		if k := f.fold; !seen[k] {
			seen[k] = true
			aliases = append(aliases, f.form)
		}
	}
	sort.Strings(aliases)
	return aliases
}

// dedupeClaims drops repeated claims and sorts them.
func dedupeClaims(cs []kg.Claim) []kg.Claim {
	quals := make([]string, len(cs))
	for i, c := range cs {
		if len(c.Qualifiers) == 0 {
			continue
		}
		qk := make([]string, 0, len(c.Qualifiers))
		for k, v := range c.Qualifiers {
			qk = append(qk, k+"="+v)
		}
		sort.Strings(qk)
		quals[i] = strings.Join(qk, "\x00")
	}
	cmp := func(i, j int) int {
		a, b := &cs[i], &cs[j]
		for _, p := range [][2]string{{string(a.Relation), string(b.Relation)}, {a.Subject, b.Subject}, {a.Object, b.Object},
			{a.Property, b.Property}, {a.Value, b.Value}, {quals[i], quals[j]}} {
			if p[0] != p[1] {
				if p[0] < p[1] {
					return -1
				}
				return 1
			}
		}
		sa, sb := a.Sources[0], b.Sources[0]
		switch {
		case sa.Sentence != sb.Sentence:
			return sa.Sentence - sb.Sentence
		case sa.Start != sb.Start:
			return sa.Start - sb.Start
		}
		return sa.End - sb.End
	}
	idx := make([]int, len(cs))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool { return cmp(idx[i], idx[j]) < 0 })
	out := make([]kg.Claim, 0, len(cs))
	for n, i := range idx {
		if n > 0 && cmp(idx[n-1], i) == 0 {
			continue
		}
		out = append(out, cs[i])
	}
	return out
}
