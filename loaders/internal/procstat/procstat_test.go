package procstat

import (
	"strings"
	"testing"
)

func TestPeakRSS(t *testing.T) {
	if got := PeakRSS(); !strings.HasSuffix(got, "kB") {
		t.Errorf("PeakRSS() = %q, want a VmHWM value in kB", got)
	}
}

func TestCPUTimeGrows(t *testing.T) {
	before := CPUTime()
	x := 0
	for i := 0; i < 50_000_000; i++ {
		x += i % 7
	}
	if after := CPUTime(); after <= before || x == 0 {
		t.Errorf("CPUTime() went from %v to %v across a busy loop", before, after)
	}
}
