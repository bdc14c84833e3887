package devdb

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

const (
	pidFile    = "launcher.pid"
	stdoutFile = "launcher.out"
	stderrFile = "launcher.err"
)

// Status describes the local Neo4j.
type Status struct {
	Running bool
	PID     int
	URI     string
}

// readPID returns the launcher pid recorded in dataDir, or 0.
func readPID(dataDir string) int {
	b, err := os.ReadFile(filepath.Join(dataDir, pidFile))
	if err != nil {
		return 0
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil {
		return 0
	}
	return pid
}

// alive reports whether a process with this pid exists and is not a zombie.
func alive(pid int) bool {
	if pid <= 0 {
		return false
	}
	if err := syscall.Kill(pid, 0); err != nil {
		return false
	}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err == nil {
		// field 3 is the state; Z = zombie
		if i := strings.LastIndexByte(string(b), ')'); i > 0 && i+2 < len(b) && b[i+2] == 'Z' {
			return false
		}
	}
	return true
}

// portOpen reports whether something accepts TCP connections on the port.
func portOpen(port int) bool {
	c, err := net.DialTimeout("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)), 500*time.Millisecond)
	if err != nil {
		return false
	}
	c.Close()
	return true
}

// GetStatus reports whether the local Neo4j of o runs.
func GetStatus(o Options) Status {
	dir, _ := filepath.Abs(o.DataDir)
	pid := readPID(dir)
	st := Status{PID: pid, URI: o.URI()}
	st.Running = alive(pid) && portOpen(o.Port)
	return st
}

// Start builds the launcher if needed, starts the local Neo4j in the
// background and waits until Bolt answers. It returns the Bolt URI. It is a
// no-op returning the URI when this data directory's Neo4j already runs on
// the port. It fails with one line when the port is taken by another
// process, Java or Maven is missing, or Neo4j does not come up in time.
func Start(ctx context.Context, o Options) (string, error) {
	o.defaults()
	if len(o.Password) < 8 {
		return "", fmt.Errorf("the local Neo4j's password must have at least 8 characters")
	}
	dir, err := filepath.Abs(o.DataDir)
	if err != nil {
		return "", err
	}
	if pid := readPID(dir); alive(pid) {
		if portOpen(o.Port) {
			return o.URI(), nil
		}
		return "", fmt.Errorf("a local Neo4j (pid %d) for %s runs but does not answer on port %d: run 'franchisekg db stop' first, or use its port", pid, dir, o.Port)
	}
	if portOpen(o.Port) {
		return "", fmt.Errorf("port %d is already in use by another process: stop it, or pick another port with --db-port / FRANCHISEKG_DB_PORT", o.Port)
	}
	cp, err := Build(o)
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("creating %s: %w", dir, err)
	}
	outPath, errPath := filepath.Join(dir, stdoutFile), filepath.Join(dir, stderrFile)
	stdout, err := os.Create(outPath)
	if err != nil {
		return "", err
	}
	defer stdout.Close()
	stderr, err := os.Create(errPath)
	if err != nil {
		return "", err
	}
	defer stderr.Close()
	cmd := exec.Command("java", "-Xmx"+o.HeapMax, "-XX:+UseG1GC", "-XX:+ExitOnOutOfMemoryError",
		"-cp", cp, "franchisekg.devdb.Main",
		"--home", dir, "--port", strconv.Itoa(o.Port), "--password", o.Password, "--pagecache", o.PageCache)
	cmd.Stdout, cmd.Stderr = stdout, stderr
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	cmd.Dir = dir
	if err := cmd.Start(); err != nil {
		return "", fmt.Errorf("starting java: %w", err)
	}
	pid := cmd.Process.Pid
	if err := os.WriteFile(filepath.Join(dir, pidFile), []byte(strconv.Itoa(pid)+"\n"), 0o644); err != nil {
		_ = cmd.Process.Kill()
		return "", err
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	o.Log("starting Neo4j (pid %d), data in %s", pid, dir)

	deadline := time.NewTimer(180 * time.Second)
	defer deadline.Stop()
	tick := time.NewTicker(250 * time.Millisecond)
	defer tick.Stop()
	for {
		switch line := readyLine(outPath); {
		case strings.HasPrefix(line, "READY"):
			return o.URI(), nil
		case strings.HasPrefix(line, "FAILED"):
			_ = cmd.Process.Kill()
			return "", fmt.Errorf("neo4j failed to start: %s (log: %s)", strings.TrimSpace(strings.TrimPrefix(line, "FAILED")), errPath)
		}
		select {
		case err := <-exited:
			return "", fmt.Errorf("neo4j exited during startup (%v): %s (log: %s)", err, lastLines(readFile(errPath), 2), errPath)
		case <-deadline.C:
			_ = syscall.Kill(pid, syscall.SIGKILL)
			return "", fmt.Errorf("neo4j did not answer on port %d within 180s (log: %s)", o.Port, errPath)
		case <-ctx.Done():
			_ = syscall.Kill(pid, syscall.SIGKILL)
			return "", ctx.Err()
		case <-tick.C:
		}
	}
}

// readyLine returns the first READY or FAILED line of the launcher's stdout.
func readyLine(path string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := sc.Text(); strings.HasPrefix(l, "READY") || strings.HasPrefix(l, "FAILED") {
			return l
		}
	}
	return ""
}

func readFile(p string) string {
	b, _ := os.ReadFile(p)
	return string(b)
}

// Stop shuts the local Neo4j down cleanly (SIGTERM, waiting up to timeout,
// then SIGKILL). It returns ErrNotRunning when none runs.
func Stop(o Options, timeout time.Duration) error {
	dir, _ := filepath.Abs(o.DataDir)
	pid := readPID(dir)
	if !alive(pid) {
		_ = os.Remove(filepath.Join(dir, pidFile))
		return ErrNotRunning
	}
	if err := syscall.Kill(pid, syscall.SIGTERM); err != nil {
		return fmt.Errorf("stopping neo4j (pid %d): %w", pid, err)
	}
	if !waitGone(pid, timeout) {
		_ = syscall.Kill(pid, syscall.SIGKILL)
		if !waitGone(pid, 10*time.Second) {
			return fmt.Errorf("neo4j (pid %d) did not stop", pid)
		}
	}
	_ = os.Remove(filepath.Join(dir, pidFile))
	waitPortClosed(o.Port, 10*time.Second)
	return nil
}

// waitPortClosed waits until nothing accepts connections on the port: a
// killed JVM's threads may outlive its main thread for a moment.
func waitPortClosed(port int, d time.Duration) {
	end := time.Now().Add(d)
	for portOpen(port) && time.Now().Before(end) {
		time.Sleep(100 * time.Millisecond)
	}
}

// Kill stops the local Neo4j abruptly (SIGKILL), as a crash would, and
// waits for it to be gone. It returns ErrNotRunning when none runs.
func Kill(o Options) error {
	dir, _ := filepath.Abs(o.DataDir)
	pid := readPID(dir)
	if !alive(pid) {
		return ErrNotRunning
	}
	_ = syscall.Kill(pid, syscall.SIGKILL)
	if !waitGone(pid, 10*time.Second) {
		return errors.New("neo4j did not die")
	}
	_ = os.Remove(filepath.Join(dir, pidFile))
	waitPortClosed(o.Port, 10*time.Second)
	return nil
}

func waitGone(pid int, d time.Duration) bool {
	end := time.Now().Add(d)
	for time.Now().Before(end) {
		if !alive(pid) {
			return true
		}
		time.Sleep(100 * time.Millisecond)
	}
	return !alive(pid)
}
