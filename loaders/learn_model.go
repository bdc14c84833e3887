package loaders

import (
	"cmp"
	"crypto/sha256"
	_ "embed"
	"encoding/binary"
	"encoding/hex"
	"math"
	"math/bits"
	"slices"
	"sync"
)

// Re-training (deterministic: the same rules and test articles give the
// same bytes; re-run after any change to the rules or to learn_pairs.go,
// then check the cross-validation, see loaders/internal/trainpairs;
// "go generate -run learn_pairs ./loaders" runs this step alone (the
// training pairs go to a fresh temporary directory, so two retrains at
// once do not collide), as plain
// "go generate ./loaders" also rewrites givennames.txt, which the rules
// read; TestLearnCV, not under -short, checks that training is
// deterministic and whether this file is the one the current rules give):
//
//go:generate sh -c "d=${DOLLAR}(mktemp -d) && trap 'rm -rf \"${DOLLAR}d\"' EXIT && LEARN_DUMP=\"${DOLLAR}d/learn_pairs.txt\" go test -run 'TestLearnDump$' -count=1 . && go run ./internal/trainpairs -in \"${DOLLAR}d/learn_pairs.txt\" -out learn_model.bin"

// The credit classifier's weights (written by loaders/internal/trainpairs):
// "LPM2", then per head (learnNH: adding each type, then dropping each
// type) a float32 scale, bias and threshold, then a uvarint count and, per
// kept feature, the uvarint gap to the previous feature index and one int8
// weight per add head, or per head when some drop head has a threshold
// (weight = int8 * scale). The drop heads are trained only
// with trainpairs -drops; by default their thresholds drop nothing.
//
//go:embed learn_model.bin
var learnModelBin []byte

type learnModel struct {
	scale, bias, thr [learnNH]float32
	w                []int8 // learnDim * learnNT, or * learnNH when some drop head has a threshold
	drops            bool   // some drop head has a threshold
	// LPM3 only: per add head, the most a credit's margin may fall below
	// the best margin of its subject's other candidate objects, and the
	// most credits it adds per article (decision rules chosen inside the
	// training folds like the thresholds)
	margin [learnNT]float32
	cap    [learnNT]int32
	dec    bool // some margin or cap is set
}

var (
	learnOnce   sync.Once
	learnModel0 *learnModel
)

// LearnedModelHash returns the first 16 hex digits of the SHA-256 of the
// learned credit classifier's embedded weights (learn_model.bin), so that
// a load can tell a graph extracted by another model from one extracted by
// this binary's. It cannot fail.
func LearnedModelHash() string {
	h := sha256.Sum256(learnModelBin)
	return hex.EncodeToString(h[:8])
}

// loadLearnModel decodes the embedded model once; nil when there is none.
func loadLearnModel() *learnModel {
	learnOnce.Do(func() { learnModel0 = decodeLearnModel(learnModelBin) })
	return learnModel0
}

func decodeLearnModel(b []byte) *learnModel {
	if len(b) < 4+12*learnNH+8*learnNT || string(b[:3]) != "LPM" || b[3] != '2' && b[3] != '3' {
		return nil
	}
	m := &learnModel{}
	p := 4
	f32 := func() float32 {
		v := math.Float32frombits(binary.LittleEndian.Uint32(b[p:]))
		p += 4
		return v
	}
	for t := 0; t < learnNH; t++ {
		m.scale[t], m.bias[t], m.thr[t] = f32(), f32(), f32()
	}
	for t := 0; t < learnNT; t++ {
		m.margin[t], m.cap[t] = math.MaxFloat32, math.MaxInt32
		if b[3] == '3' {
			m.margin[t] = f32()
			m.cap[t] = int32(binary.LittleEndian.Uint32(b[p:]))
			p += 4
			m.dec = m.dec || m.margin[t] < math.MaxFloat32 || m.cap[t] < math.MaxInt32
		}
	}
	for t := learnNT; t < learnNH; t++ {
		m.drops = m.drops || m.thr[t] > -math.MaxFloat32
	}
	stride := learnNT // the weights kept per feature: the drop heads only when it drops
	if m.drops {
		stride = learnNH
	}
	m.w = make([]int8, learnDim*stride)
	n, k := binary.Uvarint(b[p:])
	p += k
	idx := uint64(0)
	for i := uint64(0); i < n; i++ {
		gap, k := binary.Uvarint(b[p:])
		p += k
		idx += gap
		if idx >= learnDim || p+stride > len(b) {
			return nil
		}
		for t := 0; t < stride; t++ {
			m.w[int(idx)*stride+t] = int8(b[p+t])
		}
		p += stride
	}
	return m
}

