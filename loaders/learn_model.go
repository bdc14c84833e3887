package loaders

import (
	"crypto/sha256"
	_ "embed"
	"encoding/binary"
	"encoding/hex"
	"math"
	"math/bits"
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
	if len(b) < 4+12*learnNT || string(b[:4]) != "LPM2" {
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
