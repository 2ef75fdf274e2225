/**
 * Name-likeness and author-list splitting for visible text, where markup no longer says which words are names.
 * Dependency-free: used by every text form (Scholar Feed, Hugging Face, lab publication lists).
 */
import { isCapitalisedNameSuffix, isNameParticle } from '../names';

/** Footnote and role markers that sit on names and titles ("Zhiwei Li*", "A. Author†"). */
const MARKERS = /[*†‡§¶✉♠♣♥♦⋆∗#]+/g;

/** Function words of title case that are never part of a name ("Not All Experts are Equal", "Learning from Data"). */
const TITLE_WORDS = new Set([
  'the',
  'of',
  'for',
  'with',
  'via',
  'from',
  'towards',
  'toward',
  'beyond',
  'using',
  'through',
  'without',
  'into',
  'is',
  'are',
  'not',
  'and',
  'or',
  'an',
  'its',
  'their',
  'when',
  'what',
  'how',
  'why',
]);

/** One capitalised name word: "Zhong-Zhi", "O'Brien", "McDonald", "MacLeod", "DeWitt", "Łukasz", "Jean-Pierre". */
const NAME_WORD = /^(?:(?:Mc|Mac|O'|O’|D'|D’|De|Di|Da|Du|La|Le|Van|Fitz)?\p{Lu}[\p{Ll}\p{M}'’]+)(?:-(?:\p{Lu}[\p{Ll}\p{M}'’]*|\p{Ll}+))*$/u;
/**
 * An initial or run of initials: "J.", "J", "J.-P.", "A.B.", "J.P" (the last period dropped after dotted ones). "JP"
 * alone is too often an acronym: see UNDOTTED_INITIALS.
 */
const INITIALS = /^(?:\p{Lu}\.?)(?:[-.]?\p{Lu}\.)*(?:(?<=\.)\p{Lu})?$/u;

/** Two or three capitals: initials without dots, only ever accepted before a family name. */
const UNDOTTED_INITIALS = /^\p{Lu}{2,3}$/u;

