/** Error codes the Go side uses (internal/kam/error.go). */
export const errorCodes = [
  'invalid',
  'not_found',
  'conflict',
  'internal',
  'disk_full',
  'busy',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** Limits of the rule an invalid value broke: `max` characters, `min`…`max`. */
export interface RuleLimits {
  min?: number;
  max?: number;
}

/**
 * ApiError is every failure of a call into Go, normalised: `code` says what
 * kind of failure it is, `field` names the offending input (may be empty),
 * `kind` says more exactly what went wrong where Go knows (the rule an
 * invalid value broke, kam.Rule…, with its `limits`; a contact file's kind
 * of failure; may be empty) and `message` is the Go side's sentence in
 * English, for what the window cannot word itself.
 */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly field: string;
  readonly kind: string;
  readonly limits: RuleLimits;

  constructor(code: ErrorCode, message: string, field = '', kind = '', limits: RuleLimits = {}) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.field = field;
    this.kind = kind;
    this.limits = limits;
  }
}

function isErrorCode(v: unknown): v is ErrorCode {
  return typeof v === 'string' && (errorCodes as readonly string[]).includes(v);
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function limits(o: Record<string, unknown>): RuleLimits {
  const out: RuleLimits = {};
  const min = o.min ?? o.Min;
  const max = o.max ?? o.Max;
  if (typeof min === 'number') out.min = min;
  if (typeof max === 'number') out.max = max;
  return out;
}

/** fromShape reads a `{code, message, field, kind, min, max}` object (any key case). */
function fromShape(o: Record<string, unknown>): ApiError | null {
  const code = o.code ?? o.Code;
  if (typeof code !== 'string') return null;
  const message = str(o.message ?? o.Message);
  const field = str(o.field ?? o.Field);
  const kind = str(o.kind ?? o.Kind);
  return new ApiError(
    isErrorCode(code) ? code : 'internal',
    message || code,
    field,
    kind,
    limits(o),
  );
}

/** fromText reads a message that may carry the error object as JSON. */
function fromText(text: string): ApiError {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (parsed && typeof parsed === 'object') {
        const e = fromShape(parsed as Record<string, unknown>);
        if (e) return e;
      }
    } catch {
      // not JSON after all: fall through and keep the text
    }
  }
  return new ApiError('internal', trimmed);
}

/**
 * toApiError normalises whatever a Wails call rejected with. Go's
 * ErrorFormatter gives `{code, message, field, kind}`; the Wails v2 runtime passes an
 * object through as is, but wraps anything else in `new Error(…)`, so a
 * formatter that returns the object as a JSON string arrives as an Error whose
 * message is that JSON. Plain strings and other errors become `internal`.
 */
export function toApiError(raw: unknown): ApiError {
  if (raw instanceof ApiError) return raw;
  if (typeof raw === 'string') return fromText(raw);
  if (raw instanceof Error) {
    const e = fromShape(raw as unknown as Record<string, unknown>);
    if (e) return e;
    // What `new Error(object)` leaves of an object: nothing worth showing.
    if (raw.message === '[object Object]') return new ApiError('internal', '');
    return fromText(raw.message);
  }
  if (raw && typeof raw === 'object') {
    const e = fromShape(raw as Record<string, unknown>);
    if (e) return e;
  }
  return new ApiError('internal', String(raw ?? ''));
}
