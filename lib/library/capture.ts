import { newPaper, type Candidate, type CaptureSource, type Paper, type Signals, type Source } from '../model';
import { authorName, capturedAuthors } from '../names';
import { candidateIdentity, identityKeys, primaryKey } from '../identity';
import { copyTags, isTagged, tagsFrom } from '../tags';
import type { VersionRelation } from './versions';

/** Bibliographic fields a capture may fill when the library lacks them. */
const FILLABLE = ['venue', 'abstract', 'comment', 'date', 'year', 'url', 'pdf', 'code', 'bibtex', 'authorCount'] as const;

const PUBLISHED_TYPES = new Set(['article', 'inproceedings', 'book', 'incollection', 'thesis', 'report']);

function sourceOf(c: Candidate, src: CaptureSource, now: number): Source {
  const s: Source = { site: src.site, url: src.url, kind: src.kind, firstSeenAt: now, seenAt: now };
  if (src.context) s.context = src.context;
  if (c.signals && Object.keys(c.signals).length) s.signals = c.signals;
  return s;
}

/** A new library record for a captured entry. */
export function paperFromCandidate(c: Candidate, src: CaptureSource, now: number, tags: string[] = []): Paper {
  const paper = newPaper(now, {
    id: primaryKey(candidateIdentity(c)),
    title: c.title,
    authors: capturedAuthors(c.authors),
    authorsTruncated: c.authorsTruncated,
    ids: { ...c.ids },
    signals: { ...(c.signals ?? {}) },
    sources: [sourceOf(c, src, now)],
    tags: tagsFrom(tags.map((t) => [t, { on: true, t: now }])),
  });
  for (const f of [...FILLABLE, 'type'] as const) {
    const v = c[f];
    if (v !== undefined) (paper as Record<string, unknown>)[f] = v;
  }
  for (const f of ['title', 'authors', 'authorsTruncated', ...FILLABLE, 'type'] as const) {
    if ((paper as Record<string, unknown>)[f] !== undefined) paper.clock[f] = now;
  }
  return paper;
}

/**
 * What a capture of `c` would change in `existing`: bibliographic fields it fills or improves.
 * Refreshed signals and sightings are not counted as changes. With a version relation (versions.ts): `published`
 * (`c` is the published version of the saved preprint) makes the record cite it (its venue, type, year, date and
 * complete author list); `preprint` (`c` is the saved paper's preprint) adds its identifiers and fills only what
 * the record lacks, never the venue, type, year or date.
 */
export function captureChanges(existing: Paper, c: Candidate, relation?: VersionRelation): string[] {
  const changes: string[] = [];
  const citing = relation === 'published' ? PUBLISHED_CITATION : relation === 'preprint' ? PREPRINT_KEEPS : undefined;
  for (const f of FILLABLE) if (!citing?.has(f) && existing[f] === undefined && c[f] !== undefined) changes.push(f);
  if (relation === 'published') {
    for (const f of ['venue', 'year', 'date'] as const) if (c[f] !== existing[f] && (c[f] !== undefined || f === 'date')) changes.push(f);
    // Without a type of its own the published version is no preprint either: the record's type is left unknown ('misc').
    if (c.type ? existing.type !== c.type : existing.type === 'preprint') changes.push('type');
    if (betterAuthors(existing, c) || publishedAuthorsDiffer(existing, c)) changes.push('authors');
  } else {
    if (betterAuthors(existing, c)) changes.push('authors');
    if (!relation && c.type && (existing.type === undefined || (existing.type === 'preprint' && PUBLISHED_TYPES.has(c.type))))
      changes.push('type');
  }
  for (const k of Object.keys(c.ids) as (keyof Candidate['ids'])[]) if (c.ids[k] && !existing.ids[k]) changes.push(`ids.${k}`);
  return changes;
}

/** Fields the published version sets when it joins a saved preprint, and those a preprint never fills in a published record. */
const PUBLISHED_CITATION = new Set<string>(['venue', 'year', 'date']);
const PREPRINT_KEEPS = new Set<string>(['venue', 'year', 'date', 'bibtex']);

/** The published version's complete author list names other people than the preprint's. */
function publishedAuthorsDiffer(existing: Paper, c: Candidate): boolean {
  if (c.authorsTruncated || c.authors.length === 0) return false;
  const captured = capturedAuthors(c.authors);
  return captured.length !== existing.authors.length || captured.some((a, i) => authorName(a) !== authorName(existing.authors[i]!));
}

