package export

import (
	"fmt"
	"os"
	"strings"

	"github.com/goccy/go-yaml"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// Profile names the templates and template parameters a wiki uses.
// Wikipedia's is the default; a Fandom wiki supplies its own as a small
// JSON or YAML file (see testdata/profiles/fandom.yaml). Omitted entries
// keep Wikipedia's values; a field mapped to "" is left out.
type Profile struct {
	Name      string          `yaml:"name" json:"name"`
	Film      TemplateProfile `yaml:"film" json:"film"`
	Character TemplateProfile `yaml:"character" json:"character"`
	// Cite is the citation template and its parameters (title, date, work, url).
	Cite TemplateProfile `yaml:"cite" json:"cite"`
	// Reflist is the template that lists the references.
	Reflist string `yaml:"reflist" json:"reflist"`
	// Headings of the page sections.
	CastHeading       string `yaml:"castHeading" json:"castHeading"`
	ReferencesHeading string `yaml:"referencesHeading" json:"referencesHeading"`
}

// TemplateProfile is one template: its name and, for each franchisekg
// field, the template's parameter name.
type TemplateProfile struct {
	Template string            `yaml:"template" json:"template"`
	Fields   map[string]string `yaml:"fields" json:"fields"`
}

// The franchisekg fields of each template, in infobox order.
var (
	FilmFields      = []string{"name", "director", "writer", "producer", "starring", "studio", "distributor", "released"}
	CharacterFields = []string{"name", "portrayer", "affiliation", "first"}
	CiteFields      = []string{"title", "date", "work", "url"}
)

// WikipediaProfile returns English Wikipedia's templates and fields.
func WikipediaProfile() *Profile {
	ident := func(fs []string) map[string]string {
		m := map[string]string{}
		for _, f := range fs {
			m[f] = f
		}
		return m
	}
	ch := ident(CharacterFields)
	ch["first"] = "first"
	return &Profile{
		Name:              "wikipedia",
		Film:              TemplateProfile{Template: "Infobox film", Fields: ident(FilmFields)},
		Character:         TemplateProfile{Template: "Infobox character", Fields: ch},
		Cite:              TemplateProfile{Template: "cite news", Fields: ident(CiteFields)},
		Reflist:           "Reflist",
		CastHeading:       "Cast",
		ReferencesHeading: "References",
	}
}

// LoadProfile reads a profile from a JSON or YAML file and completes it
// with Wikipedia's values. It returns one line naming the file and the
// problem (unreadable, malformed, unknown key or field) wrapping
// kg.ErrInvalidInput.
func LoadProfile(path string) (*Profile, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("profile %s: %v: %w", path, unwrapPathErr(err), kg.ErrInvalidInput)
	}
	var p Profile
	if err := yaml.UnmarshalWithOptions(b, &p, yaml.DisallowUnknownField()); err != nil {
		return nil, fmt.Errorf("profile %s: %s: %w", path, firstLine(err.Error()), kg.ErrInvalidInput)
	}
	def := WikipediaProfile()
	for _, t := range []struct {
		name   string
		got    *TemplateProfile
		def    TemplateProfile
		fields []string
	}{{"film", &p.Film, def.Film, FilmFields}, {"character", &p.Character, def.Character, CharacterFields}, {"cite", &p.Cite, def.Cite, CiteFields}} {
		for k := range t.got.Fields {
			if !contains(t.fields, k) {
				return nil, fmt.Errorf("profile %s: %s field %q: unknown, use %s: %w", path, t.name, k, strings.Join(t.fields, ", "), kg.ErrInvalidInput)
			}
		}
		if t.got.Template == "" {
			t.got.Template = t.def.Template
		}
		if t.got.Fields == nil {
			t.got.Fields = map[string]string{}
		}
		for _, f := range t.fields {
			if _, ok := t.got.Fields[f]; !ok {
				t.got.Fields[f] = t.def.Fields[f]
			}
		}
	}
	if p.Name == "" {
		p.Name = path
	}
	if p.Reflist == "" {
		p.Reflist = def.Reflist
	}
	if p.CastHeading == "" {
		p.CastHeading = def.CastHeading
	}
	if p.ReferencesHeading == "" {
		p.ReferencesHeading = def.ReferencesHeading
	}
	return &p, nil
}

// fieldList returns the template's (franchisekg field, parameter) pairs in
// order, leaving out fields mapped to "".
func (t TemplateProfile) fieldList(order []string) [][2]string {
	var out [][2]string
	for _, f := range order {
		if p := t.Fields[f]; p != "" {
			out = append(out, [2]string{f, p})
		}
	}
	return out
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return s
}

func unwrapPathErr(err error) string {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err.Error()
	}
	return err.Error()
}
