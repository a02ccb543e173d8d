package cli

import (
	"context"
	"fmt"

	"kamworkbench/internal/sqlite"
)

// runRestore replaces the workspace with a backup. The state before is
// kept: backed up when the workspace opens, set aside untouched when it is
// damaged.
func runRestore(ctx context.Context, env *Env, args []string) error {
	pos, err := parse(flags("restore"), args, 1)
	if err != nil {
		return err
	}
	saved, err := sqlite.Restore(ctx, env.DBPath, pos[0])
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "restored %s from %s\n", env.DBPath, pos[0])
	if saved != "" {
		fmt.Fprintf(env.Stdout, "the state before was saved as %s\n", saved)
	}
	return nil
}
