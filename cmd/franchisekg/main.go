// Command franchisekg is the one CLI of the project: serve, load, extract,
// export, query, db. Each subcommand lives in its own file and registers
// itself in init.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"syscall"
)

// command is one subcommand.
type command struct {
	name    string
	summary string
	// run executes the command; a returned error is printed as one line
	// "franchisekg <name>: <error>" and the process exits with status 1
	// (or the status of an exitError).
	run func(ctx context.Context, app *app, args []string) error
}

// app carries what every command shares.
type app struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

// exitError asks main to exit with a given status after printing nothing
// more (the command already reported).
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

var commands = map[string]*command{}

// newFlagSet returns a flag set for a subcommand that reports parse errors
// on a.stderr and prints usageLine, then the flags, as its usage.
func newFlagSet(a *app, name, usageLine string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(a.stderr)
	fs.Usage = func() {
		fmt.Fprintln(a.stderr, usageLine)
		fs.PrintDefaults()
	}
	return fs
}

func register(c *command) { commands[c.name] = c }

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: franchisekg <command> [flags] [args]")
	fmt.Fprintln(w, "\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'franchisekg <command> -h' for a command's flags.")
}

func main() {
	os.Exit(runMain(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// runMain runs the CLI and returns the process exit status.
func runMain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "franchisekg: unknown command %q\n", args[0])
		usage(stderr)
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err := c.run(ctx, &app{stdin: stdin, stdout: stdout, stderr: stderr}, args[1:])
	if err == nil {
		return 0
	}
	var ee exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	fmt.Fprintf(stderr, "franchisekg %s: %v\n", c.name, err)
	return 1
}
