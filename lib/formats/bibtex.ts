/**
 * Papers -> BibTeX. Entry type by what is known: arXiv only -> @misc with eprint/archivePrefix/primaryClass/url
 * (arXiv's own export), conference -> @inproceedings, journal -> @article, and so on. LaTeX specials are escaped,
 * words with inner capitals or acronyms are braced one by one, text is UTF-8 unless `ascii` asks for LaTeX macros.
 * The user's note goes to `annote` (not printed by standard styles), tags to `keywords`.
 */
import type { Author, EntryType, Paper } from '../model';
import { isOrganisationName } from '../text/organisations';
import { baseCitationKey, uniqueKey } from './citekey';
import { activeTags } from '../tags';
import { splitPersonName } from '../names';
import { MONTH_ABBREVIATIONS } from '../dates';
import { arxivAbsUrl } from '../identity';

export interface BibtexOptions {
  /** Write accented letters as LaTeX macros ({\'e}) instead of UTF-8. */
  ascii?: boolean;
}

const SPECIALS: Record<string, string> = {
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '#': '\\#',
  $: '\\$',
  '%': '\\%',
  '&': '\\&',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/**
 * What a plain string cannot hold as it is: a LaTeX special, "<" or ">" (read as ¡ ¿ in OT1 fonts), a control
 * character (tab and newline included), two dashes, backquotes or quotes in a row (TeX ligatures: en dash, curly
 * quotes), a space that is not one space between two other characters (BibTeX collapses whitespace), or a
 * surrogate (only a lone one, which UTF-8 cannot hold, is encoded).
 */
const NEEDS_ENCODING = /[\\{}#$%&_~^<>\u0000-\u001F\u007F-\u009F\uD800-\uDFFF]|--|``|''|^ | $| {2}/;
const KEYWORD_SEPARATOR = /[,;]/;
/** The whitespace `formatTitle` splits words at: space, tab, newline, carriage return, form feed, vertical tab. */
function isAsciiSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

/**
 * A string as BibTeX text that reads back exactly (`decodeText` is its inverse): specials as macros, a newline as
 * `\\` plus a line break, other controls and a lone surrogate (UTF-8 cannot hold it) as `\charN{}`, a space that
 * is not one space between two characters as `\ `, ligatures broken with `{}`. In `keywords`, also "," and ";" (the
 * separators) as `\char44{}` and `\char59{}`.
 */
function encodeText(s: string, keyword = false): string {
  if (!NEEDS_ENCODING.test(s) && !(keyword && KEYWORD_SEPARATOR.test(s))) return s;
  let out = '';
  let copied = 0; // s.slice(copied, i) goes out unchanged
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    let replacement: string;
    if (code === 0x20) {
      if (i > 0 && i < s.length - 1 && !isAsciiSpace(s.charCodeAt(i - 1)) && !isAsciiSpace(s.charCodeAt(i + 1))) continue;
      replacement = '\\ ';
    } else if (code === 0x0a) replacement = '\\\\\n';
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) {
      i++;
      continue;
    } else if (
      code < 0x20 ||
      (code >= 0x7f && code <= 0x9f) ||
      (code >= 0xd800 && code <= 0xdfff) ||
      (keyword && (code === 0x2c || code === 0x3b))
    )
      replacement = `\\char${code}{}`;
    else if (code < 0x80 && SPECIALS[s[i]!]) replacement = SPECIALS[s[i]!]!;
    else if ((code === 0x2d || code === 0x60 || code === 0x27) && s.charCodeAt(i + 1) === code) replacement = s[i]! + '{}';
    else continue;
    out += s.slice(copied, i) + replacement;
    copied = i + 1;
  }
  return out + s.slice(copied);
}

