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
const ASCII_SPACE = /[ \t\n\r\f\v]/;

/**
 * A string as BibTeX text that reads back exactly (`decodeText` is its inverse): specials as macros, a newline as
 * `\\` plus a line break, other controls and a lone surrogate (UTF-8 cannot hold it) as `\charN{}`, a space that
 * is not one space between two characters as `\ `, ligatures broken with `{}`. In `keywords`, also "," and ";" (the
 * separators) as `\char44{}` and `\char59{}`.
 */
function encodeText(s: string, keyword = false): string {
  if (!NEEDS_ENCODING.test(s) && !(keyword && /[,;]/.test(s))) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const code = s.charCodeAt(i);
    if (ch === ' ') {
      const plain = i > 0 && i < s.length - 1 && !ASCII_SPACE.test(s[i - 1]!) && !ASCII_SPACE.test(s[i + 1]!);
      out += plain ? ' ' : '\\ ';
    } else if (ch === '\n') out += '\\\\\n';
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) {
      out += ch + s[i + 1]!;
      i++;
    } else if (
      code < 0x20 ||
      (code >= 0x7f && code <= 0x9f) ||
      (code >= 0xd800 && code <= 0xdfff) ||
      (keyword && (ch === ',' || ch === ';'))
    )
      out += `\\char${code}{}`;
    else if (SPECIALS[ch]) out += SPECIALS[ch];
    else if ((ch === '-' || ch === '`' || ch === "'") && s[i + 1] === ch) out += ch + '{}';
    else out += ch;
  }
  return out;
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

/** Non-ASCII letters as LaTeX macros where one exists (é -> {\'e}); other characters stay as they are. */
function toAsciiLatex(s: string): string {
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

function formatWord(word: string, opts: BibtexOptions): string {
  if (!needsProtection(word)) return text(word, opts);
  const [, lead = '', core = '', trail = ''] = WORD_EDGES.exec(word) ?? [];
  return `${text(lead, opts)}{${text(core, opts)}}${text(trail, opts)}`;
}

/** Words protected one by one (formatWord); whitespace between them encoded as `encodeText` does (one space stays). */
function formatTitle(title: string, opts: BibtexOptions = {}): string {
  const parts = title.split(/([ \t\n\r\f\v]+)/);
  return parts
    .map((part, i) => {
      if (!part) return part;
      if (i % 2 === 0) return formatWord(part, opts);
      return part === ' ' && i > 0 && i < parts.length - 1 && parts[i - 1] && parts[i + 1]
        ? ' '
        : [...part].map((c) => (c === ' ' ? '\\ ' : encodeText(c))).join('');
    })
    .join('');
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

const ARXIV_ONLY: { bibType: string; venueField?: string } = { bibType: 'misc' };
const BY_TYPE: Record<EntryType, { bibType: string; venueField?: string }> = {
  article: { bibType: 'article', venueField: 'journal' },
  inproceedings: { bibType: 'inproceedings', venueField: 'booktitle' },
  incollection: { bibType: 'incollection', venueField: 'booktitle' },
  book: { bibType: 'book', venueField: 'publisher' },
  thesis: { bibType: 'phdthesis', venueField: 'school' },
  report: { bibType: 'techreport', venueField: 'institution' },
  preprint: { bibType: 'misc', venueField: 'howpublished' },
  misc: { bibType: 'misc', venueField: 'howpublished' },
};

function entryType(p: Paper): { bibType: string; venueField?: string } {
  return isArxivOnly(p) ? ARXIV_ONLY : BY_TYPE[p.type ?? 'misc'];
}

/** URLs and DOIs are verbatim in BibTeX; only braces could break the entry. */
function verbatim(s: string): string {
  return s.replace(/[{}]/g, (c) => (c === '{' ? '%7B' : '%7D'));
}

function entry(p: Paper, key: string, opts: BibtexOptions, authorCache: Map<string, string>): string {
  const { bibType, venueField } = entryType(p);
  const fields: [string, string][] = [];
  const add = (name: string, value: string | undefined) => {
    if (value !== undefined && value !== '') fields.push([name, value]);
  };
  add('title', formatTitle(p.title, opts));
  add('author', formatAuthors(p, opts, authorCache));
  if (venueField && p.venue && !(bibType === 'misc' && /^arxiv$/i.test(p.venue))) add(venueField, text(p.venue, opts));
  const year = p.year ?? (p.date ? Number(p.date.slice(0, 4)) : undefined);
  add('year', year !== undefined ? String(year) : undefined);
  const month = p.date && p.date.length >= 7 ? MONTH_ABBREVIATIONS[Number(p.date.slice(5, 7)) - 1] : undefined;
  if (p.ids.arxiv) {
    add('eprint', p.ids.arxiv);
    add('archivePrefix', 'arXiv');
    const category = p.signals.category?.trim();
    if (category && ARXIV_CATEGORY.test(category)) add('primaryClass', category);
  }
  add('doi', p.ids.doi ? verbatim(p.ids.doi) : undefined);
  const url = p.url ?? (p.ids.arxiv ? arxivAbsUrl(p.ids.arxiv) : undefined);
  add('url', url ? verbatim(url) : undefined);
  add('abstract', p.abstract ? text(p.abstract, opts) : undefined);
  add('note', p.comment ? text(p.comment, opts) : undefined);
  const tags = activeTags(p.tags).sort();
  add(
    'keywords',
    tags.length ? tags.map((t) => (opts.ascii ? toAsciiLatex(encodeText(t, true)) : encodeText(t, true))).join(', ') : undefined,
  );
  add('annote', p.note ? text(p.note, opts) : undefined);

  const lines = fields.map(([name, value]) => `  ${name} = {${value}},`);
  if (month) lines.splice(fields.findIndex(([n]) => n === 'year') + 1, 0, `  month = ${month},`);
  return `@${bibType}{${key},\n${lines.join('\n')}\n}\n`;
}

/** Characters BibTeX keys may not contain (control characters included: the key cannot escape them). */
function cleanKey(key: string): string {
  return key.replace(/[\s,{}()"#%'=\\~\u0000-\u001F\u007F-\u009F\uD800-\uDFFF]/g, '') || 'paper';
}

/**
 * The papers as a BibTeX file. Papers keep their stored citation key; a paper without one (assign and store keys
 * first: assignCitationKeys) gets its default key here, and duplicate keys get a suffix so every key is unique.
 */
export function toBibtex(papers: Paper[], opts: BibtexOptions = {}): string {
  const taken = new Set<string>();
  const stored = papers.filter((p) => p.citationKey);
  const keys = new Map<Paper, string>();
  for (const p of stored) keys.set(p, uniqueKey(cleanKey(p.citationKey!), taken));
  for (const p of papers) if (!keys.has(p)) keys.set(p, uniqueKey(cleanKey(baseCitationKey(p)), taken));
  const authorCache = new Map<string, string>();
  return papers.map((p) => entry(p, keys.get(p)!, opts, authorCache)).join('\n');
}
