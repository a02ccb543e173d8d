import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const models = resolve(here, '../../wailsjs/go/models.ts');

let previous: ts.Program | undefined;

/**
 * diagnostics type-checks the API layer with models.ts as Wails would write
 * it after edit changed the Go side (reusing the files that did not change).
 */
function diagnostics(edit: (models: string) => string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    resolve(here, '../../tsconfig.app.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  );
  if (!config) throw new Error('tsconfig.app.json not readable');
  const host = ts.createCompilerHost(config.options);
  const read = host.readFile.bind(host);
  host.readFile = (f) => (resolve(f) === models ? edit(read(f) ?? '') : read(f));
  const roots = ['stakeholders.ts', 'actions.ts', 'intelligence.ts', 'domain.gen.ts'].map((f) =>
    resolve(here, f),
  );
  const program = ts.createProgram(roots, { ...config.options, noEmit: true }, host, previous);
  previous = program;
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

/** renameField renames a JSON field of one generated interface, as a Go rename would. */
function renameField(source: string, iface: string, from: string, to: string): string {
  const start = source.indexOf(`export interface ${iface} {`);
  const end = source.indexOf('}', start);
  expect(start, `interface ${iface} in models.ts`).toBeGreaterThan(-1);
  const body = source.slice(start, end).replace(`    ${from}:`, `    ${to}:`);
  return source.slice(0, start) + body + source.slice(end);
}

// Each case type-checks part of the program: seconds, not milliseconds.
describe('the types from Go', { timeout: 120_000 }, () => {
  it('type-check as generated', () => {
    expect(diagnostics((m) => m)).toEqual([]);
  });

  it('fail tsc when Go renames a field', () => {
    const errs = diagnostics((m) => renameField(m, 'Stakeholder', 'buying_role', 'role'));
    expect(errs.length).toBeGreaterThan(0);
    expect(errs.join('\n')).toContain('buying_role');
  });

  it('fail tsc when Go drops an enum value the window uses', () => {
    const errs = diagnostics((m) => m.replaceAll('\t    ECONOMIC_BUYER = "economic_buyer",\n', ''));
    expect(errs.join('\n')).toContain('economic_buyer');
  });

  it('read the generated file, which names the domain like Go', () => {
    expect(readFileSync(models, 'utf8')).toContain('export enum Department');
  });
});