function betterAuthors(existing: Paper, c: Candidate): boolean {
  if (c.authors.length === 0) return false;
  if (existing.authors.length === 0) return true;
  if (existing.authorsTruncated && (!c.authorsTruncated || c.authors.length > existing.authors.length)) return true;
  return organisationsNewlyRecognised(existing, c);
}

/** The same names, some of which capture now reads as organisations (a record saved before organisations existed). */
function organisationsNewlyRecognised(existing: Paper, c: Candidate): boolean {
  if (existing.authors.length !== c.authors.length || existing.authorsTruncated !== c.authorsTruncated) return false;
  const captured = capturedAuthors(c.authors);
  let upgraded = false;
  for (let i = 0; i < captured.length; i++) {
    const old = existing.authors[i]!;
    const now = captured[i]!;
    if (authorName(old).trim() !== authorName(now)) return false;
    if (typeof old === 'string' && typeof now !== 'string') upgraded = true;
  }
  return upgraded;
}

/** Merge a capture into an existing record: fill gaps, refresh signals and sightings, add tags. User fields are untouched. */
export function applyCapture(
  existing: Paper,
  c: Candidate,
  src: CaptureSource,
  now: number,
  tags: string[] = [],
  relation?: VersionRelation,
): { paper: Paper; changes: string[] } {
  const changes = captureChanges(existing, c, relation);
  const p: Paper = { ...existing, ids: { ...existing.ids }, clock: { ...existing.clock }, tags: copyTags(existing.tags) };
  const rec = p as Record<string, unknown>;
  for (const change of changes) {
    if (change.startsWith('ids.')) {
      const k = change.slice(4) as keyof Candidate['ids'];
      p.ids[k] = c.ids[k];
    } else if (change === 'authors') {
      p.authors = capturedAuthors(c.authors);
      p.authorsTruncated = c.authorsTruncated;
      if (c.authorCount !== undefined) p.authorCount = c.authorCount;
      else delete p.authorCount;
      p.clock.authors = p.clock.authorsTruncated = now;
    } else if (change === 'type' && relation === 'published') {
      p.type = c.type ?? 'misc';
      p.clock.type = now;
    } else if (change === 'date' && c.date === undefined) {
      delete p.date;
      p.clock.date = now;
    } else if (change === 'type') {
      p.type = c.type;
      p.clock.type = now;
      // A published version replaces the preprint's venue ("arXiv") with the real one.
      if (existing.type === 'preprint' && c.venue) {
        p.venue = c.venue;
        p.clock.venue = now;
      }
    } else {
      rec[change] = c[change as keyof Candidate];
      p.clock[change] = now;
    }
  }
  if (c.signals) p.signals = mergeSignals(existing.signals, c.signals);
  const i = existing.sources.findIndex((s) => s.url === src.url);
  const seen = sourceOf(c, src, now);
  p.sources = [...existing.sources];
  if (i >= 0) p.sources[i] = { ...seen, firstSeenAt: existing.sources[i]!.firstSeenAt };
  else p.sources.push(seen);
  for (const t of tags) {
    if (!isTagged(p.tags, t)) {
      p.tags[t] = { on: true, t: now };
      changes.push(`tag:${t}`);
    }
  }
  p.updatedAt = now;
  return { paper: p, changes };
}

function mergeSignals(old: Signals, fresh: Signals): Signals {
  return { ...old, ...fresh };
}

/**
 * Entries a save of all of `candidates` would write into an earlier entry's record (a page listing one paper twice,
 * or two entries linking one identifier): entry index -> the first entry of its paper and the key they share.
 * Matches as saveCandidates does: any shared identity key, an identifier or the fingerprint.
 */
export function entriesOfOnePaper(candidates: readonly Candidate[]): Map<number, { first: number; key: string }> {
  const firstByKey = new Map<string, number>();
  const out = new Map<number, { first: number; key: string }>();
  candidates.forEach((c, i) => {
    const keys = identityKeys(candidateIdentity(c));
    const key = keys.find((k) => firstByKey.has(k));
    const first = key === undefined ? i : firstByKey.get(key)!;
    if (key !== undefined) out.set(i, { first, key });
    for (const k of keys) if (!firstByKey.has(k)) firstByKey.set(k, first);
  });
  return out;
}
