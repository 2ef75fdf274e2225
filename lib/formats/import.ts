/**
 * File -> papers, for import and sync. Detects the format from the content (sync JSON, CSL-JSON, BibTeX), validates
 * everything with zod, and never throws: a bad file gives {ok: false, error} naming what is wrong and where (JSON
 * path, BibTeX line). Papers made from BibTeX or CSL get clocks = import time, so newer local edits win.
 */
import { parse as parseBibtexLibrary, type Creator, type Entry } from '@retorquere/bibtex-parser';
import type { z } from 'zod';
import { CslJson, Paper, SCHEMA_VERSION, SyncFile, type Author, type EntryType, type Tombstone } from '../model';
import { authorFromName } from '../library/authors';
import { parseArxivId, parseDoi, primaryKey } from '../library/identity';
import { mergeLibraries, type Library, type MergeReport, type MergeResult } from '../library/merge';
import { fromCslJson } from './csl';
import { noTags } from '../library/tags';

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
const MAX_JSON_DEPTH = 64;

export type ImportFormat = 'sync' | 'csl' | 'bibtex';
export type ImportResult =
  | { ok: true; format: ImportFormat; papers: Paper[]; tombstones: Tombstone[]; warnings: string[] }
  | { ok: false; error: string };

export interface ImportPreview extends MergeResult {
  /** The report as readable lines (also what the CLI prints). */
  summary: string;
}

class ImportError extends Error {}

function jsonPath(path: readonly PropertyKey[]): string {
  return '$' + path.map((k) => (typeof k === 'number' ? `[${k}]` : /^[A-Za-z_$][\w$]*$/.test(String(k)) ? `.${String(k)}` : `[${JSON.stringify(String(k))}]`)).join('');
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
function checkJsonShape(root: unknown): void {
  // The path is a parent chain, turned into a string only for an error: a 20k-paper file has millions of values.
  type Step = { key: string | number; parent: Step | null } | null;
  const pathOf = (step: Step): (string | number)[] => {
    const out: (string | number)[] = [];
    for (let s = step; s; s = s.parent) out.unshift(s.key);
    return out;
  };
  const visit = (value: unknown, step: Step, depth: number): void => {
    if (typeof value !== 'object' || value === null) return;
    if (depth > MAX_JSON_DEPTH) throw new ImportError(`nested deeper than ${MAX_JSON_DEPTH} levels at ${jsonPath(pathOf(step).slice(0, 8))}…`);
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
  visit(root, null, 0);
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
    const pos = /position (\d+)/.exec(message);
    const where = pos ? ` at ${lineAndColumn(text, Number(pos[1]))}` : '';
    const reason = message.replace(/ in JSON at position \d+/, '').replace(/^\w/, (c) => c.toLowerCase());
    throw new ImportError(`not valid JSON${where}: ${reason.slice(0, 200)}`);
  }
}

function importJson(text: string, now: number): ImportResult {
  const value = parseJson(text);
  checkJsonShape(value);
  if (Array.isArray(value)) {
    const parsed = CslJson.safeParse(value);
    if (!parsed.success) throw new ImportError(`CSL-JSON: ${zodError(parsed.error)}`);
    const { papers, warnings } = fromCslJson(parsed.data, now);
    return { ok: true, format: 'csl', papers: validatePapers(papers, (i) => `CSL item $[${i}]`), tombstones: [], warnings };
  }
  if (typeof value === 'object' && value !== null && 'format' in value) {
    const format = (value as { format: unknown }).format;
    if (format !== 'papershelf-sync') throw new ImportError(`$.format: expected "papershelf-sync", found ${JSON.stringify(format)?.slice(0, 60)}`);
    const version = (value as { schemaVersion?: unknown }).schemaVersion;
    if (typeof version === 'number' && version > SCHEMA_VERSION) throw new ImportError(`$.schemaVersion: this file is version ${version}, written by a newer Papershelf; update to import it`);
    const parsed = SyncFile.safeParse(value);
    if (!parsed.success) throw new ImportError(`sync file: ${zodError(parsed.error)}`);
    return { ok: true, format: 'sync', papers: parsed.data.papers, tombstones: parsed.data.tombstones, warnings: [] };
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && 'type' in value && 'title' in value) {
    return importJson(`[${text}]`, now);
  }
  throw new ImportError('JSON file is neither a Papershelf sync file (no "format") nor CSL-JSON (an array of items)');
}

function validatePapers(papers: Paper[], where: (index: number) => string): Paper[] {
  return papers.map((p, i) => {
    const parsed = Paper.safeParse(p);
    if (!parsed.success) throw new ImportError(`${where(i)}: ${zodError(parsed.error)}`);
    return parsed.data;
  });
}

const BIB_TYPES: Record<string, EntryType> = {
  article: 'article',
  inproceedings: 'inproceedings',
  conference: 'inproceedings',
  incollection: 'incollection',
  inbook: 'incollection',
  book: 'book',
  phdthesis: 'thesis',
  mastersthesis: 'thesis',
  thesis: 'thesis',
  techreport: 'report',
  report: 'report',
  misc: 'misc',
  online: 'misc',
  unpublished: 'misc',
};

/**
 * A BibTeX name as an author. The parser reports a braced whole name ("{Gemini Team}", "{DeepSeek-AI}") as `name`:
 * an organisation, or a name written whole. A split name is a person unless the organisation rule says otherwise
 * ("Team, Gemini" as Google Scholar exports it).
 */
function creatorAuthor(c: Creator): Author | undefined {
  const whole = c.name?.trim().replace(/\s+/g, ' ');
  if (whole) return { literal: whole };
  const name = [c.firstName, c.prefix, c.lastName, c.suffix].filter(Boolean).join(' ');
  return name ? authorFromName(name) : undefined;
}

function firstString(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v) && typeof v[0] === 'string') return v.join(', ').trim() || undefined;
  return undefined;
}

