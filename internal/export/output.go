package export

import (
	"archive/zip"
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// WriteFile runs write on a temporary file next to path and renames it to
// path when write succeeds, so a failed or interrupted export leaves no
// partial file behind. It returns an error naming path when the directory
// is not writable, or write's error (the temporary file is removed).
func WriteFile(path string, write func(w io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("output %s: %v: %w", path, unwrapPathErr(err), kg.ErrInvalidInput)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	bw := bufio.NewWriterSize(tmp, 256<<10)
	if err = write(bw); err != nil {
		return err
	}
	if err = bw.Flush(); err != nil {
		return fmt.Errorf("output %s: %v", path, err)
	}
	if err = tmp.Chmod(0o644); err != nil {
		return fmt.Errorf("output %s: %v", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("output %s: %v", path, err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("output %s: %v", path, unwrapLinkErr(err))
	}
	return nil
}

// dirSink writes files into a temporary directory.
type dirSink struct {
	root  string
	files []*os.File
	bufs  []*bufio.Writer
}

// Create implements Sink.
func (d *dirSink) Create(name string) (io.Writer, error) {
	p := filepath.Join(d.root, filepath.FromSlash(name))
	if !strings.HasPrefix(p, d.root+string(filepath.Separator)) {
		return nil, fmt.Errorf("file name %q escapes the output directory: %w", name, kg.ErrInvalidInput)
	}
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return nil, err
	}
	f, err := os.Create(p)
	if err != nil {
		return nil, err
	}
	bw := bufio.NewWriterSize(f, 64<<10)
	d.files = append(d.files, f)
	d.bufs = append(d.bufs, bw)
	return bw, nil
}

func (d *dirSink) close() error {
	var first error
	for i, f := range d.files {
		if err := d.bufs[i].Flush(); err != nil && first == nil {
			first = err
		}
		if err := f.Close(); err != nil && first == nil {
			first = err
		}
	}
	d.files, d.bufs = nil, nil
	return first
}

// WriteDir runs write on a Sink over a temporary directory next to path
// and, when write succeeds, replaces path with it (an existing path must
// be a directory; its old content is removed only after the new one is in
// place). On failure nothing at path changes. It returns an error naming
// path when it cannot be written.
func WriteDir(path string, write func(s Sink) error) (err error) {
	path = filepath.Clean(path)
	if st, err := os.Stat(path); err == nil && !st.IsDir() {
		return fmt.Errorf("output %s: exists and is not a directory: %w", path, kg.ErrInvalidInput)
	}
	tmp, err := os.MkdirTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("output %s: %v: %w", path, unwrapPathErr(err), kg.ErrInvalidInput)
	}
	d := &dirSink{root: tmp}
	defer func() {
		if err != nil {
			d.close()
			os.RemoveAll(tmp)
		}
	}()
	if err = write(d); err != nil {
		return err
	}
	if err = d.close(); err != nil {
		return fmt.Errorf("output %s: %v", path, err)
	}
	if err = os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	old := ""
	if _, serr := os.Stat(path); serr == nil {
		old = tmp + ".old"
		if err = os.Rename(path, old); err != nil {
			return fmt.Errorf("output %s: %v", path, unwrapLinkErr(err))
		}
	}
	if err = os.Rename(tmp, path); err != nil {
		if old != "" {
			os.Rename(old, path)
		}
		return fmt.Errorf("output %s: %v", path, unwrapLinkErr(err))
	}
	if old != "" {
		os.RemoveAll(old)
	}
	return nil
}

// WriteZip runs write on a Sink over a temporary directory and writes its
// files, sorted by name and with a fixed timestamp (so equal exports give
// equal bytes), as a zip archive to w.
func WriteZip(w io.Writer, write func(s Sink) error) error {
	tmp, err := os.MkdirTemp("", "franchisekg-export-*")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	d := &dirSink{root: tmp}
	if err := write(d); err != nil {
		d.close()
		return err
	}
	if err := d.close(); err != nil {
		return err
	}
	var names []string
	err = filepath.WalkDir(tmp, func(p string, e os.DirEntry, err error) error {
		if err == nil && !e.IsDir() {
			rel, _ := filepath.Rel(tmp, p)
			names = append(names, filepath.ToSlash(rel))
		}
		return err
	})
	if err != nil {
		return err
	}
	sort.Strings(names)
	zw := zip.NewWriter(w)
	stamp := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, n := range names {
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: n, Method: zip.Deflate, Modified: stamp})
		if err != nil {
			return err
		}
		f, err := os.Open(filepath.Join(tmp, filepath.FromSlash(n)))
		if err != nil {
			return err
		}
		_, err = io.Copy(fw, f)
		f.Close()
		if err != nil {
			return err
		}
	}
	return zw.Close()
}

func unwrapLinkErr(err error) string {
	if le, ok := err.(*os.LinkError); ok {
		return le.Err.Error()
	}
	return err.Error()
}