const TEXT_TOKEN =
  /\\(textbackslash|textbraceleft|textbraceright|textasciitilde|textasciicircum|textless|textgreater)\{\}|\\([#$%&_ ])|\\char(\d{1,5})\{\}|\\\\\n|[{}]/g;
const TOKEN_TEXT: Record<string, string> = {
  textbackslash: '\\',
  textbraceleft: '{',
  textbraceright: '}',
  textasciitilde: '~',
  textasciicircum: '^',
  textless: '<',
  textgreater: '>',
};

/** The text `encodeText` (or `formatTitle`, whose protecting braces it drops) wrote; other LaTeX is left as it is. */
function decodeText(raw: string): string {
  return raw.replace(TEXT_TOKEN, (token, macro: string | undefined, escaped: string | undefined, code: string | undefined) =>
    macro ? TOKEN_TEXT[macro]! : escaped ? escaped : code ? String.fromCharCode(Number(code)) : token === '\\\\\n' ? '\n' : '',
  );
}

/**
 * A raw BibTeX field value read back exactly when Papershelf wrote it: the decoded text, if encoding it again gives the
 * raw value; else undefined (someone else wrote it: let the BibTeX parser read it as LaTeX).
 */
export function readOwnText(raw: string, kind: 'title' | 'text' | 'keyword'): string | undefined {
  const text = decodeText(raw);
  const again = kind === 'title' ? formatTitle(text) : encodeText(text, kind === 'keyword');
  return again === raw ? text : undefined;
}

const ACCENTS: Record<string, string> = {
  '\u0301': "'",
  '\u0300': '`',
  '\u0302': '^',
  '\u0308': '"',
  '\u0303': '~',
  '\u0327': 'c',
  '\u030C': 'v',
  '\u0306': 'u',
  '\u0304': '=',
  '\u0307': '.',
  '\u030B': 'H',
  '\u0328': 'k',
  '\u030A': 'r',
  '\u0323': 'd',
};
const LETTER_MACROS: Record<string, string> = {
  ß: '{\\ss}',
  æ: '{\\ae}',
  Æ: '{\\AE}',
  ø: '{\\o}',
  Ø: '{\\O}',
  å: '{\\aa}',
  Å: '{\\AA}',
  ł: '{\\l}',
  Ł: '{\\L}',
  œ: '{\\oe}',
  Œ: '{\\OE}',
  ı: '{\\i}',
  '\u2013': '--',
  '\u2014': '---',
  '\u2018': '`',
  '\u2019': "'",
  '\u201C': '``',
  '\u201D': "''",
  '\u2026': '{\\ldots}',
  '\u00A0': '~',
};

const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Non-ASCII letters as LaTeX macros where one exists (é -> {\'e}); other characters stay as they are. */
function toAsciiLatex(s: string): string {
  if (ASCII_ONLY.test(s)) return s;
  let out = '';
  for (const ch of s) {
    if (ch.charCodeAt(0) < 128) {
      out += ch;
      continue;
    }
    const macro = LETTER_MACROS[ch];
    if (macro) {
      out += macro;
      continue;
    }
    const decomposed = ch.normalize('NFD');
    const base = decomposed[0]!;
    const marks = [...decomposed.slice(1)];
    if (base.charCodeAt(0) < 128 && marks.length > 0 && marks.every((m) => ACCENTS[m])) {
      let inner = base;
      for (const m of marks) inner = `\\${ACCENTS[m]}${/^[A-Za-z]$/.test(ACCENTS[m]!) ? ' ' : ''}${inner}`;
      out += `{${inner}}`;
    } else out += ch;
  }
  return out;
}

function text(s: string, opts: BibtexOptions): string {
  const escaped = encodeText(s);
  return opts.ascii ? toAsciiLatex(escaped) : escaped;
}

const HAS_INNER_CAPITAL = /.\p{Lu}/u;

/**
 * A word needs protection when case matters beyond a leading capital: BERT, LoRA, GPT-4, iPhone, Q&A. Each part of a
 * hyphenated word is judged alone, so "Self-Supervised" stays unprotected and the style may case it.
 */
function needsProtection(word: string): boolean {
  if (!HAS_INNER_CAPITAL.test(word)) return false; // most words: one regex test, no splitting
  return word.split('-').some((part) => {
    const letters = part.replace(/^\P{L}+/u, '');
    return /\p{Lu}/u.test(letters.slice(1));
  });
}

const WORD_EDGES = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u;

function formatWord(word: string): string {
  if (!needsProtection(word)) return encodeText(word);
  const [, lead = '', core = '', trail = ''] = WORD_EDGES.exec(word) ?? [];
  return `${encodeText(lead)}{${encodeText(core)}}${encodeText(trail)}`;
}

/** Words protected one by one (formatWord); whitespace between them encoded as `encodeText` does (one space stays). */
function formatTitleWords(title: string): string {
  const parts = title.split(/([ \t\n\r\f\v]+)/);
  return parts
    .map((part, i) => {
      if (!part) return part;
      if (i % 2 === 0) return formatWord(part);
      return part === ' ' && i > 0 && i < parts.length - 1 && parts[i - 1] && parts[i + 1]
        ? ' '
        : [...part].map((c) => (c === ' ' ? '\\ ' : encodeText(c))).join('');
    })
    .join('');
}

/**
 * A letter followed by a capital in the same word and hyphen-separated part: every word `needsProtection` holds one.
 * A title without one has no word to protect.
 */
const CAPITAL_AFTER_LETTER_IN_WORD_PART = /\p{L}[^ \t\n\r\f\v\p{Lu}-]*\p{Lu}/u;

/**
 * The title with words protected (`formatWord`) and text encoded. `toAsciiLatex` works character by character and
 * leaves the ASCII that encoding writes alone, so it can run once on the whole result.
 */
function formatTitle(title: string, opts: BibtexOptions = {}): string {
  let formatted: string;
  if (NEEDS_ENCODING.test(title)) formatted = formatTitleWords(title);
  else if (!CAPITAL_AFTER_LETTER_IN_WORD_PART.test(title)) formatted = title;
  // nothing to encode: the words are separated by single spaces, and only the ones to protect change
  else formatted = title.split(' ').map(formatWord).join(' ');
  return opts.ascii ? toAsciiLatex(formatted) : formatted;
}

/** "Yoshua Bengio" -> "Bengio, Yoshua"; "Hans van der Berg" -> "van der Berg, Hans"; one word or "and" inside -> braced. */
function formatAuthor(name: string, opts: BibtexOptions = {}): string {
  const n = name.trim().replace(/\s+/g, ' ');
  if (n.includes(',')) {
    const parts = n.split(',').map((x) => x.trim());
    return parts.map((x) => (/\band\b/i.test(x) ? `{${text(x, opts)}}` : text(x, opts))).join(', ');
  }
  const parts = splitPersonName(n);
  if (!parts || /\band\b/i.test(n)) return `{${text(n, opts)}}`;
  return [parts.family, parts.suffix, parts.given]
    .filter(Boolean)
    .map((x) => text(x!, opts))
    .join(', ');
}

/**
 * An author as BibTeX writes it: a person "Last, First"; an organisation braced whole ("{The OPT Team}"), never split,
 * also when a record saved before organisations existed holds it as a string ("Gemini Team").
 */
function formatAuthorOrLiteral(a: Author, opts: BibtexOptions): string {
  const whole = typeof a === 'string' ? (isOrganisationName(a) ? a : undefined) : a.literal;
  return whole === undefined ? formatAuthor(a as string, opts) : `{${text(whole.trim().replace(/\s+/g, ' '), opts)}}`;
}

function formatAuthors(p: Pick<Paper, 'authors' | 'authorsTruncated'>, opts: BibtexOptions = {}, cache?: Map<string, string>): string {
  const names = p.authors.map((a) => {
    if (typeof a !== 'string') return formatAuthorOrLiteral(a, opts);
    const known = cache?.get(a);
    if (known !== undefined) return known;
    const formatted = formatAuthorOrLiteral(a, opts);
    cache?.set(a, formatted);
    return formatted;
  });
  if (p.authorsTruncated) names.push('others');
  return names.join(' and ');
}

const ARXIV_CATEGORY = /^([a-z-]+(\.[A-Za-z-]+)?)$/;

function isArxivOnly(p: Paper): boolean {
  if (!p.ids.arxiv) return false;
  if (p.type === 'preprint') return true;
  return p.type === undefined && !p.ids.doi && (!p.venue || /arxiv/i.test(p.venue));
}

interface BibType {
  bibType: string;
  /** `@type{` */
  open: string;
  /** `  field = {` of the field the venue goes to */
  venueLine?: string;
}

function bibType(bibType: string, venueField?: string): BibType {
  return { bibType, open: `@${bibType}{`, venueLine: venueField && `  ${venueField} = {` };
}

const ARXIV_ONLY = bibType('misc');
const BY_TYPE: Record<EntryType, BibType> = {
  article: bibType('article', 'journal'),
  inproceedings: bibType('inproceedings', 'booktitle'),
  incollection: bibType('incollection', 'booktitle'),
  book: bibType('book', 'publisher'),
  thesis: bibType('phdthesis', 'school'),
  report: bibType('techreport', 'institution'),
  preprint: bibType('misc', 'howpublished'),
  misc: bibType('misc', 'howpublished'),
};

function entryType(p: Paper): BibType {
  return isArxivOnly(p) ? ARXIV_ONLY : BY_TYPE[p.type ?? 'misc'];
}

const BRACE = /[{}]/;

/** URLs and DOIs are verbatim in BibTeX; only braces could break the entry. */
function verbatim(s: string): string {
  return BRACE.test(s) ? s.replace(/[{}]/g, (c) => (c === '{' ? '%7B' : '%7D')) : s;
}

/**
 * Entry parts joined into one string at a time (~500 entries): the parts die young instead of being held, and copied
 * by the GC, until the end (100k bench papers: GC in the export ~1.4-2.1 s -> ~0.35 s); 4,000 was slower, 100,000 no faster.
 */
const ENTRY_PARTS_PER_CHUNK = 20_000;

/** Appends one `  name = {value},` line; nothing for an empty value. */
function pushField(out: string[], lineStart: string, value: string): void {
  if (value !== '') out.push(lineStart, value, '},\n');
}

const MONTH_LINES = MONTH_ABBREVIATIONS.map((month) => `  month = ${month},\n`);

/** Appends the paper's entry to `out` as parts (toBibtex joins them a chunk at a time: no string per line or entry). */
function pushEntry(out: string[], p: Paper, key: string, opts: BibtexOptions, authorCache: Map<string, string>): void {
  const { bibType, open, venueLine } = entryType(p);
  out.push(open, key, ',\n');
  const start = out.length;
  pushField(out, '  title = {', formatTitle(p.title, opts));
  pushField(out, '  author = {', formatAuthors(p, opts, authorCache));
  if (venueLine && p.venue && !(bibType === 'misc' && /^arxiv$/i.test(p.venue))) pushField(out, venueLine, text(p.venue, opts));
  const year = p.year ?? (p.date ? Number(p.date.slice(0, 4)) : undefined);
  if (year !== undefined) {
    pushField(out, '  year = {', String(year));
    const month = p.date && p.date.length >= 7 ? MONTH_LINES[Number(p.date.slice(5, 7)) - 1] : undefined;
    if (month) out.push(month);
  }
  if (p.ids.arxiv) {
    out.push('  eprint = {', p.ids.arxiv, '},\n  archivePrefix = {arXiv},\n');
    const category = p.signals.category?.trim();
    if (category && ARXIV_CATEGORY.test(category)) pushField(out, '  primaryClass = {', category);
  }
  if (p.ids.doi) pushField(out, '  doi = {', verbatim(p.ids.doi));
  const url = p.url ?? (p.ids.arxiv ? arxivAbsUrl(p.ids.arxiv) : undefined);
  if (url) pushField(out, '  url = {', verbatim(url));
  if (p.abstract) pushField(out, '  abstract = {', text(p.abstract, opts));
  if (p.comment) pushField(out, '  note = {', text(p.comment, opts));
  const tags = activeTags(p.tags);
  if (tags.length)
    pushField(
      out,
      '  keywords = {',
      tags
        .sort()
        .map((t) => (opts.ascii ? toAsciiLatex(encodeText(t, true)) : encodeText(t, true)))
        .join(', '),
    );
  if (p.note) pushField(out, '  annote = {', text(p.note, opts));
  out.push(out.length === start ? '\n}\n' : '}\n');
}

/** Characters BibTeX keys may not contain (control characters included: the key cannot escape them). */
const NOT_IN_KEY = /[\s,{}()"#%'=\\~\u0000-\u001F\u007F-\u009F\uD800-\uDFFF]/;
const EVERY_NOT_IN_KEY = new RegExp(NOT_IN_KEY.source, 'g');

function cleanKey(key: string): string {
  return NOT_IN_KEY.test(key) ? key.replace(EVERY_NOT_IN_KEY, '') || 'paper' : key || 'paper';
}

/**
 * The papers as a BibTeX file. Papers keep their stored citation key; a paper without one (assign and store keys
 * first: assignCitationKeys) gets its default key here, and duplicate keys get a suffix so every key is unique.
 */
export function toBibtex(papers: Paper[], opts: BibtexOptions = {}): string {
  const taken = new Set<string>();
  const keys = new Map<Paper, string>();
  for (const p of papers) if (p.citationKey) keys.set(p, uniqueKey(cleanKey(p.citationKey), taken));
  const authorKeys = new Map<string, string>();
  // A default key is ASCII letters and digits and the year: nothing cleanKey removes (test/formats/citekey-fast-path.test.ts).
  for (const p of papers) if (!keys.has(p)) keys.set(p, uniqueKey(baseCitationKey(p, authorKeys), taken));
  const authorCache = new Map<string, string>();
  const chunks: string[] = [];
  let out: string[] = [];
  for (let i = 0; i < papers.length; i++) {
    if (i) out.push('\n');
    pushEntry(out, papers[i]!, keys.get(papers[i]!)!, opts, authorCache);
    if (out.length >= ENTRY_PARTS_PER_CHUNK) {
      chunks.push(out.join(''));
      out = [];
    }
  }
  chunks.push(out.join(''));
  return chunks.join('');
}
