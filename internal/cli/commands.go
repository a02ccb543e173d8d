package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"kamworkbench/internal/demo"
	"kamworkbench/internal/kam"
)

func runVersion(_ context.Context, env *Env, args []string) error {
	if _, err := parse(flags("version"), args, 0); err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, env.Version)
	return nil
}

func runCheck(ctx context.Context, env *Env, args []string) error {
	if _, err := parse(flags("check"), args, 0); err != nil {
		return err
	}
	db, err := env.openRead(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := db.Check(ctx); err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, "ok")
	return nil
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func runCatalog(_ context.Context, env *Env, args []string) error {
	fs := flags("catalog")
	asJSON := fs.Bool("json", false, "print as JSON")
	if _, err := parse(fs, args, 0); err != nil {
		return err
	}
	if !*asJSON {
		return usagef("only --json output is supported")
	}
	return writeJSON(env.Stdout, env.Catalog.Contract())
}

// ListJSON is the shape of `list --json`.
type ListJSON struct {
	Clients []ListClient `json:"clients"`
}

// ListClient is one client in `list --json`.
type ListClient struct {
	ID        string         `json:"id"`
	Name      string         `json:"name"`
	Workshops []ListWorkshop `json:"workshops"`
}

// ListWorkshop is one workshop in `list --json`.
type ListWorkshop struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Date  string `json:"date"`
}

func runList(ctx context.Context, env *Env, args []string) error {
	fs := flags("list")
	asJSON := fs.Bool("json", false, "print as JSON")
	if _, err := parse(fs, args, 0); err != nil {
		return err
	}
	if !*asJSON {
		return usagef("only --json output is supported")
	}
	db, err := env.openRead(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	clients, err := db.Clients(ctx)
	if err != nil {
		return err
	}
	out := ListJSON{Clients: []ListClient{}}
	for _, c := range clients {
		ws, err := db.Workshops(ctx, c.ID)
		if err != nil {
			return err
		}
		lc := ListClient{ID: c.ID, Name: c.Name, Workshops: []ListWorkshop{}}
		for _, w := range ws {
			lc.Workshops = append(lc.Workshops, ListWorkshop{ID: w.ID, Title: w.Title, Date: w.Date})
		}
		out.Clients = append(out.Clients, lc)
	}
	return writeJSON(env.Stdout, out)
}

func runReport(ctx context.Context, env *Env, args []string) error {
	fs := flags("report")
	workshop := fs.String("workshop", "", "workshop id")
	asJSON := fs.Bool("json", false, "print as JSON")
	if _, err := parse(fs, args, 0); err != nil {
		return err
	}
	if *workshop == "" {
		return usagef("--workshop ID is required")
	}
	if !*asJSON {
		return usagef("only --json output is supported")
	}
	db, err := env.openRead(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	w, err := db.WorkshopData(ctx, *workshop)
	if err != nil {
		return err
	}
	return writeJSON(env.Stdout, kam.ScoreWorkshop(env.Catalog.AreaQuestions(), w))
}

func runBackup(ctx context.Context, env *Env, args []string) error {
	fs := flags("backup")
	out := fs.String("o", "", "backup file")
	if _, err := parse(fs, args, 0); err != nil {
		return err
	}
	if *out == "" {
		return usagef("-o FILE.db is required")
	}
	db, err := env.open(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := db.BackupTo(ctx, *out); err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, *out)
	return nil
}

func runDemo(ctx context.Context, env *Env, args []string) error {
	if _, err := parse(flags("demo"), args, 0); err != nil {
		return err
	}
	db, err := env.open(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	acc, err := demo.Add(ctx, db, env.Catalog)
	if err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, acc.Client.ID)
	for _, w := range acc.Workshops {
		fmt.Fprintln(env.Stdout, w.ID)
	}
	return nil
}
