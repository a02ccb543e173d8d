import { call } from './bridge';

/** The sections of the report in report order (internal/pdf Section*). */
export const reportSections = [
  'cover',
  'summary',
  'assessment',
  'stakeholders',
  'competitors',
  'swot',
  'opportunities',
  'arguments',
  'actions',
] as const;
export type ReportSection = (typeof reportSections)[number];

export type ReportLanguage = 'de' | 'en';
/** customer leaves out attitudes, relationship notes, battle cards and internal notes. */
export type ReportAudience = 'internal' | 'customer';

/** ReportOptions are the consultant's choices for one PDF export. */
export interface ReportOptions {
  lang: ReportLanguage;
  audience: ReportAudience;
  sections: ReportSection[];
}

/** ReportContents counts what a workshop's report draws on. */
export interface ReportContents {
  sections: string[];
  /** Sections the customer version leaves out whatever is chosen. */
  customer_omits: string[];
  client_name: string;
  participants: number;
  questions: number;
  answered: number;
  not_applicable: number;
  /** The earlier round the summary compares with; '' when there is none. */
  previous_title: string;
  previous_date: string;
  stakeholders: number;
  relations: number;
  competitors: number;
  /** SWOT quadrants with text, 0–4. */
  swot: number;
  opportunities: number;
  arguments: number;
  actions: number;
}

/** reportContents counts what the report of a workshop will contain. */
export async function reportContents(workshopID: string): Promise<ReportContents> {
  const c = (await call('Reports', 'Contents', workshopID)) as ReportContents;
  return { ...c, sections: c.sections ?? [], customer_omits: c.customer_omits ?? [] };
}

/**
 * exportReportPDF asks (in a Go save dialog) where to save the workshop's
 * report and writes it; it resolves to the path written, or '' when the user
 * cancelled.
 */
export async function exportReportPDF(workshopID: string, opts: ReportOptions): Promise<string> {
  return ((await call('Reports', 'ExportPDF', workshopID, opts)) as string | null) ?? '';
}
