// Package procstat reads the process's own resource use, for the memory and
// throughput measurements of the loaders (gated tests and cmd memrun).
package procstat

import (
	"os"
	"strings"
	"syscall"
	"time"
)

// PeakRSS returns the VmHWM value of /proc/self/status ("206112 kB"), or
// "unknown" with the reason when it cannot be read.
func PeakRSS() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "unknown (" + err.Error() + ")"
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			return strings.TrimSpace(v)
		}
	}
	return "unknown"
}

// CPUTime returns the user and system CPU time of the process, or 0 when
// getrusage fails.
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
