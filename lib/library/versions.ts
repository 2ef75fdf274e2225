/**
 * Preprint and published version: when two records are one paper in two versions (an arXiv preprint and its
 * published version) and become one record. The one home of the rule; capture (store.ts reviewScan/saveCandidates)
 * applies it, the sync/import merge does not (see README, "Preprint and published version").
 *
 * `incoming` is the published version of `saved` (or its preprint) when all of these hold:
 * - **Sides.** One is a preprint: an arXiv id and no DOI, and no published venue. The other is a published version:
 *   no arXiv id, and a DOI or a venue that is not a preprint server ("arXiv", "CoRR", "bioRxiv", "arXiv preprint …"),
 *   and not a thesis or a book (another work that may share a title). Any other pairing is not a version pair.
 * - **Same title.** Equal title keys (foldKey: case, accents, punctuation and spaces ignored), after dropping a lab
 *   page's note at the end of a title ("[Best paper award]", "(Oral)", "[Spotlight]"). A title changed between
 *   versions (a subtitle added or dropped) is not matched: the library's title index is by whole title, and a
 *   subtitle is often what tells two papers apart. Generic titles never match: fewer than 2 words or 10 letters, or an
 *   erratum, correction, retraction, editorial, introduction, preface, reply, comment, book review and the like.
 * - **Same authors.** Family-name keys (familyNameKey). The first authors are equal, and of the family-name sets
 *   Jaccard |A∩B| / |A∪B| >= 0.6; when either list is cut ("et al.", "+5 authors") the known names are compared by
 *   |A∩B| / min(|A|,|B|) >= 0.6 instead. 0.6 lets a published version add or drop an author (2 -> 3 authors: 0.67,
 *   3 -> 5: 0.6) and keeps apart a student's single-author work and a paper with the same title by them and an
 *   advisor (1 -> 2: 0.5). Either list empty: not matched (nothing to compare).
 * - **Year window.** Published year - preprint year between -2 (an arXiv copy posted after publication) and +4
 *   (journals). Measured on the real pages in test/fixtures: of 19 entries listing both an arXiv id and a DOI, the
 *   gaps (arXiv id's year to the published year) run from -2 to +3. A missing year does not block.
 * - **Nothing contradicts it.** The two hold different values of one identifier kind (DOI, arXiv, OpenReview): two
 *   papers. A DBLP key does not block (DBLP keys the CoRR copy and the proceedings version apart).
 *
 * Only an unambiguous match links: when a capture's entry is the version of more than one saved record, none is
 * linked (it stays "possibly already saved"). Two records with different DOIs are never linked, because the published
 * side is the only one allowed a DOI.
 *
 * The linked record keeps both identifiers and cites the published version: its DOI, venue, type, year and date, and
 * its complete author list; the preprint gives the arXiv id (BibTeX `eprint`/`archivePrefix`, CSL `number`) and fills
 * only what the record lacks (abstract, PDF, code), never the venue, type, year or date (captureChanges in capture.ts).
 */
import type { Author, EntryType, Ids } from '../model';
import { familyNameKey, foldKey } from '../names';

/** `published`: the incoming entry is the published version of a saved preprint; `preprint`: the reverse. */
export type VersionRelation = 'published' | 'preprint';

/** What the rule reads of a record or a page's entry (a Paper and a Candidate both fit). */
export interface VersionSide {
  ids: Ids;
  title: string;
  authors: readonly Author[];
  authorsTruncated: boolean;
  authorCount?: number;
  year?: number;
  venue?: string;
  type?: EntryType;
}

const AUTHOR_SIMILARITY = 0.6;
const YEARS_BEFORE = 2;
const YEARS_AFTER = 4;

