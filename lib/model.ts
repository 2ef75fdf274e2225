/**
 * Every concept that crosses a trust boundary, as one zod schema each; the type shares the schema's name.
 * The content script imports these names as types only (`import type`), so zod never enters its bundle.
 */
import { z } from 'zod';
import { noTags } from './tags';

z.config({ jitless: true });

const text = (max: number) => z.string().max(max);

/**
 * Most entries one page scan may hold: a dblp person page lists 2,000+ papers and a venue's table of contents several
 * thousand; beyond this the first entries are kept and the rest reported as left out (lib/library/page-scan.ts).
 */
export const MAX_SCAN_ENTRIES = 20_000;
/** Most authors one paper may list: collaboration papers name 5,000+ (ATLAS and CMS, 2015) and up to ~15,000. */
const MAX_AUTHORS = 20_000;
const httpUrl = z
  .string()
  .max(4096)
  .refine((s) => /^https?:\/\//i.test(s), 'must be an http(s) URL');

export const PageKind = z.enum(['profile', 'feed', 'lab', 'venue', 'single']);
export type PageKind = z.infer<typeof PageKind>;

/** Identifiers, already normalised: arXiv without version, DOI lower-case. */
export const Ids = z
  .object({
    arxiv: text(64).regex(/^(\d{4}\.\d{4,5}|[a-z][a-z.-]*(\.[A-Z]{2})?\/\d{7})$/, 'arXiv id without version'),
    doi: text(512).regex(/^10\.\S+$/, 'DOI starting with 10.'),
    openreview: text(128),
    dblp: text(256),
    s2: text(128),
  })
  .partial();
export type Ids = z.infer<typeof Ids>;

/** The site's own signals about a paper, as shown where it was seen. */
export const Signals = z
  .object({
    upvotes: z.number().int().min(0),
    citations: z.number().int().min(0),
    comments: z.number().int().min(0),
    score: z.number().finite(),
    category: text(200),
    categories: z.array(text(200)).max(50),
    orgs: z.array(text(300)).max(100),
    hasCode: z.boolean(),
    stars: z.number().int().min(0),
  })
  .partial();
export type Signals = z.infer<typeof Signals>;

export const EntryType = z.enum(['article', 'inproceedings', 'preprint', 'book', 'incollection', 'thesis', 'report', 'misc']);
export type EntryType = z.infer<typeof EntryType>;

/**
 * An author written whole, never split into given and family names: an organisation ("The OPT Team", "DeepSeek-AI",
 * "The LIGO Scientific Collaboration"), as CSL-JSON writes it (`literal`) and BibTeX braces it (`{Gemini Team}`).
 */
const LiteralName = z.object({ literal: text(300).min(1) });

/**
 * One author of a library record: a person's name as displayed ("Yoshua Bengio", "Bengio, Yoshua"), or a name written
 * whole (`{ literal }`). Libraries and sync files written before organisations existed hold strings only, and stay valid.
 */
export const Author = z.union([text(300), LiteralName]);
export type Author = z.infer<typeof Author>;

const isoDate = text(10).regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');

/** The bibliographic description shared by a page's entry and a library record. */
const bibliographic = {
  title: text(2000).min(1),
  authorsTruncated: z.boolean(),
  authorCount: z.number().int().min(0).optional(),
  year: z.number().int().min(1000).max(2200).optional(),
  date: isoDate.optional(),
  venue: text(1000).optional(),
  type: EntryType.optional(),
  abstract: text(50_000).optional(),
  /** What the authors add to the entry, as the page shows it: arXiv's "Comments: 12 pages, accepted at ICML 2025". */
  comment: text(2000).optional(),
  ids: Ids,
  url: httpUrl.optional(),
  pdf: httpUrl.optional(),
  code: httpUrl.optional(),
  /** Raw BibTeX the page itself offers (al-folio's hidden block). */
  bibtex: text(50_000).optional(),
};

/** One entry as a page shows it. Produced by site adapters (pure, in the page) and by the text parser. */
export const Candidate = z.object({
  ...bibliographic,
  /** Names as the page shows them; capture decides which are organisations (lib/names.ts). */
  authors: z.array(text(300)).max(MAX_AUTHORS),
  signals: Signals.optional(),
});
export type Candidate = z.infer<typeof Candidate>;

/** What the page is about: an author's header, a feed's date, a search query. */
export const PageContext = z
  .object({
    title: text(500),
    name: text(300),
    date: isoDate,
    query: text(500),
    affiliation: text(500),
    stats: z.record(text(60), z.union([z.number().finite(), text(100)])),
  })
  .partial();
export type PageContext = z.infer<typeof PageContext>;

/** What the listing is, and how long the page says the whole of it is (lib/sites/adapter.ts `listing`). */
export const Listing = z.object({ title: text(500), total: z.number().int().min(0).max(10_000_000).optional() });
export type Listing = z.infer<typeof Listing>;

export const PageScan = z.object({
  site: text(60),
  kind: PageKind,
  url: httpUrl,
  context: PageContext.optional(),
  listing: Listing.optional(),
  /** The page holds only the first rows: its own "Show more" can load the rest (lib/content/load-all.ts). */
  loadMore: z.object({ total: z.number().int().min(0).max(10_000_000).optional() }).optional(),
  entries: z.array(Candidate).max(MAX_SCAN_ENTRIES),
});
export type PageScan = z.infer<typeof PageScan>;

/** A scan without its entries: what the popup shows about the page. */
export const ScanHeader = PageScan.omit({ entries: true });
export type ScanHeader = z.infer<typeof ScanHeader>;

export const ReadState = z.enum(['unread', 'reading', 'read']);
export type ReadState = z.infer<typeof ReadState>;

/** Where a paper was seen. One per distinct page URL; `seenAt` refreshed on re-capture. */
export const Source = z.object({
  site: text(60),
  url: httpUrl,
  kind: PageKind,
  firstSeenAt: z.number(),
  seenAt: z.number(),
  context: text(500).optional(),
  signals: Signals.optional(),
});
export type Source = z.infer<typeof Source>;

/** Where a capture comes from: the page (or pasted text, or selection) its entries were read on. */
export const CaptureSource = Source.pick({ site: true, url: true, kind: true, context: true });
export type CaptureSource = z.infer<typeof CaptureSource>;

/** A tag name as a capture or an edit writes it. */
export const TagName = text(200);

/** Fields merged last-writer-wins; each has a timestamp in `Paper.clock`. */
export const MERGED_FIELDS = [
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
  'pdf',
  'code',
  'bibtex',
  'citationKey',
  'note',
  'readState',
  'starred',
] as const;
export type MergedField = (typeof MERGED_FIELDS)[number];

/** A tag's last state: present or removed at time t (an LWW-element set). */
export const TagState = z.object({ on: z.boolean(), t: z.number() });
export type TagState = z.infer<typeof TagState>;

/**
 * A paper's tags by name. Any string is a tag name ("__proto__" and "constructor" included): z.record would drop a
 * "__proto__" key, so the map is validated as (name, state) pairs and rebuilt without a prototype (lib/tags.ts
 * reads and writes it).
 */
export const Tags = z
  .preprocess(
    (v) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? Object.entries(v) : v),
    z.array(z.tuple([text(200), TagState])).max(100_000, 'too many tags'),
  )
  .transform((pairs) => {
    const tags = Object.create(null) as Record<string, TagState>;
    for (const [name, state] of pairs) tags[name] = state;
    return tags;
  });