function stripNameMarkers(s: string): string {
  return s
    .replace(MARKERS, ' ')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/**
 * How much a string looks like one person's name as displayed: 1 = clearly a name ("Zhong-Zhi Li", "A. Vaswani",
 * "Ludwig van Beethoven"), 0.5 = a single capitalised word (a mononym, or a word of a title), 0 = not a name.
 */
export function nameLikeness(raw: string): number {
  const s = stripNameMarkers(raw);
  if (!s || s.length > 60) return 0;
  const words = s.split(' ');
  if (words.length > 6) return 0;
  let surnameLike = 0;
  let initials = 0;
  for (const [i, w] of words.entries()) {
    // "Or Dinari": a given name spelt like a title word; a title does not open with a capitalised "Or".
    if (TITLE_WORDS.has(w.toLowerCase()) && !(w === 'Or' && i === 0 && words.length >= 2)) return 0;
    if (NAME_WORD.test(w)) surnameLike++;
    else if (INITIALS.test(w) && (w.length === 1 || w.includes('.'))) initials++;
    // Initials run together without dots, as Google Scholar and the BibTeX it exports write them ("AH Taub").
    else if (i === 0 && words.length === 2 && UNDOTTED_INITIALS.test(w)) initials++;
    else if (isNameParticle(w) && i > 0 && i < words.length - 1) continue;
    else if (isCapitalisedNameSuffix(w) && i > 0) continue;
    else return 0;
  }
  if (surnameLike === 0) return 0;
  if (words.length === 1) return 0.5;
  // Four or more capitalised words is more often a title fragment ("Reward Models Identify Consistency").
  if (surnameLike + initials > 3) return 0.75;
  // The family name is a full word: "Vaswani A." is fine, "A. B." is not a name.
  return 1;
}

export function isName(s: string): boolean {
  return nameLikeness(s) >= 1;
}

/**
 * The words that introduce an owner's coauthors, in the languages lab pages are written in: "with", Portuguese "com",
 * Spanish and Italian "con", French "avec", German "mit". Each with both cases of its first letter and no other, so that
 * a pattern without the i flag reads "With A" and "with A" but not "MIT Press", and a capitalised name can be required
 * after it ("with respect to" introduces no one; under the i flag, \p{Lu} matches lowercase letters too).
 */
export const COAUTHORS_WORD = '(?:[Ww]ith|[Cc]om|[Cc]on|[Aa]vec|[Mm]it)';
/** "joint with", "jointly with", German "zusammen mit", "gemeinsam mit". */
export const COAUTHORS_JOINTLY = '(?:[Jj]oint(?:ly)?|[Zz]usammen|[Gg]emeinsam)\\s+';
/**
 * ", avec Bernard Gazier et Bruno Palier,", ", co-édité avec Françoise Milewski" (a page that never names its owner): a
 * comma part of the venue that names the owner's coauthors.
 */
export const COAUTHORS_PART = new RegExp(
  `,\\s*(?:co-?(?:edited|édité|editado|herausgegeben)\\s+)?${COAUTHORS_WORD}\\s+(\\p{Lu}[^,;()]*?)(?=\\s*(?:[,;]|\\.(?:\\s|$)|$))`,
  'u',
);

/**
 * What introduces an owner's coauthors around the citation: "With Elisa Dienesch.", "w/ A and B" (economists' shorthand),
 * Portuguese "Com A, B e C.", "(en coautoría con …)", "(co-author Frits Elshout)", "co-authored with", before a
 * capitalised name.
 */
const COAUTHORS_INTRO_SOURCE = `(?:(?:(?:${COAUTHORS_JOINTLY})?${COAUTHORS_WORD}|(?:[Ee]n|[Ee]m|[Ii]n)\\s+(?:co-?autor[ií]a|coautoria|collaborazione|collaboration)\\s+(?:con|com|avec)|[Cc]o-?authors?:?|[Cc]o-?authored\\s+with)\\s+|[Ww]\\/\\s*)(?=\\p{Lu})`;
const COAUTHORS_INTRO = new RegExp(`^${COAUTHORS_INTRO_SOURCE}`, 'u');
/** The same introduction anywhere in an entry: "…, 2017. With Elisa Dienesch. DOI", "“Title” (with Sophie Meunier) Journal." */
export const COAUTHORS_INTRO_IN_ENTRY = new RegExp(`(?:^|[\\s,;(])${COAUTHORS_INTRO_SOURCE}`, 'u');

/** The length of the introduction of an owner's coauthors at the start of `s`; 0 when there is none. */
export function coauthorsIntroLength(s: string): number {
  return COAUTHORS_INTRO.exec(s)?.[0].length ?? 0;
}

export interface AuthorRun {
  names: string[];
  /** "et al.", "and others" or "and N more authors" closed the list. */
  truncated: boolean;
  /** Total shown by "and N more authors" (known names + N). */
  count?: number;
  /** Text after the names that is not a name: a venue fused to the last name, or " · organisations". */
  rest: string;
  /** How many comma-separated items were read as names (>= names.length never less). */
  score: number;
}

const ET_AL = /^(.*?)(?:(?:,?\s+)?(?:et\.?\s*al\.?|and others)(?=$|[\s,.;·])|\s*,\s*others(?=\s*(?:$|[.;·])))/i;

const MORE_AUTHORS = /^(.*?),?\s+(?:and\s+)?(\d+)\s+more\s+authors?/i;

/** Known lower-case-initial venue words that can follow a name without a space ("Cheng-Lin LiuarXiv"). */
const LOWER_VENUES = /(arXiv|bioRxiv|medRxiv|eLife|iScience|npj|eess)/;

/**
 * Split a name fused to what follows it ("Cheng-Lin LiuArXiv" -> ["Cheng-Lin Liu", "ArXiv"]): the earliest
 * split point (lower-case letter then upper-case letter, no space) whose left side is a full name.
 */
export function splitFusedName(item: string): [string, string] | null {
  const points: number[] = [];
  for (let i = 1; i < item.length; i++) {
    const prev = item[i - 1]!;
    const ch = item[i]!;
    if (/[\p{Ll}\p{M}.*†‡]/u.test(prev) && /\p{Lu}/u.test(ch)) points.push(i);
  }
  const lower = LOWER_VENUES.exec(item);
  if (lower && lower.index > 0 && /\p{Ll}/u.test(item[lower.index - 1]!)) points.push(lower.index);
  points.sort((a, b) => a - b);
  for (const p of points) {
    const left = item.slice(0, p);
    const word = left.split(' ').pop() ?? '';
    // "Mc|Donald", "Mac|Leod", "De|Witt": a family-name prefix, not the end of a name.
    if (/^(Mc|Mac|O'|De|Di|Da|Du|La|Le|Van|Fitz)$/.test(word)) continue;
    if (isName(left)) return [stripNameMarkers(left), item.slice(p).trim()];
  }
  return null;
}

/**
 * The last name of a list run into what follows it with a space, as markup alone set them apart ("…, Kota Matsui,
 * Shigeyuki Matsui Scientific reports, 2026"): the item's first words, as many as three in four of the list's names have
 * (two or three), when they are a name and a capitalised word follows them.
 */
function splitSpacedName(item: string, names: string[]): [string, string] | null {
  const counts = names.map((n) => n.split(' ').length);
  const k = [2, 3].find((c) => counts.filter((n) => n === c).length * 4 >= counts.length * 3);
  if (k === undefined) return null;
  const words = item.split(' ');
  if (words.length < k + 1 || !/^\p{Lu}/u.test(words[k]!)) return null;
  const left = words.slice(0, k).join(' ');
  return isName(left) && names.every(isName) ? [stripNameMarkers(left), words.slice(k).join(' ')] : null;
}

/**
 * Read a list of names from the start of `text` ("A, B, and C", "A, B, C et al. · org", "A and B"), stopping at the
 * first item that is not a name. A last item fused to a venue is split (`rest` then starts with the venue).
 */
export function readAuthorRun(text: string, opts: { allowFusedTail?: boolean } = {}): AuthorRun {
  let body = text;
  let after = '';
  const dot = body.indexOf(' · ');
  if (dot >= 0) {
    after = body.slice(dot);
    body = body.slice(0, dot);
  }
  let truncated = false;
  let more: number | undefined;
  const moreAuthors = MORE_AUTHORS.exec(body);
  if (moreAuthors) {
    truncated = true;
    more = Number(moreAuthors[2]);
    after = body.slice(moreAuthors[0].length) + after;
    body = moreAuthors[1]!;
  }
  const etAl = moreAuthors ? null : ET_AL.exec(body);
  if (etAl) {
    truncated = true;
    after = body.slice(etAl[0].length) + after;
    body = etAl[1]!;
  }
  const items = splitItems(body);
  const names: string[] = [];
  let score = 0;
  let rest = '';
  for (const [i, item] of items.entries()) {
    const likeness = nameLikeness(item.text);
    if (likeness >= 1 || (likeness > 0 && items.length === 1 && i === 0)) {
      names.push(stripNameMarkers(item.text));
      score += likeness;
      continue;
    }
    if (opts.allowFusedTail) {
      const fused = splitFusedName(item.text) ?? (i >= 2 ? splitSpacedName(item.text, names) : null);
      if (fused) {
        names.push(fused[0]);
        score += 1;
        rest = fused[1] + body.slice(item.end);
        break;
      }
    }
    rest = body.slice(item.start);
    // Items after a failed item are not read: a list is names first, then whatever follows.
    truncated = false;
    break;
  }
  const run: AuthorRun = { names, truncated, rest: (rest + after).trim(), score };
  if (truncated && more !== undefined) run.count = names.length + more;
  return run;
}

interface Item {
  text: string;
  start: number;
  end: number;
}

/** Comma / semicolon / "and" / "&" separated items with their offsets in `s`. */
function splitItems(s: string): Item[] {
  const items: Item[] = [];
  const sep = /\s*(?:,\s*(?:and\s+|&\s+)?|;\s*|\s+and\s+|\s+&\s+)/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = sep.exec(s)) !== null) {
    if (m[0].length === 0) {
      sep.lastIndex++;
      continue;
    }
    pushItem(items, s, last, m.index);
    last = m.index + m[0].length;
  }
  pushItem(items, s, last, s.length);
  // A leading "and" ("and Cheng-Lin Liu") when the list is a single item.
  return items.map((it) => (/^and\s/.test(it.text) ? { ...it, text: it.text.slice(4).trim() } : it));
}

function pushItem(items: Item[], s: string, start: number, end: number): void {
  const text = s.slice(start, end).trim();
  if (text) items.push({ text, start, end });
}

/** Candidate split points of a fused "TitleFirst Author" string: an upper-case letter glued to the character before it. */
function fusedSplitPoints(line: string): number[] {
  const points: number[] = [];
  for (let i = 1; i < line.length; i++) {
    const ch = line[i]!;
    if (!/\p{Lu}/u.test(ch)) continue;
    const prev = line[i - 1]!;
    if (/[\s\-–—'’"“(\[{/]/.test(prev)) continue;
    const next = line[i + 1] ?? '';
    // Inside an acronym ("LLM", "GPT"): an upper-case letter between upper-case letters does not start a name.
    if (/\p{Lu}/u.test(prev) && !/[\p{Ll}.]/u.test(next)) continue;
    points.push(i);
  }
  return points;
}

export interface TitleAuthorSplit {
  title: string;
  authors: AuthorRun;
}

/**
 * Find where a title runs into its author list ("...Language ModelsZhong-Zhi Li, Duzhen Zhang, ..."). Every glued
 * upper-case letter is a candidate; the right side must read as a list of names from its first word. The candidate
 * with the most name-like items wins, the earliest on a tie (a later split would cut inside the first name).
 * `accept` decides whether what follows the names (`rest`) is acceptable for this text form.
 */
export function findTitleAuthorBoundary(
  line: string,
  accept: (run: AuthorRun) => boolean,
  opts: { allowFusedTail?: boolean } = {},
): TitleAuthorSplit | null {
  let best: TitleAuthorSplit | null = null;
  for (const p of fusedSplitPoints(line)) {
    const title = line.slice(0, p).trim();
    if (title.length < 3 || !/\p{L}/u.test(title)) continue;
    const run = readAuthorRun(line.slice(p), opts);
    if (run.names.length === 0 || nameLikeness(run.names[0]!) < 1 || !accept(run)) continue;
    if (!best || run.score > best.authors.score) best = { title, authors: run };
  }
  return best;
}
