import { describe, expect, it } from 'vitest';
import { de } from './de';
import { en } from './en';

type Tree = { readonly [k: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const vars = (s: string) =>
  [...s.matchAll(/\{\{\s*(\w+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const flatDe = flatten(de);
  const flatEn = flatten(en);

  it('have the same keys in German and English', () => {
    expect([...flatEn.keys()].sort()).toEqual([...flatDe.keys()].sort());
  });

  it('have no empty texts', () => {
    for (const [lang, flat] of [
      ['de', flatDe],
      ['en', flatEn],
    ] as const) {
      for (const [k, v] of flat) expect(v.trim(), `${lang}: ${k}`).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const [k, v] of flatDe) expect(vars(flatEn.get(k) ?? ''), k).toEqual(vars(v));
  });
});