export type Tags = z.infer<typeof Tags>;

/** The stored record. `id` is assigned once from the strongest identity key at creation and never changes. */
export const Paper = z.object({
  id: text(600),
  ...bibliographic,
  authors: z.array(Author).max(MAX_AUTHORS),
  citationKey: text(200).optional(),
  signals: Signals,
  sources: z.array(Source).max(1000),
  tags: Tags,
  note: text(100_000),
  readState: ReadState,
  starred: z.boolean(),
  addedAt: z.number(),
  updatedAt: z.number(),
  /** Per-field write time (ms) for last-writer-wins merge; a field without an entry counts as time 0. */
  clock: z.record(text(40), z.number()),
  /** Identity keys of other records known to be versions of this paper (preprint <-> published). */
  related: z.array(text(600)).max(100).optional(),
});
export type Paper = z.infer<typeof Paper>;

/**
 * A new record: what every new paper starts from (no signals, sightings, tags or note; unread, not starred; added and
 * updated `now`; no field written yet), with `fields` over it. The caller sets `clock` for the fields it fills.
 */
export function newPaper(now: number, fields: Partial<Paper> & Pick<Paper, 'title' | 'authors' | 'authorsTruncated' | 'ids'>): Paper {
  const { title, authors, authorsTruncated, ids, ...rest } = fields;
  return {
    id: '',
    title,
    authors,
    authorsTruncated,
    ids,
    signals: {},
    sources: [],
    tags: noTags(),
    note: '',
    readState: 'unread',
    starred: false,
    addedAt: now,
    updatedAt: now,
    clock: {},
    ...rest,
  };
}

