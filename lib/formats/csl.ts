/**
 * CSL-JSON for Zotero and Pandoc: types, author family/given (literal when a name cannot be split), issued
 * date-parts, DOI, URL, arXiv id as `number` with publisher "arXiv"; Papershelf's user fields in `custom.papershelf`.
 */
import { z } from 'zod';
import { EntryType, Ids, newPaper, ReadState, stampClocks, Tags, type Author, type CslItem, type CslName, type Paper } from '../model';
import { authorFromName, authorName, splitPersonName } from '../names';
import { isOrganisationName } from '../text/organisations';
import { arxivAbsUrl, parseArxivId, parseDoi, primaryKey } from '../identity';
import { baseCitationKey, uniqueKey } from './citekey';
import { activeTags, noTags } from '../tags';

const CSL_TYPE: Record<EntryType, string> = {
  article: 'article-journal',
  inproceedings: 'paper-conference',
  preprint: 'article',
  book: 'book',
  incollection: 'chapter',
  thesis: 'thesis',
  report: 'report',
  misc: 'document',
};
const ENTRY_TYPE: Record<string, EntryType> = {
  'article-journal': 'article',
  'paper-conference': 'inproceedings',
  article: 'preprint',
  book: 'book',
  chapter: 'incollection',
  thesis: 'thesis',
  report: 'report',
};

/**
 * "Hans van der Berg" -> {family: "van der Berg", given: "Hans"}; one word -> literal; an organisation (or a string the rule reads as one) -> literal
 * ({literal: "The OPT Team"}), never split.
 */
function cslName(author: Author): CslName {
  if (typeof author !== 'string' || isOrganisationName(author)) return { literal: authorName(author).trim().replace(/\s+/g, ' ') };
  return splitPersonName(author) ?? { literal: author.trim().replace(/\s+/g, ' ') };
}

/** What `custom.papershelf` carries. */
const PapershelfCustom = z
  .object({
    id: z.string().max(600),
    ids: Ids,
    tags: Tags,
    note: z.string().max(100_000),
    readState: ReadState,
    starred: z.boolean(),
    authorsTruncated: z.boolean(),
    authorCount: z.number().int().min(0),
    type: z.string().max(40),
    venue: z.string().max(1000),
    comment: z.string().max(2000),
  })
  .partial();

function toCslItem(p: Paper, key: string): CslItem {
  const item: CslItem = {
    id: key,
    type: CSL_TYPE[p.type ?? (p.ids.arxiv && !p.ids.doi ? 'preprint' : 'misc')],
    'citation-key': key,
    title: p.title,
  };
  if (p.authors.length) item.author = p.authors.map(cslName);
  const dateParts = p.date ? p.date.split('-').map(Number) : p.year !== undefined ? [p.year] : undefined;
  if (dateParts) item.issued = { 'date-parts': [dateParts] };
  if (p.venue && !(item.type === 'article' && /^arxiv$/i.test(p.venue))) {
    if (item.type === 'book' || item.type === 'report' || item.type === 'thesis') item.publisher = p.venue;
    else item['container-title'] = p.venue;
  }
  if (p.ids.arxiv) {
    item.number = p.ids.arxiv;
    if (item.type === 'article') item.publisher = 'arXiv';
  }
  if (p.ids.doi) item.DOI = p.ids.doi;
  const url = p.url ?? (p.ids.arxiv ? arxivAbsUrl(p.ids.arxiv) : undefined);
  if (url) item.URL = url;
  if (p.abstract) item.abstract = p.abstract;
  const tags = activeTags(p.tags).sort();
  if (tags.length) item.keyword = tags.join(', ');
  const custom: z.infer<typeof PapershelfCustom> = {
    id: p.id,
    ids: p.ids,
    tags: p.tags,
    note: p.note,
    readState: p.readState,
    starred: p.starred,
    authorsTruncated: p.authorsTruncated,
  };
  if (p.authorCount !== undefined) custom.authorCount = p.authorCount;
  if (p.type) custom.type = p.type;
  if (p.venue) custom.venue = p.venue;
  if (p.comment) custom.comment = p.comment;
  item.custom = { papershelf: custom };
  return item;
}

/** The papers as CSL-JSON items, `id` = citation key (stored, else the default key), unique. */
export function toCslJson(papers: Paper[]): CslItem[] {
  const taken = new Set<string>();
  const keys = new Map<Paper, string>();
  for (const p of papers) if (p.citationKey) keys.set(p, uniqueKey(p.citationKey, taken));
  for (const p of papers) if (!keys.has(p)) keys.set(p, uniqueKey(baseCitationKey(p), taken));
  return papers.map((p) => toCslItem(p, keys.get(p)!));
}