const PREPRINT_VENUE = /^(?:arxiv|corr|biorxiv|medrxiv|chemrxiv|ssrn|preprints?|techrxiv|psyarxiv|osf preprints|research square)\b/i;
const GENERIC_TITLE =
  /^(?:erratum|errata|corrigendum|corrigenda|correction|retraction|retracted|addendum|publisher'?s note|editorial|guest editorial|editor'?s note|introduction|preface|foreword|prologue|epilogue|reply|response|rejoinder|comment|comments|discussion|book review|review of|obituary|in memoriam|keynote|tutorial|abstracts?|front matter|back matter|table of contents|contents|index|author index|conclusions?|concluding remarks|summary|overview|untitled)\b/i;

function isPreprintVenue(venue: string | undefined): boolean {
  return venue === undefined || venue.trim() === '' || PREPRINT_VENUE.test(venue.trim()) || /\barxiv\b/i.test(venue);
}

function isPreprint(p: VersionSide): boolean {
  return !!p.ids.arxiv && !p.ids.doi && isPreprintVenue(p.venue);
}

/** Describes a published version: a DOI or a venue that is not a preprint server; not a preprint, thesis or book. */
function citesPublished(p: VersionSide): boolean {
  if (p.type === 'preprint' || p.type === 'thesis' || p.type === 'book') return false;
  return !!p.ids.doi || !isPreprintVenue(p.venue);
}

function isPublished(p: VersionSide): boolean {
  return !p.ids.arxiv && citesPublished(p);
}

const WORKSHOP = /\bworkshops?\b/i;

/**
 * What keeps two records apart even when their fingerprints (title, first author, year) agree: different values of
 * one identifier kind (DOI, arXiv, OpenReview), or a workshop version and a version at a venue that is no workshop.
 */
export function contradicts(a: VersionSide, b: VersionSide): boolean {
  if (differentIds(a.ids, b.ids)) return true;
  const va = a.venue && !isPreprintVenue(a.venue) ? WORKSHOP.test(a.venue) : undefined;
  const vb = b.venue && !isPreprintVenue(b.venue) ? WORKSHOP.test(b.venue) : undefined;
  return va !== undefined && vb !== undefined && va !== vb;
}

/**
 * For an entry already found to be the saved record's paper (a shared identifier or fingerprint): which version it
 * is, so that capture keeps the record citing the published version. `published` when the record is a preprint and
 * the entry a published version with the same title and authors; `preprint` when the entry is a preprint and the
 * record is not (the preprint then fills only what the record lacks).
 */
export function captureRelation(saved: VersionSide, incoming: VersionSide): VersionRelation | undefined {
  // The published version takes over the citation only when it is recognisably the same paper (a page may link one
  // arXiv id from two entries by mistake): same title and authors, as above.
  if (isPreprint(saved) && citesPublished(incoming) && sameWork(saved, incoming)) return 'published';
  if (isPreprint(incoming) && (saved.ids.doi || citesPublished(saved))) return 'preprint';
  return undefined;
}

/** A lab page's note after a title: "[Best paper award]", "(Oral)", "[Spotlight]". */
const TITLE_NOTE =
  /\s*[[(](?:[^\])]{0,40}\b)?(?:award|prize|oral|spotlight|highlight|best (?:paper|student paper)|honou?rable mention|invited|featured|finalist|nominee)s?\b[^\])]{0,40}[\])]\s*$/i;

/** A title without a lab page's note after it; the title itself when it has none. */
export function versionTitle(title: string): string {
  const bare = title.replace(TITLE_NOTE, '');
  return bare.trim() ? bare : title;
}

/** A title specific enough to say two records are one paper. */
export function specificTitle(title: string): boolean {
  const t = title.trim();
  const words = t.split(/\s+/).filter((w) => foldKey(w)).length;
  return words >= 2 && foldKey(t).length >= 10 && !GENERIC_TITLE.test(t.replace(/^[^\p{L}]+/u, ''));
}

function familyKeys(authors: readonly Author[]): string[] {
  return authors.map(familyNameKey).filter(Boolean);
}

function cut(p: VersionSide): boolean {
  return p.authorsTruncated || (p.authorCount ?? 0) > p.authors.length;
}