/** Stamps `clock[field] = now` for each of `fields` the paper holds (neither absent nor empty): a new record's own values. */
export function stampClocks(p: Paper, fields: readonly MergedField[], now: number): void {
  for (const field of fields) {
    if (p[field] !== undefined && p[field] !== '') p.clock[field] = now;
  }
}

export const Tombstone = z.object({
  /** The deleted paper's identity keys, so the deletion matches it on any device. */
  keys: z.array(text(600)).min(1).max(20),
  id: text(600),
  deletedAt: z.number(),
  /** The record as it was when deleted (merged with copies deleted elsewhere): a newer edit on another device
   * resurrects the paper whole instead of as a fragment. Optional: older files and the store may omit it. */
  paper: Paper.optional(),
});
export type Tombstone = z.infer<typeof Tombstone>;

export const SYNC_FORMAT = 'papershelf-sync';
/**
 * Version 2 added organisation authors (`{ literal }`). A file is labelled with the lowest version that can read it
 * (1 while it holds no organisation), so older Papershelf installs keep importing what they can read and refuse the
 * rest with "written by a newer Papershelf" instead of a validation error.
 */
export const SCHEMA_VERSION = 2;

export const SyncFile = z.object({
  format: z.literal(SYNC_FORMAT),
  schemaVersion: z.union([z.literal(1), z.literal(2)]),
  exportedAt: z.number(),
  deviceId: text(100),
  papers: z.array(Paper).max(200_000),
  tombstones: z.array(Tombstone).max(200_000),
});
export type SyncFile = z.infer<typeof SyncFile>;

/** How each entry of a scan relates to the library. */
const EntryStatus = z.enum(['new', 'saved', 'update']);
type EntryStatus = z.infer<typeof EntryStatus>;

export const ReviewEntry = z.object({
  index: z.number().int(),
  candidate: Candidate,
  status: EntryStatus,
  paperId: z.string().optional(),
  /** For 'update': which fields a save would fill or refresh. */
  changes: z.array(z.string()).optional(),
  /**
   * The entry is another version of the saved paper `paperId` (lib/library/versions.ts): `published`, the published
   * version of a saved preprint; `preprint`, the preprint of a saved published paper. A save makes them one record.
   */
  version: z.enum(['published', 'preprint']).optional(),
  /** A library paper with a near-identical title but no shared identifier. */
  possibleMatch: z
    .object({ id: z.string(), title: z.string(), authors: z.array(Author), authorCount: z.number().int(), year: z.number().optional() })
    .optional(),
});
export type ReviewEntry = z.infer<typeof ReviewEntry>;

/** Entries of a page scan left out because they were unusable, counted per reason ("title longer than 2000 characters"). */
export const DroppedEntries = z.object({
  count: z.number().int(),
  reasons: z.array(z.object({ reason: z.string(), count: z.number().int() })),
});
export type DroppedEntries = z.infer<typeof DroppedEntries>;

export const Review = z.object({
  tabId: z.number().int(),
  /** Names this scan for the save that follows the review; the background holds the scan under it. */
  scanId: z.string().optional(),
  scan: ScanHeader.nullable(),
  entries: z.array(ReviewEntry),
  dropped: DroppedEntries.optional(),
  error: z.string().optional(),
});
export type Review = z.infer<typeof Review>;

/**
 * One part of a paper an action changed (lib/library/undo.ts names the parts: `f:<field>` value + write time,
 * `ids.<name>`, `tag:<name>`, `src:<url>`), as it was before and after the action; a missing value: no such part.
 */
const PartChange = z.object({ part: text(5000), before: z.unknown().optional(), after: z.unknown().optional() });

/**
 * What one action did to one paper: created it (`addedDigest`: a digest of the record as created, enough to tell whether
 * it changed since, and small in a message), deleted it (`deleted`: the record) or changed some of its parts.
 */
const PaperChange = z.object({
  id: text(600),
  addedDigest: text(64).optional(),
  deleted: Paper.optional(),
  parts: z.array(PartChange).max(100_000).optional(),
});

/** What one action did to one tombstone (absent: no tombstone with this id). */
const TombstoneChange = z.object({ id: text(600), before: Tombstone.optional(), after: Tombstone.optional() });

/**
 * Everything one user action (capture, edit, delete, import) changed, for undo: the library writer (store.ts) makes
 * it and applies it, restoring each part only where it still holds what the action wrote (see README, "Undo rule").
 */
