import { call } from './bridge';

/**
 * A section of the report. Which sections an audience may have, and which
 * it starts with, comes from Go (package audience) with the contents.
 */
export type ReportSection =
  | 'cover'
  | 'summary'
  | 'assessment'
  | 'orgchart'
  | 'stakeholders'
  | 'competitors'
  | 'swot'
  | 'opportunities'
  | 'arguments'
  | 'actions';

export type ReportLanguage = 'de' | 'en';
/** customer holds what DESIGN.md's audience contract lists; internal holds everything. */
export type ReportAudience = 'internal' | 'customer';

/** ReportOptions are the consultant's choices for one PDF export. */
export interface ReportOptions {
  lang: ReportLanguage;
  audience: ReportAudience;
  sections: ReportSection[];
}

/** AudienceSections are what one audience's report may have and starts with. */
export interface AudienceSections {
  audience: ReportAudience;
  sections: ReportSection[];
  defaults: ReportSection[];
}

/** ReportContents counts what a workshop's report draws on. */
export interface ReportContents {
  /** The customer version first: the window starts with it. */
  audiences: AudienceSections[];
  client_name: string;
  participants: number;
  questions: number;
  answered: number;
  not_applicable: number;
  /** Answers with a finding, which both versions print. */
  findings: number;
  /** Answers with internal notes, which only the internal version prints. */
  notes: number;
  /** The earlier round the summary compares with; '' when there is none. */
  previous_title: string;
  previous_date: string;
  stakeholders: number;
  relations: number;
  /** Relations the org chart draws (reporting lines). */
  reporting_lines: number;
  competitors: number;
  /** SWOT quadrants with text, 0–4. */
  swot: number;
  opportunities: number;
  arguments: number;
  actions: number;
  /** Actions the customer version leaves out. */
  internal_actions: number;
}

/** Undrawn is a text of the report with characters the PDF's font lacks (shown as □). */
export interface Undrawn {
  /** The field as Go names it: "Stakeholder.Notes". */
  field: string;
  /** Whose field: a name, an action's title, a question's number; '' for client and workshop. */
  record: string;
  chars: string;
}

/** reportContents counts what the report of a workshop will contain. */
export async function reportContents(workshopID: string): Promise<ReportContents> {
  const c = (await call('Reports', 'Contents', workshopID)) as ReportContents;
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
  return ((await call('Reports', 'Undrawable', workshopID, opts)) as Undrawn[] | null) ?? [];
}

/**
 * exportReportPDF asks (in a Go save dialog) where to save the workshop's
 * report and writes it; it resolves to the path written, or '' when the user
 * cancelled.
 */
export async function exportReportPDF(workshopID: string, opts: ReportOptions): Promise<string> {
  return ((await call('Reports', 'ExportPDF', workshopID, opts)) as string | null) ?? '';
}

/** exportReportXLSX asks where to save the workshop's results as an Excel workbook and writes it; '' when cancelled. */
export async function exportReportXLSX(workshopID: string, opts: ReportOptions): Promise<string> {
  return ((await call('Reports', 'ExportXLSX', workshopID, opts)) as string | null) ?? '';
}

/** slideDeck is what the workshop's slides say for these options, worded by Go from the audience view. */
export async function slideDeck(workshopID: string, opts: ReportOptions): Promise<Deck> {
  return (await call('Reports', 'Slides', workshopID, opts)) as Deck;
}

function base64(data: Uint8Array): string {
  let s = '';
  for (let i = 0; i < data.length; i += 0x8000)
    s += String.fromCharCode(...data.subarray(i, i + 0x8000));
  return btoa(s);
}

/** saveSlides asks where to save a laid-out deck and writes it; '' when cancelled. */
export async function saveSlides(
  workshopID: string,
  opts: ReportOptions,
  pptx: Uint8Array,
): Promise<string> {
  return (
    ((await call('Reports', 'SaveSlides', workshopID, opts, base64(pptx))) as string | null) ?? ''
  );
}

/** Picture names what SavePicture saves. */
export type Picture = 'map' | 'orgchart' | 'radar';

/** savePicture asks where to save a drawn picture (PNG or SVG) and writes it; '' when cancelled. */
export async function savePicture(
  workshopID: string,
  opts: ReportOptions,
  what: Picture,
  format: 'png' | 'svg',
  data: Uint8Array,
): Promise<string> {
  return (
    ((await call('Reports', 'SavePicture', workshopID, opts, what, format, base64(data))) as
      string | null) ?? ''
  );
}

/**
 * The deck as Go words it (internal/slides, app.Reports.Slides): what each slide says is decided
 * there, from the audience view; this file only lays it out.
 */
export interface Deck {
  lang: string;
  title: string;
  slides: Slide[];
}
export interface Slide {
  kind: 'title' | 'scores' | 'table' | 'map';
  title: string;
  subtitle: string;
  lines: string[] | null;
  scores: { label: string; value: string; band: string }[] | null;
  radar: { axes: string[]; series: { name: string; values: (number | null)[] }[] } | null;
  table: { columns: string[]; widths: number[]; rows: string[][] } | null;
  map: {
    people: { id: string; name: string; detail: string; x: number; y: number }[] | null;
    lines: { from: string; to: string; kind: string }[] | null;
  } | null;
}
