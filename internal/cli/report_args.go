package cli

import (
	"kamworkbench/internal/audience"
)

// reportArgs are the flags of the commands that write a workshop's results
// to a file (pdf, xlsx): --workshop ID -o FILE [--lang de|en]
// [--audience internal|customer].
type reportArgs struct {
	workshop, out, lang string
	audience            audience.Audience
}

// parseReport parses and checks the flags of a report command; what names
// the file's kind in messages ("PDF", "workbook"), ext its extension.
func parseReport(cmd, what, ext string, args []string) (reportArgs, error) {
	fs := flags(cmd)
	workshop := fs.String("workshop", "", "workshop id")
	out := fs.String("o", "", what+" file")
	lang := fs.String("lang", "de", "language: de or en")
	who := fs.String("audience", string(audience.Internal), "internal or customer")
	if _, err := parse(fs, args, 0); err != nil {
		return reportArgs{}, err
	}
	r := reportArgs{*workshop, *out, *lang, audience.Audience(*who)}
	switch {
	case r.workshop == "":
		return r, usagef("--workshop ID is required")
	case r.out == "":
		return r, usagef("-o FILE%s is required", ext)
	case r.lang != "de" && r.lang != "en":
		return r, usagef("--lang must be de or en, not %q", r.lang)
	case r.audience != audience.Internal && r.audience != audience.Customer:
		return r, usagef("--audience must be internal or customer, not %q", r.audience)
	}
	return r, nil
}