/** How alike two author lists are, by the rule above (0 when the first authors differ or a list is empty). */
export function authorSimilarity(a: VersionSide, b: VersionSide): number {
  const ka = familyKeys(a.authors);
  const kb = familyKeys(b.authors);
  if (!ka.length || !kb.length || ka[0] !== kb[0]) return 0;
  const sa = new Set(ka);
  const sb = new Set(kb);
  let both = 0;
  for (const k of sa) if (sb.has(k)) both++;
  if (cut(a) || cut(b)) return both / Math.min(sa.size, sb.size);
  return both / (sa.size + sb.size - both);
}

function differentIds(a: Ids, b: Ids): boolean {
  return (['doi', 'arxiv', 'openreview'] as const).some((k) => a[k] && b[k] && a[k].toLowerCase() !== b[k].toLowerCase());
}

function sameWork(a: VersionSide, b: VersionSide): boolean {
  return foldKey(versionTitle(a.title)) === foldKey(versionTitle(b.title)) && authorSimilarity(a, b) >= AUTHOR_SIMILARITY;
}

/** Whether `incoming` is the published version of `saved` (`published`), its preprint (`preprint`), or neither. */
export function versionRelation(saved: VersionSide, incoming: VersionSide): VersionRelation | null {
  const relation =
    isPreprint(saved) && isPublished(incoming) ? 'published' : isPublished(saved) && isPreprint(incoming) ? 'preprint' : null;
  if (!relation) return null;
  if (differentIds(saved.ids, incoming.ids)) return null;
  const title = versionTitle(saved.title);
  if (foldKey(title) !== foldKey(versionTitle(incoming.title)) || !specificTitle(title)) return null;
  const [preprint, published] = relation === 'published' ? [saved, incoming] : [incoming, saved];
  if (preprint.year !== undefined && published.year !== undefined) {
    const gap = published.year - preprint.year;
    if (gap < -YEARS_BEFORE || gap > YEARS_AFTER) return null;
  }
  if (authorSimilarity(saved, incoming) < AUTHOR_SIMILARITY) return null;
  return relation;
}

/** The one saved record `incoming` is a version of, if exactly one of `saved` is (several: ambiguous, none). */
export function versionOf<P extends VersionSide>(
  saved: readonly P[],
  incoming: VersionSide,
): { paper: P; relation: VersionRelation } | undefined {
  let found: { paper: P; relation: VersionRelation } | undefined;
  for (const paper of saved) {
    const relation = versionRelation(paper, incoming);
    if (!relation) continue;
    if (found && found.paper !== paper) return undefined;
    found = { paper, relation };
  }
  return found;
}

/**
 * For a page's "Saved" mark, which knows an entry only by its identity keys (an arXiv id, the fingerprint's folded
 * title, first author's family name and year): whether `saved` may be the published version of that arXiv entry. The
 * rule above with what the keys carry: `saved` is a published version (no arXiv id), the titles and first authors are
 * equal, the title is specific and the years are within the window. It marks, it never joins.
 */
export function publishedOfListedPreprint(saved: VersionSide, keys: readonly string[]): boolean {
  if (!isPublished(saved) || !keys.some((k) => k.startsWith('arxiv:')) || keys.some((k) => k.startsWith('doi:'))) return false;
  const fp = keys.find((k) => k.startsWith('fp:'));
  const m = fp && /^fp:(.*)\|([^|]*)\|(\d*)$/.exec(fp);
  if (!m || !m[1] || !m[2]) return false;
  const title = versionTitle(saved.title);
  if (foldKey(title) !== m[1] || !specificTitle(title) || !saved.authors[0] || familyNameKey(saved.authors[0]) !== m[2]) return false;
  if (!m[3] || saved.year === undefined) return true;
  const gap = saved.year - Number(m[3]);
  return gap >= -YEARS_BEFORE && gap <= YEARS_AFTER;
}