export const UndoRecord = z.object({
  action: text(40),
  papers: z.array(PaperChange).max(200_000),
  tombstones: z.array(TombstoneChange).max(200_000),
});
export type UndoRecord = z.infer<typeof UndoRecord>;
export type PaperChange = z.infer<typeof PaperChange>;
export type TombstoneChange = z.infer<typeof TombstoneChange>;

/** What an undo did: how many papers it took back, and the papers it left alone because they changed since. */
export const UndoOutcome = z.object({
  undone: z.number().int(),
  kept: z.array(z.object({ id: z.string(), reason: z.enum(['changed', 'deleted', 'recreated']) })),
  message: z.string(),
});
export type UndoOutcome = z.infer<typeof UndoOutcome>;

export const SaveReport = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** What the save changed, for undo. */
  undo: UndoRecord.optional(),
  /** Entries left out because they were unusable (the library writer validates every entry it is given). */
  dropped: DroppedEntries.optional(),
});
export type SaveReport = z.infer<typeof SaveReport>;

/** Where a "Load all" run is: still pressing, or why it stopped (lib/content/load-all.ts). */
export const LoadAllProgress = z.object({
  state: z.enum(['loading', 'done', 'cancelled', 'robot', 'stalled', 'error']),
  loaded: z.number().int().min(0).max(10_000_000),
  total: z.number().int().min(0).max(10_000_000).optional(),
  /** The site's own words at a robot check; why loading stalled. */
  message: text(500).optional(),
});
export type LoadAllProgress = z.infer<typeof LoadAllProgress>;

/** The name of the popup's connection to the background for "Load all". */
export const LOAD_ALL_PORT = 'load-all';

/** The popup's messages on its "load-all" port to the background. */
export const LoadAllRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start'), tabId: z.number().int() }),
  z.object({ type: z.literal('cancel') }),
]);
export type LoadAllRequest = z.infer<typeof LoadAllRequest>;

/** Messages from content scripts (untrusted: validated in the background). */
export const ContentMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('loadAllProgress'), url: httpUrl, ...LoadAllProgress.shape }),
  z.object({
    type: z.literal('count'),
    url: httpUrl,
    count: z.number().int().min(1).max(1_000_000),
    /** The site's script (lib/content/site-content-script.ts siteScript) is in the page already. */
    siteScript: z.boolean().optional(),
  }),
  z.object({ type: z.literal('noScan') }),
  /** Which of the page's entries are saved, for the page's "Saved" marks: each entry's identity keys (lib/content/saved-marks.ts). */
  z.object({ type: z.literal('savedLookup'), keys: z.array(z.array(text(2000)).max(10)).max(MAX_SCAN_ENTRIES) }),
]);
export type ContentMessage = z.infer<typeof ContentMessage>;

/** Messages from extension pages (popup, side panel) to the background. */
export const UiMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('review'), tabId: z.number().int() }),
  z.object({
    type: z.literal('save'),
    tabId: z.number().int(),
    /** The scan the user reviewed (`Review.scanId`): the indices are its entries'. */
    scanId: text(100),
    indices: z.array(z.number().int().min(0)).max(MAX_SCAN_ENTRIES),
    tags: z.array(TagName).max(50).optional(),
  }),
  z.object({ type: z.literal('undo'), undo: UndoRecord }),
]);
export type UiMessage = z.infer<typeof UiMessage>;

/**
 * A "collect across pages" basket (lib/library/basket.ts): the entries gathered from the pages of one paged listing,
 * kept in the browser's session storage between background restarts and read back through this schema.
 */
export const Basket = z.object({
  /** The listing's key (lib/sites/adapter.ts, `PagedListing.key`). */
  key: text(2000),
  label: text(2000),
  site: text(60),
  kind: PageKind,
  /** While on, each page of the listing the user opens adds its entries. */
  on: z.boolean(),
  entries: z.array(Candidate).max(MAX_SCAN_ENTRIES),
  /** Pages read into the basket, in order (distinct URLs). */
  pages: z.array(httpUrl).max(10_000),
  /** When the basket was started; a save names it, so a save never lands in a basket cleared and started again. */
  startedAt: z.number(),
});
export type Basket = z.infer<typeof Basket>;