function paperFromEntry(entry: Entry, line: number, now: number, warnings: string[]): Paper | undefined {
  const f = entry.fields as Record<string, unknown>;
  const where = `line ${line} (@${entry.type}{${entry.key}})`;
  const title = firstString(f.title);
  if (!title) {
    warnings.push(`${where}: no title; skipped`);
    return undefined;
  }
  const creators = (Array.isArray(f.author) ? f.author : []) as Creator[];
  const truncated = creators.some((c) => c.lastName === 'others' && !c.firstName);
  const authors = creators.filter((c) => !(c.lastName === 'others' && !c.firstName)).map(creatorAuthor).filter((a) => a !== undefined);
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
  const p: Paper = {
    id: '',
    title,
    authors,
    authorsTruncated: truncated,
    ids,
    signals: {},
    sources: [],
    tags: noTags(),
    note: firstString(f.annote) ?? firstString(f.annotation) ?? '',
    readState: 'unread',
    starred: false,
    addedAt: now,
    updatedAt: now,
    clock: {},
    citationKey: entry.key || undefined,
  };
  if (!p.citationKey) delete p.citationKey;
  if (year !== undefined && year >= 1000 && year <= 2200) p.year = year;
  else if (yearText) warnings.push(`${where}: year ${JSON.stringify(yearText)} is not a year; dropped`);
  const month = Number(firstString(f.month));
  if (p.year !== undefined && month >= 1 && month <= 12) p.date = `${p.year}-${String(month).padStart(2, '0')}`;
  const type = BIB_TYPES[entry.type.toLowerCase()];
  p.type = type === 'misc' && arxiv && !doi ? 'preprint' : (type ?? 'misc');
  const venue =
    firstString(f.journal) ?? firstString(f.journaltitle) ?? firstString(f.booktitle) ?? firstString(f.school) ?? firstString(f.institution) ?? firstString(f.publisher) ?? firstString(f.howpublished);
  if (venue && !(p.type === 'preprint' && /arxiv/i.test(venue))) p.venue = venue;
  else if (p.type === 'preprint') p.venue = 'arXiv';
  const url = firstString(f.url);
  if (url && /^https?:\/\//i.test(url)) p.url = url;
  else if (url) warnings.push(`${where}: url is not an http(s) URL; dropped`);
  const abstract = firstString(f.abstract);
  if (abstract) p.abstract = abstract;
  const comment = firstString(f.note);
  if (comment) p.comment = comment.slice(0, 2000);
  const keywords = Array.isArray(f.keywords) ? (f.keywords as unknown[]).filter((k): k is string => typeof k === 'string') : firstString(f.keywords)?.split(/[,;]/) ?? [];
  for (const k of keywords.map((x) => x.trim()).filter(Boolean)) p.tags[k.slice(0, 200)] = { on: true, t: now };
  for (const field of ['title', 'authors', 'authorsTruncated', 'year', 'date', 'venue', 'type', 'abstract', 'comment', 'url', 'citationKey', 'note'] as const) {
    if (p[field] !== undefined && p[field] !== '') p.clock[field] = now;
  }
  p.id = primaryKey(p);
  const parsed = Paper.safeParse(p);
  if (!parsed.success) throw new ImportError(`BibTeX ${where}: ${zodError(parsed.error)}`);
  return parsed.data;
}

function importBibtex(text: string, now: number): ImportResult {
  let library: ReturnType<typeof parseBibtexLibrary>;
  try {
    library = parseBibtexLibrary(text, { english: false, sentenceCase: false, caseProtection: false, unsupported: (_node, tex) => tex });
  } catch (e) {
    throw new ImportError(`BibTeX could not be read: ${e instanceof Error ? e.message.slice(0, 200) : String(e)}`);
  }
  const firstError = library.errors[0];
  if (firstError) {
    const line = /line (\d+)/.exec(firstError.error)?.[1];
    const message = firstError.error.replace(/\s+at line \d+, column \d+/, '').slice(0, 200);
    throw new ImportError(`BibTeX error${line ? ` at line ${line}` : ''}: ${message}${library.errors.length > 1 ? ` (and ${library.errors.length - 1} more errors)` : ''}`);
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
    if (text.length > MAX_IMPORT_BYTES) {
      return { ok: false, error: `the file is too large (${(text.length / 1048576).toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / 1048576} MB)` };
    }
    const body = text.replace(/^\uFEFF/, '');
    const start = body.trimStart();
    if (!start) return { ok: false, error: `${filename ?? 'the file'} is empty` };
    if (start.startsWith('{') || start.startsWith('[')) return importJson(body, now);
    if (/^\s*(%[^\n]*\n\s*)*@\s*[A-Za-z]+\s*[{(]/.test(body) || /^@\s*[A-Za-z]+\s*[{(]/m.test(body)) return importBibtex(body, now);
    return { ok: false, error: `${filename ?? 'the file'} is not a Papershelf sync file, CSL-JSON or BibTeX (it starts with ${JSON.stringify(start.slice(0, 20))})` };
  } catch (e) {
    if (e instanceof ImportError) return { ok: false, error: e.message };
    return { ok: false, error: `the file could not be read: ${e instanceof Error ? e.message.slice(0, 200) : String(e)}` };
  }
}

/** What applying `incoming` would do to `library`: the merge result (to apply as is) and its report. */
export function previewImport(library: Library, incoming: Library): ImportPreview {
  const result = mergeLibraries(library, incoming);
  return { ...result, summary: formatMergeReport(result.report) };
}

function preview(value: unknown): string {
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** The merge report as readable text. */
export function formatMergeReport(r: MergeReport): string {
  const lines = [
    `${r.added.length} new, ${Object.keys(r.updated).length} updated, ${r.unchanged} unchanged, ${r.deleted.length} deleted, ${r.conflicts.length} conflicts`,
  ];
  for (const id of r.added.slice(0, 50)) lines.push(`  new: ${id}`);
  for (const [id, fields] of Object.entries(r.updated).slice(0, 50)) lines.push(`  updated: ${id} (${fields.join(', ')})`);
  for (const c of r.conflicts.slice(0, 50)) {
    lines.push(`  conflict: ${c.paperId} ${c.field}: kept ${c.winner} ${preview(c.winner === 'local' ? c.local : c.incoming)} over ${preview(c.winner === 'local' ? c.incoming : c.local)}: ${c.reason}`);
  }
  for (const id of r.deleted.slice(0, 50)) lines.push(`  deleted: ${id}`);
  for (const id of r.keptDespiteDeletion.slice(0, 50)) lines.push(`  kept despite deletion (edited after it): ${id}`);
  for (const [from, to] of Object.entries(r.replaced).slice(0, 50)) lines.push(`  merged: ${from} -> ${to}`);
  if (r.suppressed) lines.push(`  ${r.suppressed} incoming papers not added: deleted here`);
  return lines.join('\n');
}
