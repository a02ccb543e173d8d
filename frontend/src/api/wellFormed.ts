/** Half of a UTF-16 surrogate pair without the other half. */
const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * loneSurrogate finds text that is not text in a call's argument: a string
 * holding half of a character (a lone surrogate, which a paste or a script
 * can put into a field). Go never sees it, since the JSON decoding between
 * window and Go turns it into U+FFFD silently; so the window refuses it
 * before sending. It returns the path of the first such string
 * ("name", "participants[2].name"; "" for the argument itself), or null.
 */
export function loneSurrogate(v: unknown, path = ''): string | null {
  if (typeof v === 'string') return lone.test(v) ? path : null;
  if (Array.isArray(v)) {
    for (const [i, x] of v.entries()) {
      const at = loneSurrogate(x, `${path}[${i}]`);
      if (at !== null) return at;
    }
    return null;
  }
  if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      const at = loneSurrogate(x, path ? `${path}.${k}` : k);
      if (at !== null) return at;
    }
  }
  return null;
}
