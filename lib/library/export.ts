/** Library -> file, for the popup and the side panel: assigns missing citation keys once (stored), then formats. */
import type { Paper } from '../model';
import { assignCitationKeys } from '../formats/citekey';
import { toBibtex } from '../formats/bibtex';
import { toCslJson } from '../formats/csl';
import { toSyncFile } from '../formats/json';
import { deviceId, editPapers, getAllPapers, getTombstones, type LibraryDb } from './store';

/** `bibtex-ascii`: BibTeX with LaTeX macros for accented letters, for toolchains that are not UTF-8. */
export type ExportFormat = 'bibtex' | 'bibtex-ascii' | 'json' | 'csl';

export interface ExportedFile {
  filename: string;
  mime: string;
  text: string;
}

/**
 * Give every paper without a citation key its key, persisting the new keys so they never change (one read-modify-write
 * transaction: a key another page stored meanwhile is kept).
 */
async function withCitationKeys(db: LibraryDb, papers: Paper[], all?: Paper[]): Promise<Paper[]> {
  const library = all ?? (await getAllPapers(db));
  const keys = assignCitationKeys(
    papers,
    library.flatMap((p) => (p.citationKey ? [p.citationKey] : [])),
  );
  if (keys.size === 0) return papers;
  const now = Date.now();
  const withKey = (p: Paper): Paper => {
    const key = keys.get(p.id);
    return key && !p.citationKey ? { ...p, citationKey: key, clock: { ...p.clock, citationKey: now } } : p;
  };
  await editPapers(db, [...keys.keys()], withKey, 'citation-keys');
  return papers.map(withKey);
}

export async function exportPapers(
  db: LibraryDb,
  format: ExportFormat,
  papers?: Paper[],
  opts: { ascii?: boolean; name?: string; all?: Paper[] } = {},
): Promise<ExportedFile> {
  const all = opts.all ?? (await getAllPapers(db));
  const chosen = papers ?? all;
  const day = new Date().toISOString().slice(0, 10);
  const base = opts.name ?? `papershelf-${day}`;
  if (format === 'bibtex' || format === 'bibtex-ascii') {
    const keyed = await withCitationKeys(db, chosen, all);
    return {
      filename: `${base}.bib`,
      mime: 'application/x-bibtex',
      text: toBibtex(keyed, { ascii: opts.ascii ?? format === 'bibtex-ascii' }),
    };
  }
  if (format === 'csl') {
    const keyed = await withCitationKeys(db, chosen, all);
    return { filename: `${base}.csl.json`, mime: 'application/json', text: JSON.stringify(toCslJson(keyed), null, 2) };
  }
  const tombstones = papers ? [] : await getTombstones(db);
  const file = toSyncFile(chosen, tombstones, await deviceId(db), Date.now());
  return { filename: `${base}.papershelf.json`, mime: 'application/json', text: JSON.stringify(file) };
}

/** The papers with these ids, in this order (the side panel's selection), as a file: read here, not by the caller. */
export async function exportPaperIds(db: LibraryDb, format: ExportFormat, ids: string[]): Promise<ExportedFile> {
  const all = await getAllPapers(db);
  const byId = new Map(all.map((p) => [p.id, p]));
  return exportPapers(
    db,
    format,
    ids.flatMap((id) => byId.get(id) ?? []),
    { all },
  );
}

export function exportLibraryFile(db: LibraryDb, format: ExportFormat): Promise<ExportedFile> {
  return exportPapers(db, format);
}
