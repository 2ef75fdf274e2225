/** CLI: `convert <in> --to bibtex|json|csl [-o out]` and `merge <a.json> <b.json> -o <out.json>`. */
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { SyncFile, type Paper } from '../model';
import { formatMergeReport, mergeLibraries } from '../library/merge';
import { toBibtex } from '../formats/bibtex';
import { toCslJson } from '../formats/csl';
import { serialiseSyncFile, toSyncFile } from '../formats/json';
import { parseImport, type ImportResult } from '../formats/import';
import { decodeImportBytes, MAX_IMPORT_BYTES, tooLargeMessage } from '../formats/decode';

class FormatCliError extends Error {}

function takeFlag(args: string[], ...names: string[]): string | undefined {
  for (const name of names) {
    const i = args.indexOf(name);
    if (i < 0) continue;
    const v = args[i + 1];
    if (v === undefined) throw new FormatCliError(`${name} needs a value`);
    args.splice(i, 2);
    return v;
  }
  return undefined;
}

function readImport(path: string | undefined): Extract<ImportResult, { ok: true }> {
  if (!path) throw new FormatCliError('missing input file');
  let bytes: Uint8Array;
  try {
    const size = statSync(path).size;
    if (size > MAX_IMPORT_BYTES) throw new FormatCliError(`${path}: ${tooLargeMessage(size)}`);
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof FormatCliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new FormatCliError(
      `cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message}`,
    );
  }
  const decoded = decodeImportBytes(bytes);
  if (!decoded.ok) throw new FormatCliError(`${path}: ${decoded.error}`);
  const result = parseImport(decoded.text, path);
  if (!result.ok) throw new FormatCliError(`${path}: ${result.error}`);
  return { ...result, warnings: [...decoded.warnings, ...result.warnings] };
}

/** Write via a temporary file and rename, so a failed write never leaves half a file. */
function writeOutput(path: string | undefined, text: string): void {
  if (!path) {
    process.stdout.write(text.endsWith('\n') ? text : text + '\n');
    return;
  }
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } catch (e) {
    throw new FormatCliError(`cannot write ${path}: ${(e as Error).message}`);
  }
}

function deviceId(): string {
  return `cli-${process.env.HOSTNAME ?? 'host'}`.slice(0, 100);
}

function convert(args: string[]): number {
  const to = takeFlag(args, '--to');
  const out = takeFlag(args, '-o', '--out');
  if (to !== 'bibtex' && to !== 'json' && to !== 'csl') throw new FormatCliError('--to must be bibtex, json or csl');
  if (args.length !== 1) throw new FormatCliError('convert needs exactly one input file');
  const input = readImport(args[0]);
  for (const w of input.warnings) process.stderr.write(`warning: ${w}\n`);
  const papers: Paper[] = input.papers;
  const text =
    to === 'bibtex'
      ? toBibtex(papers)
      : to === 'csl'
        ? JSON.stringify(toCslJson(papers), null, 2) + '\n'
        : validatedSyncText(toSyncFile(papers, input.tombstones, deviceId(), Date.now()));
  writeOutput(out, text);
  return 0;
}

function validatedSyncText(file: SyncFile): string {
  const text = serialiseSyncFile(file);
  const check = SyncFile.safeParse(JSON.parse(text));
  if (!check.success) throw new FormatCliError(`refusing to write an invalid sync file: ${check.error.issues[0]?.message ?? 'invalid'}`);
  return text;
}

function merge(args: string[]): number {
  const out = takeFlag(args, '-o', '--out');
  if (!out) throw new FormatCliError('merge needs -o <out.json>');
  if (args.length !== 2) throw new FormatCliError('merge needs two input files');
  const a = readImport(args[0]);
  const b = readImport(args[1]);
  for (const [path, input] of [
    [args[0], a],
    [args[1], b],
  ] as const)
    for (const w of input.warnings) process.stderr.write(`warning: ${path}: ${w}\n`);
  const result = mergeLibraries({ papers: a.papers, tombstones: a.tombstones }, { papers: b.papers, tombstones: b.tombstones });
  const text = validatedSyncText(toSyncFile(result.papers, result.tombstones, deviceId(), Date.now()));
  writeOutput(out, text);
  process.stdout.write(formatMergeReport(result.report) + '\n');
  return 0;
}

export async function runFormatCommand(command: 'convert' | 'merge', args: string[]): Promise<number> {
  try {
    return command === 'convert' ? convert([...args]) : merge([...args]);
  } catch (e) {
    process.stderr.write(`papershelf ${command}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}
