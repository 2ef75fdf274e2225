/**
 * File -> papers, for import and sync. Detects the format from the content (sync JSON, CSL-JSON, BibTeX), validates
 * everything with zod, and never throws: a bad file gives {ok: false, error} naming what is wrong and where (JSON
 * path, BibTeX line). Papers made from BibTeX or CSL get clocks = import time, so newer local edits win.
 */
import { parse as parseBibtexLibrary, type Creator, type Entry } from '@retorquere/bibtex-parser';
import type { z } from 'zod';
import { CslJson, newPaper, Paper, SCHEMA_VERSION, stampClocks, SyncFile, type Author, type Tombstone } from '../model';
import { authorFromName } from '../names';
import { parseArxivId, parseDoi, primaryKey } from '../identity';
import { fromCslJson } from './csl';
import { readOwnText } from './bibtex';
import { MAX_IMPORT_BYTES, tooLargeMessage } from './decode';
import { bibEntryType } from '../sites/bibtex-lite';
import { fastPaper, fastPaperInPlace } from './fast-paper';

const MAX_JSON_DEPTH = 64;
/** SyncFile's limit on papers (lib/model.ts); a longer list is left to zod, which reports it. */
const MAX_SYNC_PAPERS = 200_000;

export type ImportFormat = 'sync' | 'csl' | 'bibtex';
export type ImportResult =
  { ok: true; format: ImportFormat; papers: Paper[]; tombstones: Tombstone[]; warnings: string[] } | { ok: false; error: string };

class ImportError extends Error {}

function jsonPath(path: readonly PropertyKey[]): string {
  return (
    '$' +
    path
      .map((k) =>
        typeof k === 'number' ? `[${k}]` : /^[A-Za-z_$][\w$]*$/.test(String(k)) ? `.${String(k)}` : `[${JSON.stringify(String(k))}]`,
      )
      .join('')
  );
}

