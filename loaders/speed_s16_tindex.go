package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// tindex is the table's map (type, name key) → node as one map per entity
// type: a look-up hashes the key alone (the map's string fast path)
// instead of a struct of two strings. Types other than the five entity
// types go to a map on the pair. Never iterated: the order of its maps is
// never seen.
type tindex struct {
	by    [5]map[string]int32 // by typeSlot
	other map[tkey]int32
}

func newTindex() tindex {
	var x tindex
	for i := range x.by {
		x.by[i] = map[string]int32{}
	}
	x.other = map[tkey]int32{}
	return x
}

// typeSlot is typ's map in tindex.by, or -1.
func typeSlot(typ kg.NodeType) int {
	switch typ {
	case kg.Person:
		return 0
	case kg.Character:
		return 1
	case kg.Film:
		return 2
	case kg.Organisation:
		return 3
	case kg.Franchise:
		return 4
	}
	return -1
}

func (x *tindex) get(typ kg.NodeType, key string) (int32, bool) {
	if s := typeSlot(typ); s >= 0 {
		n, ok := x.by[s][key]
		return n, ok
	}
	n, ok := x.other[tkey{typ, key}]
	return n, ok
}

func (x *tindex) set(typ kg.NodeType, key string, n int32) {
	if s := typeSlot(typ); s >= 0 {
		x.by[s][key] = n
		return
	}
	x.other[tkey{typ, key}] = n
}
