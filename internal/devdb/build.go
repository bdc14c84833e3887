package devdb

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
)

// CheckTools returns a one-line error naming what to install when java or
// mvn is missing from PATH, and nil when both are there.
func CheckTools() error {
	var missing []string
	for _, t := range []string{"java", "mvn"} {
		if _, err := exec.LookPath(t); err != nil {
			missing = append(missing, t)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	return fmt.Errorf("%s not found on PATH: install Java 17+ and Maven (Debian: apt-get install openjdk-17-jdk-headless maven), or set NEO4J_URI to use an existing Neo4j", strings.Join(missing, " and "))
}

// Build compiles the launcher and fetches Neo4j's jars into Maven's local
// cache, unless an up-to-date build exists. It returns the Java class path
// of the launcher, or an error with Maven's last output lines.
func Build(o Options) (string, error) {
	o.defaults()
	if err := CheckTools(); err != nil {
		return "", err
	}
	dir, err := o.buildDir()
	if err != nil {
		return "", err
	}
	classpath := filepath.Join(dir, "target", "classes") + string(os.PathListSeparator) + filepath.Join(dir, "target", "lib", "*")
	stamp := filepath.Join(dir, "target", "franchisekg.built")
	if _, err := os.Stat(stamp); err == nil {
		return classpath, nil
	}
	// Several processes (parallel test packages, a second terminal) may
	// start at once: one builds, the others wait for it.
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return "", err
	}
	lock, err := os.OpenFile(dir+".lock", os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return "", err
	}
	defer lock.Close()
	if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX); err != nil {
		return "", fmt.Errorf("locking %s: %w", lock.Name(), err)
	}
	defer syscall.Flock(int(lock.Fd()), syscall.LOCK_UN)
	if _, err := os.Stat(stamp); err == nil {
		return classpath, nil
	}
	o.Log("building the Neo4j launcher in %s (first run fetches Neo4j's jars through Maven, ~125 MB)", dir)
	if err := writeSources(dir); err != nil {
		return "", fmt.Errorf("writing the Neo4j launcher sources to %s: %w", dir, err)
	}
	cmd := exec.Command("mvn", "-B", "-q", "-f", filepath.Join(dir, "pom.xml"), "package", "-DskipTests")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("mvn package for the Neo4j launcher failed (%v): %s", err, lastLines(out.String(), 3))
	}
	if err := os.WriteFile(stamp, []byte(sourcesHash()+"\n"), 0o644); err != nil {
		return "", err
	}
	return classpath, nil
}

func writeSources(dir string) error {
	return fs.WalkDir(javaSources, "java", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel("java", p)
		dst := filepath.Join(dir, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		b, err := javaSources.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, b, 0o644)
	})
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, " | ")
}