function zodError(error: z.ZodError): string {
  const issues = error.issues.slice(0, 3).map((i) => `${jsonPath(i.path)}: ${i.message}`);
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more problems)` : '';
  return issues.join('; ') + more;
}

/**
 * Reject nesting deeper than any real file before validation. Keys are not checked: a key is data where the schema says
 * so (tag names: any string, "__proto__" included) and zod builds every validated object afresh, so no key of a file
 * reaches a prototype.
 */
function checkJsonShape(root: unknown, skip?: unknown, rootPath: (string | number)[] = []): void {
  // The path is a parent chain, turned into a string only for an error: a 20k-paper file has millions of values.
  type Step = { key: string | number; parent: Step | null } | null;
  const pathOf = (step: Step): (string | number)[] => {
    const out: (string | number)[] = [];
    for (let s = step; s; s = s.parent) out.unshift(s.key);
    return [...rootPath, ...out];
  };
  const visit = (value: unknown, step: Step, depth: number): void => {
    if (typeof value !== 'object' || value === null || value === skip) return;
    if (depth > MAX_JSON_DEPTH)
      throw new ImportError(`nested deeper than ${MAX_JSON_DEPTH} levels at ${jsonPath(pathOf(step).slice(0, 8))}…`);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const v: unknown = value[i];
        if (typeof v === 'object' && v !== null) visit(v, { key: i, parent: step }, depth + 1);
      }
      return;
    }
    for (const key of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[key];
      if (typeof v === 'object' && v !== null) visit(v, { key, parent: step }, depth + 1);
    }
  };
  visit(root, null, rootPath.length);
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // V8 says "… in JSON at position 10" (Chrome adds " (line 1 column 11)"); Firefox "JSON.parse: … at line 1 column 11 of the JSON data".
    const pos = /position (\d+)/.exec(message);
    const lineColumn = /line (\d+) column (\d+)/.exec(message);
    const where = pos
      ? ` at ${lineAndColumn(text, Number(pos[1]))}`
      : lineColumn
        ? ` at line ${lineColumn[1]}, column ${lineColumn[2]}`
        : '';
    const reason = message
      .replace(/^JSON\.parse: /, '')
      .replace(/ in JSON at position \d+( \(line \d+ column \d+\))?| at line \d+ column \d+ of the JSON data/, '')
      .replace(/^\w/, (c) => c.toLowerCase());
    throw new ImportError(`not valid JSON${where}: ${reason.slice(0, 200)}`);
  }
}

function importJson(text: string, now: number): ImportResult {
  const value = parseJson(text);
  // A sync file's papers are walked by the fast check, which proves a paper's shape (and so its depth) or hands the
  // whole file to zod after this walk (fastPapers).
  const syncPapers = syncFilePapers(value);
  checkJsonShape(value, syncPapers);
  if (Array.isArray(value)) {
    const parsed = CslJson.safeParse(value);
    if (!parsed.success) throw new ImportError(`CSL-JSON: ${zodError(parsed.error)}`);
    const { papers, warnings } = fromCslJson(parsed.data, now);
    return { ok: true, format: 'csl', papers: validatePapers(papers, (i) => `CSL item $[${i}]`), tombstones: [], warnings };
  }
  if (typeof value === 'object' && value !== null && 'format' in value) {
    const format = (value as { format: unknown }).format;
    if (format !== 'papershelf-sync')
      throw new ImportError(`$.format: expected "papershelf-sync", found ${JSON.stringify(format)?.slice(0, 60)}`);
    const version = (value as { schemaVersion?: unknown }).schemaVersion;
    if (typeof version === 'number' && version > SCHEMA_VERSION)
      throw new ImportError(`$.schemaVersion: this file is version ${version}, written by a newer Papershelf; update to import it`);
    const file = value as Record<string, unknown>;
    // Papers proven valid by the fast check (fast-paper.ts) skip zod; the envelope and tombstones are zod's. Any paper
    // the fast check does not prove valid sends the whole file through zod, which names the problem.
    const papers = syncPapers ? fastPapers(syncPapers) : undefined;
    if (syncPapers && !papers) checkJsonShape(syncPapers, undefined, ['papers']);
    const parsed = SyncFile.safeParse(papers ? { ...file, papers: [] } : value);
    if (!parsed.success) throw new ImportError(`sync file: ${zodError(parsed.error)}`);
    return { ok: true, format: 'sync', papers: papers ?? parsed.data.papers, tombstones: parsed.data.tombstones, warnings: [] };
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && 'type' in value && 'title' in value) {
    return importJson(`[${text}]`, now);
  }
  throw new ImportError('JSON file is neither a Papershelf sync file (no "format") nor CSL-JSON (an array of items)');
}

/** The papers of what looks like a sync file, for the fast check (fastPapers); undefined when zod alone reads it. */
function syncFilePapers(value: unknown): unknown[] | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const file = value as Record<string, unknown>;
  return file.format === 'papershelf-sync' && Array.isArray(file.papers) && file.papers.length <= MAX_SYNC_PAPERS ? file.papers : undefined;
}

/**
 * Each paper as `Paper.parse` returns it, if the fast check proves every one valid; else undefined. The file's own
 * parsed objects are used in place where their keys are in schema order (fastPaperInPlace).
 */
function fastPapers(values: unknown[]): Paper[] | undefined {
  const out: Paper[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const p = fastPaperInPlace(values[i]);
    if (!p) return undefined;
    out[i] = p;
  }
  return out;
}

function validatePapers(papers: Paper[], where: (index: number) => string): Paper[] {
  return papers.map((p, i) => {
    const fast = fastPaper(p);
    if (fast) return fast;
    const parsed = Paper.safeParse(p);
    if (!parsed.success) throw new ImportError(`${where(i)}: ${zodError(parsed.error)}`);
    return parsed.data;
  });
}

/**
 * A BibTeX name as an author. The parser reports a braced whole name ("{Gemini Team}", "{DeepSeek-AI}") as `name`:
 * an organisation, or a name written whole. A split name is a person unless the organisation rule says otherwise
 * ("Team, Gemini" as Google Scholar exports it).
 */
function creatorAuthor(c: Creator): Author | undefined {
  const whole = charCodes(c.name?.trim().replace(/\s+/g, ' ').normalize('NFC'));
  if (whole) return { literal: whole };
  const name = charCodes([c.firstName, c.prefix, c.lastName, c.suffix].filter(Boolean).join(' ').normalize('NFC'));
  return name ? authorFromName(name) : undefined;
}

/** `\charN` (how the export writes a control character; the parser keeps the command) as the character. */
function charCodes<T extends string | undefined>(s: T): T {
  return (s?.includes('\\char') ? s.replace(/\\char(\d{1,5})(\{\})?/g, (_m, code: string) => String.fromCharCode(Number(code))) : s) as T;
}

/**
 * An entry's fields as written, for the fields whose value is one braced group (`name = {…}`): what the BibTeX
 * parser reads as LaTeX, kept raw so Papershelf's own writing reads back exactly (readOwnText). Fields given twice,
 * quoted, as numbers, macros or `#` concatenations are left out (the parser's reading is used).
 */
