package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// QIDMap maps franchisekg entity ids to Wikidata item ids (Q42).
type QIDMap map[string]string

var qidRE = regexp.MustCompile(`^Q[1-9][0-9]*$`)

// LoadQIDMap reads an editor's mapping file: a JSON object {"person:x":
// "Q42", ...}, or lines "id<TAB or , or space>QID" with blank lines and
// "#" comments allowed. It returns one line naming the file, the line and
// the problem (not a QID, unknown id type, duplicate id) wrapping
// kg.ErrInvalidInput.
func LoadQIDMap(path string) (QIDMap, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("qid map %s: %v: %w", path, unwrapPathErr(err), kg.ErrInvalidInput)
	}
	m := QIDMap{}
	check := func(where, id, q string) error {
		if kg.TypeOfID(id) == "" || kg.TypeOfID(id) == kg.ArticleType {
			return fmt.Errorf("qid map %s%s: %q is not an entity id such as person:ana-de-armas: %w", path, where, id, kg.ErrInvalidInput)
		}
		if !qidRE.MatchString(q) {
			return fmt.Errorf("qid map %s%s: %q is not a Wikidata item id such as Q42: %w", path, where, q, kg.ErrInvalidInput)
		}
		if _, dup := m[id]; dup {
			return fmt.Errorf("qid map %s%s: %q is mapped twice: %w", path, where, id, kg.ErrInvalidInput)
		}
		m[id] = q
		return nil
	}
	if t := bytes.TrimSpace(b); len(t) > 0 && t[0] == '{' {
		var raw map[string]string
		if err := json.Unmarshal(t, &raw); err != nil {
			return nil, fmt.Errorf("qid map %s: not a JSON object of id to QID strings: %v: %w", path, err, kg.ErrInvalidInput)
		}
		for _, id := range sortedKeys(toSetKeys(raw)) {
			if err := check("", id, raw[id]); err != nil {
				return nil, err
			}
		}
		return m, nil
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.FieldsFunc(line, func(r rune) bool { return r == '\t' || r == ',' || r == ' ' })
		if len(f) != 2 {
			return nil, fmt.Errorf("qid map %s line %d: want \"<id> <QID>\", got %q: %w", path, n, line, kg.ErrInvalidInput)
		}
		if err := check(fmt.Sprintf(" line %d", n), f[0], f[1]); err != nil {
			return nil, err
		}
	}
	return m, nil
}

func toSetKeys(m map[string]string) map[string]bool {
	out := make(map[string]bool, len(m))
	for k := range m {
		out[k] = true
	}
	return out
}
