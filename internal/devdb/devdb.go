// Package devdb starts, stops and inspects the project's own local Neo4j:
// Neo4j Community 5.26 embedded in a small Java launcher (java/), built with
// Maven on first use, listening for Bolt on 127.0.0.1 and keeping its data
// in a directory of the project (.data/neo4j by default).
package devdb

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
)

//go:embed java/pom.xml java/src
var javaSources embed.FS

// Options say where and how the local Neo4j runs.
type Options struct {
	DataDir  string // data directory (absolute or relative to the working directory)
	Port     int    // Bolt port on 127.0.0.1
	Password string // password set for user neo4j (at least 8 characters)
	// HeapMax is the JVM's -Xmx (default "2g"); PageCache Neo4j's page cache
	// (default "512m").
	HeapMax   string
	PageCache string
	// BuildDir is where the launcher is built (default: the user cache
	// directory, keyed by the sources' hash).
	BuildDir string
	// Log receives progress lines ("building the Neo4j launcher..."); nil
	// discards them.
	Log func(format string, args ...any)
}

func (o *Options) defaults() {
	if o.HeapMax == "" {
		o.HeapMax = "2g"
	}
	if o.PageCache == "" {
		o.PageCache = "512m"
	}
	if o.Log == nil {
		o.Log = func(string, ...any) {}
	}
}

// URI returns the Bolt URI of the local Neo4j.
func (o Options) URI() string { return fmt.Sprintf("bolt://127.0.0.1:%d", o.Port) }

// sourcesHash returns a short hash of the embedded launcher sources, so a
// changed launcher is rebuilt.
func sourcesHash() string {
	h := sha256.New()
	var files []string
	_ = fs.WalkDir(javaSources, "java", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	for _, f := range files {
		b, _ := javaSources.ReadFile(f)
		h.Write([]byte(f))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}

// buildDir returns the directory the launcher is built in.
func (o Options) buildDir() (string, error) {
	if o.BuildDir != "" {
		return filepath.Abs(o.BuildDir)
	}
	base, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("no cache directory to build the Neo4j launcher in: %w", err)
	}
	return filepath.Join(base, "franchisekg", "devdb-"+sourcesHash()), nil
}

// ErrNotRunning is returned by Stop and Status when no local Neo4j runs.
var ErrNotRunning = errors.New("the local Neo4j is not running")