/** A CSL name as an author: `literal` stays whole; a split name is a person unless it is an organisation split by mistake ("Team", "Gemini"). */
function cslAuthor(n: CslName): Author | undefined {
  const literal = n.literal?.trim().replace(/\s+/g, ' ');
  if (literal) return { literal };
  const family = [n['non-dropping-particle'], n.family].filter(Boolean).join(' ');
  const given = [n.given, n['dropping-particle']].filter(Boolean).join(' ');
  const name = [given, family, n.suffix].filter(Boolean).join(' ');
  return name ? authorFromName(name) : undefined;
}

function httpUrl(s: string | undefined): string | undefined {
  return s && /^https?:\/\//i.test(s) ? s : undefined;
}

/**
 * CSL items -> papers (already validated against CslItem). Fields get clock = `now`, so newer local edits win.
 * Returns warnings for what was dropped.
 */
export function fromCslJson(items: CslItem[], now: number): { papers: Paper[]; warnings: string[] } {
  const warnings: string[] = [];
  const papers: Paper[] = [];
  items.forEach((item, index) => {
    const where = `$[${index}]`;
    if (!item.title?.trim()) {
      warnings.push(`${where}: item ${JSON.stringify(String(item.id))} has no title; skipped`);
      return;
    }
    const customParse = PapershelfCustom.safeParse(item.custom?.papershelf ?? {});
    const custom = customParse.success ? customParse.data : {};
    if (!customParse.success) warnings.push(`${where}.custom.papershelf: not Papershelf data; ignored`);
    const ids: Paper['ids'] = { ...(custom.ids ?? {}) };
    const doi = parseDoi(item.DOI);
    if (doi) ids.doi = doi;
    const arxiv =
      parseArxivId(item.number !== undefined ? String(item.number) : undefined) ??
      (/arxiv\.org/i.test(item.URL ?? '') ? parseArxivId(item.URL) : undefined);
    if (arxiv) ids.arxiv = arxiv;
    const parts = item.issued?.['date-parts']?.[0]?.map(Number);
    const year = parts?.[0] !== undefined && Number.isInteger(parts[0]) && parts[0] >= 1000 && parts[0] <= 2200 ? parts[0] : undefined;
    const p = newPaper(now, {
      title: item.title.trim(),
      authors: (item.author ?? []).map(cslAuthor).filter((a) => a !== undefined),
      authorsTruncated: custom.authorsTruncated ?? false,
      ids,
      tags: custom.tags ?? noTags(),
      note: custom.note ?? item.note ?? '',
      readState: custom.readState ?? 'unread',
      starred: custom.starred ?? false,
    });
    if (custom.authorCount !== undefined) p.authorCount = custom.authorCount;
    if (year !== undefined) {
      p.year = year;
      const [, m, d] = parts!;
      if (m !== undefined && m >= 1 && m <= 12)
        p.date = `${year}-${String(m).padStart(2, '0')}${d !== undefined && d >= 1 && d <= 31 ? `-${String(d).padStart(2, '0')}` : ''}`;
    }
    const type = EntryType.safeParse(custom.type).data ?? (Object.hasOwn(ENTRY_TYPE, item.type) ? ENTRY_TYPE[item.type] : undefined);
    if (type) p.type = type;
    const venue =
      custom.venue ?? item['container-title'] ?? (item.publisher && !/^arxiv$/i.test(item.publisher) ? item.publisher : undefined);
    if (venue) p.venue = venue;
    const url = httpUrl(item.URL);
    if (url) p.url = url;
    else if (item.URL) warnings.push(`${where}.URL: not an http(s) URL; dropped`);
    if (item.abstract) p.abstract = item.abstract;
    if (custom.comment) p.comment = custom.comment;
    if (item['citation-key']) p.citationKey = item['citation-key'];
    if (!custom.tags && item.keyword) {
      for (const tag of item.keyword
        .split(/[,;]/)
        .map((t) => t.trim())
        .filter(Boolean))
        p.tags[tag.slice(0, 200)] = { on: true, t: now };
    }
    stampClocks(
      p,
      [
        'title',
        'authors',
        'authorsTruncated',
        'authorCount',
        'year',
        'date',
        'venue',
        'type',
        'abstract',
        'comment',
        'url',
        'citationKey',
        'note',
        'readState',
        'starred',
      ],
      now,
    );
    p.id = custom.id ?? primaryKey(p);
    papers.push(p);
  });
  return { papers, warnings };
}
