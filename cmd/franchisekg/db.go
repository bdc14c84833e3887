package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/franchisekg/franchisekg/internal/devdb"
)

func init() {
	register(&command{name: "db", summary: "start, stop or inspect the local Neo4j (start|stop|status)", run: runDB})
}

func runDB(ctx context.Context, a *app, args []string) error {
	fs := newFlagSet(a, "db", "usage: franchisekg db [flags] start|stop|status")
	c, err := loadConfig(fs)
	if err != nil {
		return err
	}
	if err := fs.Parse(args); err != nil {
		return exitError{2}
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return exitError{2}
	}
	if !c.UsesLocal() {
		return fmt.Errorf("NEO4J_URI is set (%s): the local Neo4j is not used; unset it to manage the local one", c.URI)
	}
	o := localOptions(c, a.stderr)
	switch fs.Arg(0) {
	case "start":
		uri, err := devdb.Start(ctx, o)
		if err != nil {
			return err
		}
		fmt.Fprintln(a.stdout, uri)
		return nil
	case "stop":
		err := devdb.Stop(o, 60*time.Second)
		if errors.Is(err, devdb.ErrNotRunning) {
			fmt.Fprintln(a.stdout, "not running")
			return nil
		}
		if err != nil {
			return err
		}
		fmt.Fprintln(a.stdout, "stopped")
		return nil
	case "status":
		st := devdb.GetStatus(o)
		if !st.Running {
			fmt.Fprintf(a.stdout, "not running (data in %s)\n", c.AbsDataDir())
			return exitError{3}
		}
		fmt.Fprintf(a.stdout, "running at %s (pid %d, data in %s)\n", st.URI, st.PID, c.AbsDataDir())
		return nil
	}
	fs.Usage()
	return exitError{2}
}
