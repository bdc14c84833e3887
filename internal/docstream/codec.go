package docstream

import (
	"encoding/binary"
	"errors"
	"math"
	"sort"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// The spill records are a compact binary encoding of the facts: unsigned
// varint lengths and counts, signed varint integers, raw string bytes. Map
// entries are written in sorted key order. Decoding returns errCorrupt on
// truncated or malformed data.

var errCorrupt = errors.New("corrupt spill record")

// Record kinds, the first payload byte.
const (
	kindPropClaim = 'c' // a property claim, under its subject's node
	kindEntity    = 'f' // an EntityFact
	kindEdgeClaim = 'e' // a relationship claim
)

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func appendInt(b []byte, i int) []byte { return binary.AppendVarint(b, int64(i)) }

func appendSources(b []byte, src []kg.Source) []byte {
	b = binary.AppendUvarint(b, uint64(len(src)))
	for _, s := range src {
		b = appendString(b, s.Article)
		b = appendInt(b, s.Sentence)
		b = appendInt(b, s.Start)
		b = appendInt(b, s.End)
		b = appendString(b, s.Quote)
		b = appendString(b, s.Date)
		b = appendString(b, s.Method)
		if s.Method != "" { // (a rule's source: one byte more than before)
			b = binary.LittleEndian.AppendUint64(b, math.Float64bits(s.Confidence))
		}
	}
	return b
}

func appendMap(b []byte, m map[string]string) []byte {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	b = binary.AppendUvarint(b, uint64(len(keys)))
	for _, k := range keys {
		b = appendString(b, k)
		b = appendString(b, m[k])
	}
	return b
}

func appendStrings(b []byte, l []string) []byte {
	b = binary.AppendUvarint(b, uint64(len(l)))
	for _, s := range l {
		b = appendString(b, s)
	}
	return b
}

// appendEntity appends the encoding of f.
func appendEntity(b []byte, f *kg.EntityFact) []byte {
	b = appendString(b, f.ID)
	b = appendString(b, string(f.Type))
	b = appendString(b, f.Name)
	b = appendStrings(b, f.Aliases)
	b = appendMap(b, f.Properties)
	return appendSources(b, f.Mentions)
}

// appendClaim appends the encoding of c.
func appendClaim(b []byte, c *kg.Claim) []byte {
	b = appendString(b, c.Subject)
	b = appendString(b, string(c.Relation))
	b = appendString(b, c.Object)
	b = appendString(b, c.Property)
	b = appendString(b, c.Value)
	b = appendMap(b, c.Qualifiers)
	return appendSources(b, c.Sources)
}

// appendConflict appends the encoding of c.
func appendConflict(b []byte, c *kg.Conflict) []byte {
	b = appendString(b, c.Subject)
	b = appendString(b, string(c.Relation))
	b = appendString(b, c.Object)
	b = appendString(b, c.Property)
	b = binary.AppendUvarint(b, uint64(len(c.Values)))
	for _, v := range c.Values {
		b = appendString(b, v.Value)
		b = appendString(b, v.AsOf)
		b = appendSources(b, v.Sources)
	}
	return b
}

// decoder reads an encoding; the first error sticks and zero values are
// returned after it.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) uint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err = errCorrupt
		return 0
	}
	d.b = d.b[n:]
	return v
}

// count reads a count of items of at least min bytes each, refusing counts
// the remaining bytes cannot hold.
func (d *decoder) count(min int) int {
	v := d.uint()
	if v > uint64(len(d.b)/min) {
		d.err = errCorrupt
		return 0
	}
	return int(v)
}

func (d *decoder) int() int {
	if d.err != nil {
		return 0
	}
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.err = errCorrupt
		return 0
	}
	d.b = d.b[n:]
	return int(v)
}

func (d *decoder) string() string {
	n := d.uint()
	if d.err != nil || n > uint64(len(d.b)) {
		if d.err == nil {
			d.err = errCorrupt
		}
		return ""
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}

func (d *decoder) sources() []kg.Source {
	n := d.count(7)
	out := make([]kg.Source, n)
	for i := range out {
		out[i] = kg.Source{Article: d.string(), Sentence: d.int(), Start: d.int(), End: d.int(), Quote: d.string(), Date: d.string(),
			Method: d.string()}
		if out[i].Method != "" {
			out[i].Confidence = d.float()
		}
	}
	return out
}

// float reads 8 bytes little-endian as a float64.
func (d *decoder) float() float64 {
	if d.err != nil {
		return 0
	}
	if len(d.b) < 8 {
		if d.err == nil {
			d.err = errCorrupt
		}
		return 0
	}
	v := math.Float64frombits(binary.LittleEndian.Uint64(d.b))
	d.b = d.b[8:]
	return v
}

// strmap returns nil for an empty map.
func (d *decoder) strmap() map[string]string {
	n := d.count(2)
	if n == 0 {
		return nil
	}
	m := make(map[string]string, n)
	for i := 0; i < n; i++ {
		k := d.string()
		m[k] = d.string()
	}
	return m
}

// strs returns nil for an empty list.
func (d *decoder) strs() []string {
	n := d.count(1)
	if n == 0 {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = d.string()
	}
	return out
}

func (d *decoder) done() error {
	if d.err == nil && len(d.b) != 0 {
		d.err = errCorrupt
	}
	return d.err
}

// decodeEntity decodes an appendEntity encoding.
func decodeEntity(b []byte) (kg.EntityFact, error) {
	d := decoder{b: b}
	f := kg.EntityFact{ID: d.string(), Type: kg.NodeType(d.string()), Name: d.string(), Aliases: d.strs(), Properties: d.strmap(), Mentions: d.sources()}
	return f, d.done()
}

// decodeClaim decodes an appendClaim encoding.
func decodeClaim(b []byte) (kg.Claim, error) {
	d := decoder{b: b}
	c := kg.Claim{Subject: d.string(), Relation: kg.RelType(d.string()), Object: d.string(), Property: d.string(), Value: d.string(),
		Qualifiers: d.strmap(), Sources: d.sources()}
	return c, d.done()
}

// decodeConflict decodes an appendConflict encoding.
func decodeConflict(b []byte) (kg.Conflict, error) {
	d := decoder{b: b}
	c := kg.Conflict{Subject: d.string(), Relation: kg.RelType(d.string()), Object: d.string(), Property: d.string()}
	c.Values = make([]kg.ConflictValue, d.count(3))
	for i := range c.Values {
		c.Values[i] = kg.ConflictValue{Value: d.string(), AsOf: d.string(), Sources: d.sources()}
	}
	return c, d.done()
}

// appendKeyPart appends s to a sort key so that keys compare, byte by
// byte, as the tuples of their parts: 0x00 is escaped as 0x00 0xFF and each
// part ends with 0x00 0x01.
func appendKeyPart(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == 0 {
			b = append(b, 0, 0xFF)
		} else {
			b = append(b, c)
		}
	}
	return append(b, 0, 1)
}
