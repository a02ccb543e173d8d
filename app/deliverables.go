package app

import (
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"strings"

	"kamworkbench/internal/atomicfile"
	"kamworkbench/internal/audience"
	"kamworkbench/internal/filename"
	"kamworkbench/internal/kam"
	"kamworkbench/internal/slides"
	"kamworkbench/internal/usecase"
	"kamworkbench/internal/xlsx"
)

// What the window may hand back to be saved: a deck it laid out, a picture
// it drew. Go checks the kind and the size; the window never names a path.
const (
	maxDeck    = 64 << 20
	maxPicture = 32 << 20
)

// view checks the consultant's choices and returns what the audience may
// see of the workshop: the one filter every export goes through.
func (s *Reports) view(ctx context.Context, workshopID string, opts ReportOptions) (audience.View, error) {
	in, err := s.input(ctx, workshopID, opts)
	if err != nil {
		return audience.View{}, err
	}
	return audience.For(audience.Request{Account: in.Account, WorkshopID: workshopID, Areas: s.cat.AreaQuestions(),
		Audience: in.Audience, Sections: in.Sections})
}

// ExportXLSX asks where to save the workshop's results as an Excel workbook
// and writes it there; it returns the path written, or "" when the user
// cancelled the dialog.
func (s *Reports) ExportXLSX(workshopID string, opts ReportOptions) (path string, err error) {
	defer guard(&err)
	v, err := s.view(context.Background(), workshopID, opts)
	if err != nil {
		return "", err
	}
	var buf bytes.Buffer
	if err := xlsx.Write(&buf, xlsx.Input{View: v, Catalog: s.cat, Lang: opts.Lang}); err != nil {
		return "", err
	}
	return s.saveAs(v, opts, "Auswertung", "Results", "Excel (*.xlsx)", ".xlsx", buf.Bytes())
}

// Slides returns what the workshop's slide deck says for these choices;
// the window lays it out as a .pptx and hands it to SaveSlides.
func (s *Reports) Slides(workshopID string, opts ReportOptions) (deck slides.Deck, err error) {
	defer guard(&err)
	v, err := s.view(context.Background(), workshopID, opts)
	if err != nil {
		return deck, err
	}
	return slides.Build(slides.Input{View: v, Catalog: s.cat, Lang: opts.Lang}), nil
}

// SaveSlides asks where to save a deck the window laid out from Slides
// (base64, as bytes cross to Go) and writes it; "" when the user cancelled.
func (s *Reports) SaveSlides(workshopID string, opts ReportOptions, b64 string) (path string, err error) {
	defer guard(&err)
	data, err := decoded(b64, maxDeck, "slides")
	if err != nil {
		return "", err
	}
	if !bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		return "", kam.Invalid("slides", "is not a slide deck (.pptx)")
	}
	v, err := s.view(context.Background(), workshopID, opts)
	if err != nil {
		return "", err
	}
	return s.saveAs(v, opts, "Folien", "Slides", "PowerPoint (*.pptx)", ".pptx", data)
}

// Picture is a picture of the report the window draws and saves.
type Picture string

// The pictures, and their file names' words (German, English).
const (
	PictureMap      Picture = "map"
	PictureOrgChart Picture = "orgchart"
	PictureRadar    Picture = "radar"
)

// Pictures lists every picture.
var Pictures = []Picture{PictureMap, PictureOrgChart, PictureRadar}

// PictureFormat is the file format of a saved picture.
type PictureFormat string

// The picture formats.
const (
	PNG PictureFormat = "png"
	SVG PictureFormat = "svg"
)

// SavePicture asks where to save a picture the window drew and writes it;
// "" when the user cancelled.
func (s *Reports) SavePicture(workshopID string, opts ReportOptions, what Picture, format PictureFormat, b64 string) (path string, err error) {
	defer guard(&err)
	data, err := decoded(b64, maxPicture, "picture")
	if err != nil {
		return "", err
	}
	names := map[Picture][2]string{PictureMap: {"Stakeholder-Landkarte", "Stakeholder map"},
		PictureOrgChart: {"Organigramm", "Org chart"}, PictureRadar: {"Radar", "Radar"}}
	name, ok := names[what]
	if !ok {
		return "", kam.Invalid("what", "%q is not a picture of the report", what)
	}
	var filter string
	switch {
	case format == PNG && bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")):
		filter = "PNG (*.png)"
	case format == SVG && bytes.HasPrefix(data, []byte("<?xml")) && bytes.Contains(data[:min(len(data), 512)], []byte("<svg")):
		filter = "SVG (*.svg)"
	default:
		return "", kam.Invalid("picture", "is not a %s picture", strings.ToUpper(string(format)))
	}
	v, err := s.view(context.Background(), workshopID, opts)
	if err != nil {
		return "", err
	}
	return s.saveAs(v, opts, name[0], name[1], filter, "."+string(format), data)
}

// decoded is base64 text from the window as bytes, refused when it would
// be larger than max.
func decoded(b64 string, max int, field string) ([]byte, error) {
	if base64.StdEncoding.DecodedLen(len(b64)) > max {
		return nil, kam.Invalid(field, "is larger than %d MiB", max>>20)
	}
	data, err := base64.StdEncoding.DecodeString(b64)
	if err != nil {
		return nil, kam.Invalid(field, "is not base64 data")
	}
	return data, nil
}

// saveAs asks where to save data, suggesting "<client> <workshop> <date>
// <what>.ext" (marked as the customer's version when it is one), and
// writes it readable by its owner only; "" when the user cancelled.
func (s *Reports) saveAs(v audience.View, opts ReportOptions, whatDE, whatEN, filter, ext string, data []byte) (string, error) {
	ctx := context.Background()
	lang, err := s.db.Setting(ctx, "language", "de")
	if err != nil {
		return "", err
	}
	what, title := whatDE, whatDE+" speichern"
	if opts.Lang == "en" {
		what = whatEN
	}
	if lang == "en" {
		title = "Save " + strings.ToLower(whatEN[:1]) + whatEN[1:]
	}
	name := filename.Base(what, v.Account.Client.Name, v.Workshop.Title, v.Workshop.Date, what)
	if v.Audience == audience.Customer {
		name += map[bool]string{true: " (client)", false: " (Kunde)"}[opts.Lang == "en"]
	}
	path, err := s.dialogs.SaveFile(title, name+ext, FileFilter{DisplayName: filter, Pattern: "*" + ext})
	if err != nil {
		return "", fmt.Errorf("save file dialog: %w", err)
	}
	if path == "" {
		return "", nil
	}
	if path, err = usecase.Target(s.db, path, "file"); err != nil {
		return "", err
	}
	return path, atomicfile.Write(path, "the "+strings.ToLower(whatEN), data)
}
