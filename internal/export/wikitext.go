package export

import (
	"bufio"
	"context"
	"fmt"
	"net/url"
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

func init() {
	registerFormat(&Format{Name: "wikitext", Ext: ".wiki", ContentType: "text/plain; charset=utf-8", write: writeWikitext})
}

// render returns the page's wikitext: the infobox, a cast section for a
// film, and the references. Every value carries a named <ref> per article
// that states it: the first use defines it with the cite template, later
// uses are <ref name="..." />. A disputed field shows every value with its
// own refs after an HTML comment naming the dispute; a learned credit is
// followed by an HTML comment saying it is machine-inferred. It fills
// p.Citations.
func (b *pageBuilder) render(p *Page) string {
	var w strings.Builder
	defined := map[string]bool{}
	ref := func(names []string) string {
		var s strings.Builder
		for _, n := range names {
			if defined[n] {
				fmt.Fprintf(&s, `<ref name="%s" />`, n)
				continue
			}
			defined[n] = true
			c := b.citation(n)
			p.Citations = append(p.Citations, c)
			fmt.Fprintf(&s, `<ref name="%s">{{%s`, n, b.profile.Cite.Template)
			for _, fp := range b.profile.Cite.fieldList(CiteFields) {
				v := map[string]string{"title": c.Title, "date": c.Date, "work": c.Work, "url": c.URL}[fp[0]]
				fmt.Fprintf(&s, " |%s=%s", fp[1], wikiEsc(v))
			}
			s.WriteString("}}</ref>")
		}
		return s.String()
	}
	value := func(v PageValue) string {
		t := wikiEsc(v.Text)
		if v.ID != "" {
			t = "[[" + t + "]]"
		}
		if v.Note != "" && v.ID != "" {
			t += " (" + wikiEsc(v.Note) + ")"
		}
		t += ref(v.Refs)
		if v.Learned {
			t += " " + learnedComment
		}
		return t
	}
	fmt.Fprintf(&w, "{{%s\n", p.Template)
	for _, f := range p.Fields {
		fmt.Fprintf(&w, "| %s = ", f.Param)
		switch {
		case f.Field == "released" && len(f.Values) > 0:
			var vs []string
			for _, v := range f.Values {
				vs = append(vs, filmDate(v.Text)+ref(v.Refs))
			}
			if f.Disputed {
				w.WriteString("<!-- disputed: sources disagree on the release date; every stated value is shown with its source -->")
			}
			w.WriteString(strings.Join(vs, "<br />"))
		case f.Field == "name":
			w.WriteString(wikiEsc(f.Values[0].Text))
		case len(f.Values) > 1:
			w.WriteString("{{Plainlist|\n")
			for _, v := range f.Values {
				w.WriteString("* " + value(v) + "\n")
			}
			w.WriteString("}}")
		case len(f.Values) == 1:
			w.WriteString(value(f.Values[0]))
		}
		w.WriteString("\n")
	}
	w.WriteString("}}\n")
	fmt.Fprintf(&w, "'''%s'''\n", wikiEsc(p.Title))
	if p.Type == string(kg.Film) {
		fmt.Fprintf(&w, "\n== %s ==\n", b.profile.CastHeading)
		for _, c := range p.Cast {
			fmt.Fprintf(&w, "* [[%s]]", wikiEsc(c.Actor))
			if len(c.Characters) == 0 {
				w.WriteString(ref(c.Refs))
			}
			for i, ch := range c.Characters {
				if i == 0 {
					w.WriteString(" as ")
				} else {
					w.WriteString(" or ")
				}
				w.WriteString(wikiEsc(ch.Text) + ref(ch.Refs))
			}
			if c.Disputed {
				w.WriteString(" <!-- disputed: sources disagree on the character; every stated value is shown with its source -->")
			}
			if c.Learned {
				w.WriteString(" " + learnedComment)
			}
			w.WriteString("\n")
		}
	}
	fmt.Fprintf(&w, "\n== %s ==\n{{%s}}\n", b.profile.ReferencesHeading, b.profile.Reflist)
	return w.String()
}

// learnedComment follows a credit only the learned credit classifier found.
const learnedComment = "<!-- machine-inferred: no sentence states this credit; the learned credit classifier guessed it from the cited sentence, check it before keeping it -->"

// citation returns the citation of the article behind a ref name.
func (b *pageBuilder) citation(name string) Citation {
	id := strings.TrimPrefix(name, "fk-")
	c := Citation{Name: name, Article: id, Title: id}
	if a := b.articles[id]; a != nil {
		if a.Title != "" {
			c.Title = a.Title
		}
		c.Date, c.URL = a.Date, a.URL
		if u, err := url.Parse(a.URL); err == nil && u.Host != "" {
			c.Work = strings.TrimPrefix(u.Host, "www.")
		}
	}
	return c
}

// filmDate renders an ISO date with {{Film date}} (year, month or day
// precision), anything else as escaped text.
func filmDate(v string) string {
	switch kg.DatePrecision(v) {
	case "year":
		return "{{Film date|" + v + "}}"
	case "month":
		return "{{Film date|" + v[:4] + "|" + v[5:7] + "}}"
	case "day":
		return "{{Film date|" + v[:4] + "|" + v[5:7] + "|" + v[8:10] + "}}"
	}
	return wikiEsc(v)
}

// wikiEsc makes text safe inside template parameters and links.
var wikiEscaper = strings.NewReplacer("|", "&#124;", "{", "&#123;", "}", "&#125;", "[", "&#91;", "]", "&#93;",
	"<", "&lt;", ">", "&gt;", "=", "&#61;", "'''", "&#39;&#39;&#39;", "''", "&#39;&#39;", "\n", " ")

func wikiEsc(s string) string { return wikiEscaper.Replace(s) }

// writeWikitext writes a page for every selected film and character (the
// named ones only with --id): snippets (default), one JSON object per page
// (form json: JSON Lines on a stream), or a pagefromfile bundle. With a
// directory target, snippets and json write one file per page named after
// the page id.
func writeWikitext(ctx context.Context, r Reader, sel *Selection, o *Options, t Target) error {
	prof := o.Profile
	if prof == nil {
		prof = WikipediaProfile()
	}
	b := &pageBuilder{r: r, profile: prof, articles: map[string]*kg.Article{}, titles: map[string]string{}}
	pages := &Selection{All: sel.All, IDs: sel.Pages}
	// pass 1: page titles, disambiguated when two pages share a name
	var ids []string
	byName := map[string][]string{}
	types := map[string]*kg.Node{}
	err := r.Nodes(ctx, pages, func(n *kg.Node) error {
		if n.Type != kg.Film && n.Type != kg.Character {
			return nil
		}
		ids = append(ids, n.ID)
		byName[n.Name] = append(byName[n.Name], n.ID)
		types[n.ID] = &kg.Node{ID: n.ID, Type: n.Type, Name: n.Name, Properties: n.Properties}
		return nil
	})
	if err != nil {
		return err
	}
	for name, same := range byName {
		for _, id := range same {
			b.titles[id] = name
			if len(same) > 1 {
				b.titles[id] = name + " (" + pageKind(types[id]) + ")"
			}
		}
	}
	form := o.Form
	if form == "" {
		form = "snippets"
	}
	var bw *bufio.Writer
	if t.Dir == nil || form == "pagefromfile" {
		if t.W == nil {
			return fmt.Errorf("wikitext form %s writes one stream: give a file, not a directory: %w", form, kg.ErrInvalidInput)
		}
		bw = bufio.NewWriterSize(t.W, 64<<10)
		if form == "pagefromfile" {
			fmt.Fprintf(bw, "franchisekg pages for pywikibot: python pwb.py pagefromfile -file:THIS_FILE -notitle\n(the '''title''' line opening each page names it; -notitle keeps that line out of the page)\n\n")
		}
	}
	// the conflicts touching a page (a cast dispute's subject is the actor)
	conflicts := map[string][]*kg.Conflict{}
	want := toSet(ids)
	err = r.Conflicts(ctx, &Selection{All: true}, func(c *kg.Conflict) error {
		if want[c.Subject] || want[c.Object] {
			cc := *c
			conflicts[c.Subject] = append(conflicts[c.Subject], &cc)
			if c.Object != "" && c.Object != c.Subject {
				conflicts[c.Object] = append(conflicts[c.Object], &cc)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	// pass 2: pages in id order, built in batches of incident edges
	const batch = 200
	for i := 0; i < len(ids); i += batch {
		chunk := ids[i:min(i+batch, len(ids))]
		edges := map[string][]*kg.Edge{}
		err := r.Incident(ctx, chunk, func(e *kg.Edge) error {
			c := *e
			edges[e.From] = append(edges[e.From], &c)
			if e.To != e.From {
				edges[e.To] = append(edges[e.To], &c)
			}
			return nil
		})
		if err != nil {
			return err
		}
		chunkSel := &Selection{IDs: chunk}
		err = r.Nodes(ctx, chunkSel, func(n *kg.Node) error {
			p, err := b.build(ctx, n, edges[n.ID], conflicts[n.ID])
			if err != nil {
				return err
			}
			return emitPage(p, form, bw, t.Dir)
		})
		if err != nil {
			return err
		}
	}
	if bw != nil {
		return bw.Flush()
	}
	return nil
}

func pageKind(n *kg.Node) string {
	if n.Type == kg.Film {
		if contains(values(n.Properties[kg.PropFormat]), kg.FormatSeries) {
			return "TV series"
		}
		return "film"
	}
	return "character"
}

// pageFile is the file name of a page in a directory target.
func pageFile(id, ext string) string { return strings.ReplaceAll(id, ":", "_") + ext }

func emitPage(p *Page, form string, bw *bufio.Writer, dir Sink) error {
	switch form {
	case "json":
		b, err := marshalNoEscape(p)
		if err != nil {
			return err
		}
		if bw != nil {
			bw.Write(b)
			return bw.WriteByte('\n')
		}
		f, err := dir.Create(pageFile(p.ID, ".json"))
		if err != nil {
			return err
		}
		_, err = f.Write(append(b, '\n'))
		return err
	case "pagefromfile":
		fmt.Fprintf(bw, "{{-start-}}\n'''%s'''\n%s{{-stop-}}\n", p.Title, p.Wikitext)
		return nil
	}
	if bw != nil {
		fmt.Fprintf(bw, "<!-- franchisekg page %s: %s -->\n%s\n", p.ID, strings.ReplaceAll(p.Title, "--", "- -"), p.Wikitext)
		return nil
	}
	f, err := dir.Create(pageFile(p.ID, ".wiki"))
	if err != nil {
		return err
	}
	_, err = f.Write([]byte(p.Wikitext))
	return err
}
