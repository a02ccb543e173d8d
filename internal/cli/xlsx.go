package cli

import (
	"bytes"
	"context"
	"fmt"

	"kamworkbench/internal/atomicfile"
	"kamworkbench/internal/audience"
	"kamworkbench/internal/usecase"
	"kamworkbench/internal/xlsx"
)

// runXLSX writes a workshop's results as an Excel workbook:
// xlsx --workshop ID -o FILE.xlsx [--lang de|en] [--audience internal|customer].
func runXLSX(ctx context.Context, env *Env, args []string) error {
	r, err := parseReport("xlsx", "workbook", ".xlsx", args)
	if err != nil {
		return err
	}
	db, err := env.openRead(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	abs, err := usecase.Target(db, r.out, "workbook")
	if err != nil {
		return err
	}
	acc, err := db.WorkshopAccount(ctx, r.workshop)
	if err != nil {
		return err
	}
	v, err := audience.For(audience.Request{Account: acc, WorkshopID: r.workshop, Areas: env.Catalog.AreaQuestions(), Audience: r.audience})
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := xlsx.Write(&buf, xlsx.Input{View: v, Catalog: env.Catalog, Lang: r.lang}); err != nil {
		return err
	}
	if err := atomicfile.Write(abs, "the workbook", buf.Bytes()); err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, r.out)
	return nil
}
