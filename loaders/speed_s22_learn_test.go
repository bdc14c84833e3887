package loaders

import "testing"

// TestLearnObjCodes checks that learnObjCodes are the codes of
// learnObjTypes, in order.
func TestLearnObjCodes(t *testing.T) {
	for i, ot := range learnObjTypes {
		if learnTypeCode(ot) != learnObjCodes[i] {
			t.Errorf("%s: code %d, learnObjCodes has %d", ot, learnTypeCode(ot), learnObjCodes[i])
		}
	}
}

// TestLiveDrops checks which drop heads liveDrops reports able to fire.
func TestLiveDrops(t *testing.T) {
	model := func(thr, bias, scale float32) *learnModel {
		m := &learnModel{drops: true}
		for h := range m.thr {
			m.scale[h], m.bias[h], m.thr[h] = 0.01, 0, -1e9 // (never fires)
		}
		m.scale[learnNT+1], m.bias[learnNT+1], m.thr[learnNT+1] = scale, bias, thr
		return m
	}
	for _, tc := range []struct {
		name string
		m    *learnModel
		live bool
	}{
		{"reachable threshold", model(-5, -10, 1), true},
		{"threshold above the bias", model(0.5, 0, 0.01), true},
		{"unused threshold (-1e9)", model(-1e9, 0, 0.01), false},
		{"threshold below -1e30", model(-2e30, 0, 1e30), false},
		{"huge scale reaches -1e9", model(-1e9, 0, 1e3), true},
		{"no drops", &learnModel{}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			live, any := tc.m.liveDrops()
			if live[1] != tc.live || any != tc.live {
				t.Errorf("live %v (any %v), want %v", live[1], any, tc.live)
			}
		})
	}
	t.Run("committed model", func(t *testing.T) {
		if m := loadLearnModel(); m != nil {
			if _, any := m.liveDrops(); any {
				t.Log("the committed model has a drop head that can fire: its pairs the rules credit are scored")
			}
		}
	})
}