/** Messages from the popup about baskets; a listing is named by a tab showing it, a basket by its key. */
export const BasketMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('basketStatus'), tabId: z.number().int() }),
  z.object({ type: z.literal('basketStart'), tabId: z.number().int() }),
  z.object({ type: z.literal('basketStop'), key: text(2000) }),
  z.object({ type: z.literal('basketClear'), key: text(2000) }),
  z.object({ type: z.literal('basketReview'), key: text(2000) }),
  z.object({
    type: z.literal('basketSave'),
    key: text(2000),
    startedAt: z.number(),
    /** Indices into the basket's entries, as its review listed them. */
    indices: z.array(z.number().int().min(0)).max(MAX_SCAN_ENTRIES),
    tags: z.array(TagName).max(50).optional(),
  }),
]);
export type BasketMessage = z.infer<typeof BasketMessage>;

/** What the popup shows of a basket without its entries. */
export type BasketSummary = Omit<Basket, 'entries'> & { count: number };

/** Background -> content script. `full`: answered by the on-demand script with every adapter, else by the site's own. */
export type ToContentMessage =
  { type: 'rescan'; full?: boolean } | { type: 'libraryChanged' } | { type: 'loadAll' } | { type: 'loadAllCancel' };

/** The background's answer to `savedLookup`: per entry, null when not saved, else how many tags the saved paper has. */
export type SavedLookupReply = { ok: true; saved: ({ tags: number } | null)[] } | { ok: false; error: string };

/** A CSL-JSON date: date-parts (what Zotero and Pandoc write) or a literal. */
const CslDate = z
  .object({
    'date-parts': z.array(z.array(z.union([z.number().int(), z.string().max(10)])).max(3)).max(2),
    literal: text(200),
    raw: text(200),
  })
  .partial();
type CslDate = z.infer<typeof CslDate>;

export const CslName = z
  .object({
    family: text(300),
    given: text(300),
    literal: text(300),
    'non-dropping-particle': text(100),
    'dropping-particle': text(100),
    suffix: text(50),
  })
  .partial();
export type CslName = z.infer<typeof CslName>;

/** One CSL-JSON item: the fields Papershelf reads and writes; other fields are allowed and ignored. */
export const CslItem = z.looseObject({
  id: z.union([text(600), z.number()]),
  type: text(60),
  title: text(2000).optional(),
  author: z.array(CslName).max(MAX_AUTHORS).optional(),
  issued: CslDate.optional(),
  'container-title': text(1000).optional(),
  publisher: text(1000).optional(),
  genre: text(200).optional(),
  number: z.union([text(200), z.number()]).optional(),
  DOI: text(512).optional(),
  URL: text(4096).optional(),
  abstract: text(50_000).optional(),
  keyword: text(5000).optional(),
  note: text(100_000).optional(),
  'citation-key': text(200).optional(),
  /** Papershelf's own data, so a CSL round trip keeps user fields. */
  custom: z.looseObject({ papershelf: z.unknown().optional() }).optional(),
});
export type CslItem = z.infer<typeof CslItem>;

export const CslJson = z.array(CslItem).max(200_000);
export type CslJson = z.infer<typeof CslJson>;

/** What the library keeps beside the papers (the `meta` store): this device's sync id, the remembered sync file. */
export const MetaEntry = z.discriminatedUnion('key', [
  z.object({ key: z.literal('deviceId'), value: text(100).min(1) }),
  /** A FileSystemFileHandle: stored as the browser clones it, so only its shape is checked. */
  z.object({
    key: z.literal('syncFileHandle'),
    value: z.custom<object>(
      (v) => typeof v === 'object' && v !== null && typeof (v as { name?: unknown }).name === 'string',
      'a file handle',
    ),
  }),
  /** The sync folder (lib/library/folder-sync.ts): a FileSystemDirectoryHandle, stored as the browser clones it. */
  z.object({
    key: z.literal('syncFolderHandle'),
    value: z.custom<object>(
      (v) => typeof v === 'object' && v !== null && typeof (v as { name?: unknown }).name === 'string',
      'a folder handle',
    ),
  }),
  /** This device's name in the sync folder (its file is papershelf-<name>.json), set once per device. */
  z.object({ key: z.literal('deviceName'), value: text(60).min(1) }),
  /** The last sync folder report as the side panel shows it (lib/ui/file-tools/folder-summary.ts); our own data. */
  z.object({
    key: z.literal('syncFolderLast'),
    value: z.custom<object>((v) => typeof v === 'object' && v !== null && typeof (v as { at?: unknown }).at === 'number', 'a sync report'),
  }),
]);
export type MetaEntry = z.infer<typeof MetaEntry>;
