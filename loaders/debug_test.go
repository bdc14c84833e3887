package loaders

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestDebugArticle prints the mentions and claims of the article in
// $FKG_DEBUG (a file path), for sentences containing $FKG_GREP.
func TestDebugArticle(t *testing.T) {
	path := os.Getenv("FKG_DEBUG")
	if path == "" {
		t.Skip("set FKG_DEBUG to an article path")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	in := Input{Text: string(b)}
	in.Article.ID = "dbg"
	a := newArticle(&in)
	r := a.run()
	grep := os.Getenv("FKG_GREP")
	for si, s := range a.sents {
		q := a.text[s.start:s.end]
		if grep != "" && !strings.Contains(q, grep) {
			continue
		}
		fmt.Printf("S%d tc=%v: %s\n", si, s.titleCase, q)
		for mi, m := range a.ments {
			if int(m.sent) == si {
				fmt.Printf("   M%d %q the=%v typ=%s/%d ent=%d fmt=%s world=%s\n", mi, m.text, m.the, m.typ, m.strength, m.ent, m.format, m.world)
			}
		}
		for _, c := range a.claims {
			if int(c.sent) == si {
				fmt.Printf("   C %s %+v %+v char=%+v prop=%s val=%s role=%s\n", c.rel, c.subj, c.obj, c.char, c.prop, c.val, c.role)
			}
		}
	}
	fmt.Println("subject", a.subjectFilm, "series", a.seriesFilm, "franchise", a.franchise)
	if a.subjectFilm >= 0 {
		fmt.Printf("subject key %q\n", a.ents[a.find(int(a.subjectFilm))].key)
	}
	for i, e := range r.ents {
		fmt.Printf("E%d %s %q %v\n", i, e.typ, e.key, e.forms)
	}
	for _, c := range r.claims {
		var prop, val string
		if c.prop != nil {
			prop, val = c.prop.prop, c.prop.val
		}
		fmt.Printf("LC %s %d %d charOf=%d subjCharOf=%d %s=%s\n", c.rel, c.subj, c.obj, c.charOf, c.subjCharOf, prop, val)
	}
}
