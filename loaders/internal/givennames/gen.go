// Command givennames writes loaders/givennames.txt, the given-names
// gazetteer of the extractor: one sorted, lower-cased first name a line.
//
// Provenance and licences of the sources (read from unpacked copies whose
// paths are flags; nothing is fetched):
//
//   - US Census Bureau, 1990 census name files dist.male.first and
//     dist.female.first (public domain, a work of the US government), as
//     shipped by the PyPI package "names" 0.3.0 (MIT, Trey Hunner):
//     pip download --no-deps -d /tmp/names names==0.3.0, then unpack
//     names-0.3.0.tar.gz; flag -census is its names/ directory.
//   - The npm package "human-names" 1.0.13 (MIT, Copyright (c) 2015
//     Alessandro Minoccheri): male and female first names for en, de, es,
//     fr, it and nl; cd /tmp/names && npm pack human-names@1.0.13, then
//     unpack the .tgz; flag -human is its package/data directory.
//   - A Debian English word list (package wamerican, /usr/share/dict/words;
//     public-domain SCOWL word lists): flag -dict.
//
// A name is left out when its lower-case form
//   - is a dictionary word that the dictionary also writes in lower case
//     ("will", "may", "june", "grace", "hope", "rose", "mark", "bill",
//     "chase", "hunter", "guy", "star", "page", "young", "price", "rich"):
//     such a word opens a capitalised run in a headline or after a full stop
//     as often as it names someone, unless it is one of the very common
//     names listed in keepWords;
//   - is a string literal of the extractor's package-level word lists
//     (every loaders/*.go file that is not a test: commonWords, months,
//     weekdays, role words, film/series/franchise nouns, organisation words,
//     particles, honorifics...), parsed from flag -lexicon;
//   - is in extraDrop (words the dictionary writes capitalised only that
//     head non-person names in film news: places, brands, holidays);
//   - is not a plain word (letters, with at most inner hyphens or
//     apostrophes) or has fewer than two letters.
//
// Run by go generate in loaders/ (see givennames.go):
//
//	go run ./internal/givennames -census DIR -human DIR -dict FILE -lexicon . -o givennames.txt
//
// With -world it writes the world list instead (world.go):
//
//	go run ./internal/givennames -world DIR -base givennames.txt -dict FILE -lexicon . -o givennames_world.txt
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// keepWords are very common given names that the dictionary also lists as
// lower-case words but that, capitalised and followed by a surname, name a
// person far more often than anything else in film news.
var keepWords = []string{
	"john", "peter", "jack", "harry", "tom", "mike", "martin", "tony", "jimmy", "bobby", "billy", "terry",
	"roger", "frank", "victor", "randy", "chad", "troy", "warren", "derrick", "hector", "rick", "brad",
	"ken", "bob", "nick", "matt", "josh", "drew", "lee", "ray", "jay", "gene", "ed", "pat",
	"maria", "carol", "heather", "bonnie", "sally", "sherry", "colleen", "patsy", "viola", "sandy", "patty",
}

// extraDrop are names whose place, brand or holiday sense opens more
// capitalised runs in film news than the name does ("Paris Fashion Week",
// "Hollywood Reporter", "Amazon Prime Video", "Easter Sunday"), though the
// dictionary writes them capitalised only. Names that are mostly people
// there stay ("Florence Pullan", "Dakota Jansen", "Jordan Pellow").
var extraDrop = []string{
	"asia", "africa", "europe", "christmas", "easter", "paris", "london", "georgia", "carolina",
	"india", "china", "israel", "brooklyn", "chelsea", "boston", "dallas", "houston", "phoenix",
	"denver", "vegas", "hollywood", "disney", "marvel", "netflix", "apple", "amazon", "mercedes",
	"porsche", "tesla", "toyota", "jersey", "holland", "kent", "devon", "warner",
}

func main() {
	census := flag.String("census", "", "directory holding dist.male.first and dist.female.first (PyPI names 0.3.0, names/)")
	human := flag.String("human", "", "directory holding the *-human-names-*.json files (npm human-names 1.0.13, package/data)")
	dict := flag.String("dict", "/usr/share/dict/words", "English word list, one word a line")
	lexicon := flag.String("lexicon", ".", "the loaders package directory, whose word lists are left out")
	out := flag.String("o", "givennames.txt", "output file")
	world := flag.String("world", "", "the unzipped wheel of PyPI Faker 40.63.0: write the world list instead (world.go)")
	base := flag.String("base", "givennames.txt", "with -world: the main list, whose names the world list leaves out")
	flag.Parse()
	var err error
	if *world != "" {
		err = runWorld(*world, *base, *dict, *lexicon, *out)
	} else {
		err = run(*census, *human, *dict, *lexicon, *out)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "givennames:", err)
		os.Exit(1)
	}
}