function rawBracedFields(input: string): Map<string, string> {
  const out = new Map<string, string>();
  const twice = new Set<string>();
  const open = input.search(/[{(]/);
  let i = open < 0 ? -1 : input.indexOf(',', open);
  if (i < 0) return out;
  i++;
  const n = input.length;
  const skipSpace = () => {
    while (i < n && /\s/.test(input[i]!)) i++;
  };
  /** From an opening brace at i: the index just past its matching brace, or -1. */
  const closeBrace = (from: number): number => {
    let depth = 0;
    for (let j = from; j < n; j++) {
      const c = input.charCodeAt(j);
      if (c === 123) depth++;
      else if (c === 125 && --depth === 0) return j + 1;
    }
    return -1;
  };
  while (i < n) {
    skipSpace();
    const name = /^[^\s=,{}"#()]+/.exec(input.slice(i, i + 100))?.[0];
    if (!name) break;
    i += name.length;
    skipSpace();
    if (input[i] !== '=') break;
    i++;
    let parts = 0;
    let braced: string | undefined;
    for (;;) {
      skipSpace();
      parts++;
      if (input[i] === '{') {
        const end = closeBrace(i);
        if (end < 0) return out;
        braced = input.slice(i + 1, end - 1);
        i = end;
      } else if (input[i] === '"') {
        let depth = 0;
        let j = i + 1;
        for (; j < n && !(input[j] === '"' && depth === 0); j++) depth += input[j] === '{' ? 1 : input[j] === '}' ? -1 : 0;
        braced = undefined;
        i = j + 1;
      } else {
        const bare = /^[^\s,#}]*/.exec(input.slice(i, i + 200))![0];
        braced = undefined;
        i += bare.length;
      }
      skipSpace();
      if (input[i] !== '#') break;
      i++;
    }
    const key = name.toLowerCase();
    if (out.has(key) || twice.has(key)) {
      out.delete(key);
      twice.add(key);
    } else if (parts === 1 && braced !== undefined) out.set(key, braced);
    skipSpace();
    if (input[i] !== ',') break;
    i++;
  }
  return out;
}

/** A field name followed by "=" after a line break inside a value: the value has swallowed the fields after it. */
const SWALLOWED_FIELD = /,\s*\n\s*([A-Za-z][\w-]*)\s*=\s*[{"\d]/;

/** A field as the parser read it, composed (NFC): it spells {\\"U} as U plus a combining diaeresis. */
function firstString(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim().normalize('NFC') || undefined;
  if (Array.isArray(v) && typeof v[0] === 'string') return v.join(', ').trim().normalize('NFC') || undefined;
  return undefined;
}

function paperFromEntry(entry: Entry, line: number, now: number, warnings: string[]): Paper | undefined {
  const f = entry.fields as Record<string, unknown>;
  const where = `line ${line} (@${entry.type}{${entry.key}})`;
  const raw = rawBracedFields(entry.input ?? '');
  for (const [name, value] of raw) {
    const swallowed = SWALLOWED_FIELD.exec(value);
    if (swallowed)
      warnings.push(`${where}: the ${name} field runs on into "${swallowed[1]} = …": a brace is probably not closed; check what was read`);
  }
  /** A text field: exactly as Papershelf wrote it, else as the parser reads its LaTeX. */
  const textField = (name: string, kind: 'title' | 'text' = 'text'): string | undefined => {
    const value = raw.get(name);
    const own = value === undefined ? undefined : readOwnText(value, kind);
    return own !== undefined ? own || undefined : firstString(f[name]);
  };
  const title = textField('title', 'title');
  if (!title) {
    warnings.push(`${where}: no title; skipped`);
    return undefined;
  }
  const creators = (Array.isArray(f.author) ? f.author : []) as Creator[];
  const truncated = creators.some((c) => c.lastName === 'others' && !c.firstName);
  const authors = creators
    .filter((c) => !(c.lastName === 'others' && !c.firstName))
    .map(creatorAuthor)
    .filter((a) => a !== undefined);
  const ids: Paper['ids'] = {};
  const doi = parseDoi(firstString(f.doi));
  if (doi) ids.doi = doi;
  const eprintType = (firstString(f.archiveprefix) ?? firstString(f.eprinttype) ?? '').toLowerCase();
  const arxiv =
    (eprintType === 'arxiv' || !eprintType ? parseArxivId(firstString(f.eprint)) : undefined) ??
    parseArxivId(firstString(f.url)?.match(/arxiv\.org\/\S+/)?.[0]) ??
    parseArxivId(firstString(f.journal)?.match(/arxiv:\s*\S+/i)?.[0]);
  if (arxiv) ids.arxiv = arxiv;
  const yearText = firstString(f.year) ?? firstString(f.date)?.slice(0, 4);
  const year = yearText && /^\d{4}$/.test(yearText) ? Number(yearText) : undefined;
  const p = newPaper(now, {
    title,
    authors,
    authorsTruncated: truncated,
    ids,
    note: textField('annote') ?? textField('annotation') ?? '',
    citationKey: entry.key || undefined,
  });
  if (!p.citationKey) delete p.citationKey;
  if (year !== undefined && year >= 1000 && year <= 2200) p.year = year;
  else if (yearText) warnings.push(`${where}: year ${JSON.stringify(yearText)} is not a year; dropped`);
  const month = Number(firstString(f.month));
  if (p.year !== undefined && month >= 1 && month <= 12) p.date = `${p.year}-${String(month).padStart(2, '0')}`;
  const type = bibEntryType(entry.type.toLowerCase());
  p.type = type === 'misc' && arxiv && !doi ? 'preprint' : (type ?? 'misc');
  const venue =
    textField('journal') ??
    textField('journaltitle') ??
    textField('booktitle') ??
    textField('school') ??
    textField('institution') ??
    textField('publisher') ??
    textField('howpublished');
  if (venue && !(p.type === 'preprint' && /arxiv/i.test(venue))) p.venue = venue;
  else if (p.type === 'preprint') p.venue = 'arXiv';
  const url = firstString(f.url);
  if (url && /^https?:\/\//i.test(url)) p.url = url;
  else if (url) warnings.push(`${where}: url is not an http(s) URL; dropped`);
  const abstract = textField('abstract');
  if (abstract) p.abstract = abstract;
  const comment = textField('note');
  if (comment) p.comment = comment.slice(0, 2000);
  for (const k of keywordsOf(entry, raw.get('keywords'), where, warnings)) p.tags[k.slice(0, 200)] = { on: true, t: now };
  stampClocks(
    p,
    ['title', 'authors', 'authorsTruncated', 'year', 'date', 'venue', 'type', 'abstract', 'comment', 'url', 'citationKey', 'note'],
    now,
  );
  p.id = primaryKey(p);
  const parsed = Paper.safeParse(p);
  if (!parsed.success) throw new ImportError(`BibTeX ${where}: ${zodError(parsed.error)}`);
  return parsed.data;
}

const BIBTEX_OPTIONS = {
  english: false,
  sentenceCase: false,
  caseProtection: false,
  unsupported: (_node: unknown, tex: string) => tex,
} as const;

/**
 * Tags from `keywords`, split at "," and ";" as BibTeX tools do: each exactly as Papershelf wrote it, else its LaTeX
 * read by the parser ("to\_read" -> "to_read", "C++ \& co" -> "C++ & co").
 */
function keywordsOf(entry: Entry, raw: string | undefined, where: string, warnings: string[]): string[] {
  const written =
    raw !== undefined ? raw.split(/[,;]/) : (((entry.fields as { keywords?: unknown }).keywords as string[] | undefined) ?? []);
  const out: string[] = [];
  for (const piece of written) {
    // Whitespace around a keyword is not part of it; an escaped space ("\\ ") at its end is.
    const k = piece.replace(/^[ \t\n\r]+|(?<!\\)[ \t\n\r]+$/g, '');
    if (!k) continue;
    const own = readOwnText(k, 'keyword');
    out.push(own ?? latexText(k, where, warnings));
  }
  return [...new Set(out)];
}

/** A keyword's LaTeX as text, read by the BibTeX parser as it reads a title. */
function latexText(tex: string, where: string, warnings: string[]): string {
  try {
    const read = parseBibtexLibrary(`@misc{k, title = {${tex}}}`, BIBTEX_OPTIONS);
    const title = firstString(read.entries[0]?.fields.title);
    if (!read.errors.length && title) return title;
  } catch {
    // fall through: keep it as written
  }
  warnings.push(`${where}: keyword ${JSON.stringify(tex.slice(0, 60))} is not valid LaTeX; kept as written`);
  return tex;
}

function importBibtex(text: string, now: number): ImportResult {
  let library: ReturnType<typeof parseBibtexLibrary>;
  try {
    library = parseBibtexLibrary(text, BIBTEX_OPTIONS);
  } catch (e) {
    throw new ImportError(`BibTeX could not be read: ${e instanceof Error ? e.message.slice(0, 200) : String(e)}`);
  }
  const firstError = library.errors[0];
  if (firstError) {
    const line = /line (\d+)/.exec(firstError.error)?.[1];
    // The parser's message is followed by the entry's whole input on the next lines: keep only its first line.
    const message = (firstError.error.split('\n')[0] ?? '').replace(/\s+at line \d+, column \d+/, '').slice(0, 160);
    throw new ImportError(
      `BibTeX error${line ? ` at line ${line}` : ''}: ${message}${library.errors.length > 1 ? ` (and ${library.errors.length - 1} more errors)` : ''}`,
    );
  }
  if (!library.entries.length) throw new ImportError('no BibTeX entries found');
  const warnings: string[] = [];
  const papers: Paper[] = [];
  let searchFrom = 0;
  let lineAt = 1;
  for (const entry of library.entries) {
    const found = entry.input ? text.indexOf(entry.input, searchFrom) : -1;
    if (found >= 0) {
      for (let i = searchFrom; i < found; i++) if (text.charCodeAt(i) === 10) lineAt++;
      searchFrom = found;
    }
    const p = paperFromEntry(entry, lineAt, now, warnings);
    if (p) papers.push(p);
  }
  return { ok: true, format: 'bibtex', papers, tombstones: [], warnings };
}

/** Read an import file; `now` stamps papers made from BibTeX/CSL (default: the current time). */
export function parseImport(text: string, filename?: string, now: number = Date.now()): ImportResult {
  try {
    if (typeof text !== 'string') return { ok: false, error: 'the file is not text' };
    // Text already decoded: at least one byte per UTF-16 unit, so this refuses only what the byte limit refuses.
    if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: tooLargeMessage(new TextEncoder().encode(text).byteLength) };
    const body = text.replace(/^\uFEFF/, '');
    const start = body.trimStart();
    if (!start) return { ok: false, error: `${filename ?? 'the file'} is empty` };
    if (start.startsWith('{') || start.startsWith('[')) return importJson(body, now);
    if (/^\s*(%[^\n]*\n\s*)*@\s*[A-Za-z]+\s*[{(]/.test(body) || /^@\s*[A-Za-z]+\s*[{(]/m.test(body)) return importBibtex(body, now);
    return {
      ok: false,
      error: oneLine(
        `${filename ?? 'the file'} is not a Papershelf sync file, CSL-JSON or BibTeX (it starts with ${JSON.stringify(start.slice(0, 20))})`,
      ),
    };
  } catch (e) {
    if (e instanceof ImportError) return { ok: false, error: oneLine(e.message) };
    return { ok: false, error: oneLine(`the file could not be read: ${e instanceof Error ? e.message : String(e)}`) };
  }
}

/** An error as one short line: line breaks and other controls shown escaped, never a long stretch of the file. */
function oneLine(message: string): string {
  const flat = message.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, (c) =>
    c === '\n' ? ' ' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return flat.length > 300 ? `${flat.slice(0, 297)}...` : flat;
}
