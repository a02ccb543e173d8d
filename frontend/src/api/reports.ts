import type { app, audience, pdf, slides } from '../../wailsjs/go/models';
import { base64 } from './base64';
import { call } from './bridge';
import type { Language } from '../i18n/messages';
import type { Wire } from './wire';

/**
 * A section of the report. Which sections an audience may have, and which
 * it starts with, comes from Go (package audience) with the contents.
 */
export type ReportSection = Wire<audience.Section>;
export type ReportLanguage = Language;
/** customer holds what DESIGN.md's audience contract lists; internal holds everything. */
export type ReportAudience = Wire<audience.Audience>;
/** ReportOptions are the consultant's choices for one PDF export. */
export type ReportOptions = Wire<app.ReportOptions> & { lang: ReportLanguage };
/** AudienceSections are what one audience's report may have and starts with. */
export type AudienceSections = Wire<app.AudienceSections>;
/** ReportContents counts what a workshop's report draws on (app.ReportContents). */
export type ReportContents = Wire<app.ReportContents>;
/** Undrawn is a text of the report with characters the PDF's font lacks (shown as □). */
export type Undrawn = Wire<pdf.Undrawn>;
/** The deck as Go words it (internal/slides, app.Reports.Slides); the window only lays it out. */
export type Deck = Wire<slides.Deck>;
export type Slide = Wire<slides.Slide>;
/** Picture names what SavePicture saves. */
export type Picture = Wire<app.Picture>;
export type PictureFormat = Wire<app.PictureFormat>;

/** reportContents counts what the report of a workshop will contain. */
export async function reportContents(workshopID: string): Promise<ReportContents> {
  const c = await call('Reports', 'Contents', workshopID);
  return {
    ...c,
    audiences: (c.audiences ?? []).map((a) => ({
      ...a,
      sections: a.sections ?? [],
      defaults: a.defaults ?? [],
    })),
  };
}

/** undrawable lists the texts of the report these options would make that the PDF cannot draw whole. */
export async function undrawable(workshopID: string, opts: ReportOptions): Promise<Undrawn[]> {
  return (await call('Reports', 'Undrawable', workshopID, opts)) ?? [];
}

/**
 * exportReportPDF asks (in a Go save dialog) where to save the workshop's
 * report and writes it; it resolves to the path written, or '' when the user
 * cancelled.
 */
export function exportReportPDF(workshopID: string, opts: ReportOptions): Promise<string> {
  return call('Reports', 'ExportPDF', workshopID, opts);
}

/** exportReportXLSX asks where to save the workshop's results as an Excel workbook and writes it; '' when cancelled. */
export function exportReportXLSX(workshopID: string, opts: ReportOptions): Promise<string> {
  return call('Reports', 'ExportXLSX', workshopID, opts);
}

/** slideDeck is what the workshop's slides say for these options, worded by Go from the audience view. */
export function slideDeck(workshopID: string, opts: ReportOptions): Promise<Deck> {
  return call('Reports', 'Slides', workshopID, opts);
}

/** saveSlides asks where to save a laid-out deck and writes it; '' when cancelled. */
export function saveSlides(
  workshopID: string,
  opts: ReportOptions,
  pptx: Uint8Array,
): Promise<string> {
  return call('Reports', 'SaveSlides', workshopID, opts, base64(pptx));
}

/** savePicture asks where to save a drawn picture (PNG or SVG) and writes it; '' when cancelled. */
export function savePicture(
  workshopID: string,
  opts: ReportOptions,
  what: Picture,
  format: PictureFormat,
  data: Uint8Array,
): Promise<string> {
  return call('Reports', 'SavePicture', workshopID, opts, what, format, base64(data));
}