// run builds the list and writes it to out; it returns the first read,
// parse or write error.
func run(census, human, dict, lexicon, out string) error {
	if census == "" || human == "" {
		return errors.New("-census and -human are required")
	}
	names := map[string]bool{}
	for _, f := range []string{"dist.male.first", "dist.female.first"} {
		if err := readCensus(filepath.Join(census, f), names); err != nil {
			return err
		}
	}
	files, err := filepath.Glob(filepath.Join(human, "*-human-names-*.json"))
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("%s: no *-human-names-*.json files", human)
	}
	sort.Strings(files)
	for _, f := range files {
		if err := readJSON(f, names); err != nil {
			return err
		}
	}
	words, err := lowerWords(dict)
	if err != nil {
		return err
	}
	lex, err := lexiconWords(lexicon)
	if err != nil {
		return err
	}
	keep := map[string]bool{}
	for _, w := range keepWords {
		keep[w] = true
	}
	for _, w := range extraDrop {
		lex[w] = true
	}
	var list []string
	var byDict, byLex int
	for n := range names {
		switch {
		case lex[n]:
			byLex++
		case words[n] && !keep[n]:
			byDict++
		default:
			list = append(list, n)
		}
	}
	sort.Strings(list)
	var b strings.Builder
	fmt.Fprintf(&b, "# Given names (lower case, sorted), generated by loaders/internal/givennames; do not edit.\n")
	fmt.Fprintf(&b, "# Sources: US Census 1990 first names (public domain, via PyPI names 0.3.0),\n")
	fmt.Fprintf(&b, "# npm human-names 1.0.13 (MIT, (c) 2015 Alessandro Minoccheri). %d names read,\n", len(names))
	fmt.Fprintf(&b, "# %d left out as lower-case dictionary words, %d as extractor lexicon words.\n", byDict, byLex)
	for _, n := range list {
		b.WriteString(n)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "givennames: %d names read, %d dictionary words and %d lexicon words left out, %d written to %s\n",
		len(names), byDict, byLex, len(list), out)
	return nil
}

// add lower-cases name and adds it to names when it is a plain word of two
// or more letters.
func add(names map[string]bool, name string) {
	n := strings.ToLower(strings.TrimSpace(name))
	letters := 0
	for i, r := range n {
		switch {
		case unicode.IsLetter(r):
			letters++
		case (r == '-' || r == '\'') && i > 0 && i < len(n)-1:
		default:
			return
		}
	}
	if letters >= 2 {
		names[n] = true
	}
}

// readCensus adds the first field of every line of a census name file.
func readCensus(path string, names map[string]bool) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		if fs := strings.Fields(sc.Text()); len(fs) > 0 {
			add(names, fs[0])
			n++
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if n == 0 {
		return fmt.Errorf("%s: no names", path)
	}
	return nil
}

// readJSON adds the names of a JSON array of strings.
func readJSON(path string, names map[string]bool) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var list []string
	if err := json.Unmarshal(b, &list); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	for _, n := range list {
		add(names, n)
	}
	return nil
}

// lowerWords returns the entries of a word list that start with a
// lower-case letter (possessive forms left out).
func lowerWords(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	words := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if w == "" || strings.HasSuffix(w, "'s") {
			continue
		}
		if r := []rune(w)[0]; unicode.IsLower(r) {
			words[w] = true
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(words) == 0 {
		return nil, fmt.Errorf("%s: no lower-case words", path)
	}
	return words, nil
}

// lexiconWords returns the lower-case single-word string literals of the
// package-level declarations of the non-test Go files in dir (the
// extractor's word lists).
func lexiconWords(dir string) (map[string]bool, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	fset := token.NewFileSet()
	words := map[string]bool{}
	for _, path := range files {
		if strings.HasSuffix(path, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.VAR {
				continue
			}
			ast.Inspect(g, func(n ast.Node) bool {
				lit, ok := n.(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					return true
				}
				if s, err := strconv.Unquote(lit.Value); err == nil && s != "" && !strings.ContainsAny(s, " ") && s == strings.ToLower(s) {
					words[s] = true
				}
				return true
			})
		}
	}
	if len(words) == 0 {
		return nil, fmt.Errorf("%s: no word lists found", dir)
	}
	return words, nil
}