// scores returns the model's margin per head from the weight sums acc.
func (m *learnModel) scores(acc *[learnNH]int32) (s [learnNH]float32) {
	for t := range s {
		s[t] = m.bias[t] + m.scale[t]*float32(acc[t])
	}
	return s
}

// learnCredits, only with Options.LearnedCredits (a.learned), adds to r
// the credits the classifier is confident of for pairs the rules credited
// with nothing, each citing the sentence where the pair meets, and drops
// the rules' credits (without a character) it is sure are wrong (when the
// model has drop heads; the committed one has none).
func (a *article) learnCredits(r *localResult) {
	if !a.learned {
		return
	}
	m := loadLearnModel()
	if m == nil {
		return
	}
	var drop []pairCand
	b := learnPool.Get().(*learnBufs)
	defer learnPool.Put(b)
	cands := a.learnCandidates(r, m, false, b)
	if m.dec {
		a.learnDecide(r, m, cands, b)
		return
	}
	for i := range cands {
		c := &cands[i]
		if c.dead {
			continue
		}
		s := m.scores(&c.acc)
		kh := learnKindHeads[c.kind]
		for t := kh[0]; t < kh[1]; t++ {
			if c.rules&(1<<t) != 0 {
				if m.drops && c.rchar&(1<<t) == 0 && s[learnNT+t] < m.thr[learnNT+t] {
					drop = append(drop, pairCand{p: c.p, f: c.f, rules: 1 << t})
				}
				continue
			}
			if c.sent < 0 || c.rules != 0 || s[t] <= m.thr[t] {
				continue
			}
			r.claims = append(r.claims, lclaim{rel: learnTypes[t], subj: c.p, obj: c.f, subjCharOf: -1, char: -1, charOf: -1, src: a.learnedSource(c.sent, s[t])})
		}
	}
	if len(drop) == 0 {
		return
	}
	out := r.claims[:0]
	for _, c := range r.claims {
		keep := true
		for _, d := range drop {
			if c.subj == d.p && c.obj == d.f && c.rel == learnTypes[bits.TrailingZeros16(d.rules)] {
				keep = false
			}
		}
		if keep {
			out = append(out, c)
		}
	}
	r.claims = out
}

// learnDecide adds the credits of a model with decision rules (m.dec; it
// drops nothing): per add head, a candidate the rules credited with
// nothing passes when its margin is above the threshold, at most
// m.margin[t] below the best margin of its subject's other candidates
// for that head, and among the m.cap[t] best margins of the article's.
func (a *article) learnDecide(r *localResult, m *learnModel, cands []pairCand, b *learnBufs) {
	sc := learnGrow(&b.score, len(cands))
	best := learnGrow(&b.best, 2*len(r.ents))
	pass := b.pass[:0]
	for t := 0; t < learnNT; t++ {
		for e := range best {
			best[e] = -math.MaxFloat32
		}
		pass = pass[:0]
		for i := range cands {
			c := &cands[i]
			if c.dead || c.sent < 0 || c.rules != 0 || c.kind != learnTypeKind[t] {
				continue
			}
			v := m.bias[t] + m.scale[t]*float32(c.acc[t])
			sc[i] = v
			b1, b2 := &best[2*c.p], &best[2*c.p+1]
			if v > *b1 {
				*b2, *b1 = *b1, v
			} else if v > *b2 {
				*b2 = v
			}
			if v > m.thr[t] {
				pass = append(pass, int32(i))
			}
		}
		// the best margins first; ties in candidate order
		slices.SortStableFunc(pass, func(x, y int32) int { return cmp.Compare(sc[y], sc[x]) })
		for k, i := range pass {
			c := &cands[i]
			v, other := sc[i], best[2*c.p]
			if v >= other {
				other = best[2*c.p+1]
			}
			if int32(k) >= m.cap[t] || v-other < -m.margin[t] {
				continue
			}
			r.claims = append(r.claims, lclaim{rel: learnTypes[t], subj: c.p, obj: c.f, subjCharOf: -1, char: -1, charOf: -1, src: a.learnedSource(c.sent, v)})
		}
	}
	b.pass = pass
}
