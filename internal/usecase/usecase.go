// Package usecase is what the window (app) and the command line (cli) both
// do, written once with the same guards: each capability one function that
// both call, so app keeps only its dialogs and cli its flags and printing.
package usecase
