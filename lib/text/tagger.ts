/**
 * A trained token tagger for references the rule reader (reference.ts) cannot read (issue 14): each token of an entry is
 * tagged OTHER, AUTHOR, TITLE, VENUE or YEAR by an averaged perceptron over hand-made features, decoded with Viterbi.
 * Trained on the dev corpus by test/fixtures/corpus/tools/train-tagger.ts, which writes tagger-weights.json.
 */
import { isNameParticle } from '../names';
import { collapse } from './common';
import { isName, nameLikeness } from './names';
import {
  LABEL_WORD,
  NAME_FORMS,
  finishReference,
  lastYear,
  readAuthorBlock,
  withoutCjkBadges,
  type AuthorBlock,
  type NameForm,
  type ParsedReference,
  type ReferenceHints,
} from './reference';
import WEIGHTS from './tagger-weights.json';

export const TAGS = ['O', 'AUTHOR', 'TITLE', 'VENUE', 'YEAR'] as const;
const T = TAGS.length;
const [, AUTHOR, TITLE, VENUE, YEAR] = [0, 1, 2, 3, 4];

interface Token {
  text: string;
  start: number;
  end: number;
  line: number;
}

/** Words (letters with inner apostrophes and hyphens), numbers, and every other non-space character alone. */
const TOKEN = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*|\d+|[^\s\p{L}\p{M}\d]/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let line = 0;
  let from = 0;
  for (const m of text.matchAll(TOKEN)) {
    for (let i = text.indexOf('\n', from); i >= 0 && i < m.index; i = text.indexOf('\n', i + 1)) line++;
    from = m.index;
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length, line });
  }
  return tokens;
}

const shapeOf = (w: string) =>
  w
    .replace(/\p{Lu}/gu, 'X')
    .replace(/[\p{Ll}\p{M}]/gu, 'x')
    .replace(/\d/g, 'd')
    .replace(/\p{L}/gu, 'L')
    .replace(/(x)x+/g, '$1x')
    .replace(/(X)X+/g, '$1X');
const YEAR_WORD = /^(?:19[5-9]\d|20[0-4]\d)$/;
const LABEL_TOKEN = new RegExp(`^${LABEL_WORD}$`, 'i');
const QUOTES = /^["“”«»„]$/;

/**
 * Tokens in a run that reads as a person's name ("John Smith", "J. Smith", "Smith J"): 2 where two or three words
 * in a row on one line read as one name, 1 for a single name word (a capitalised word lib/text/names half accepts).
 */
function namedTokens(tokens: Token[]): number[] {
  const named = tokens.map(() => 0);
  // Words with an initial's period: [text, first token, last token].
  const words: [string, number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!/^\p{L}/u.test(t.text)) continue;
    const dotted = /^\p{Lu}$/u.test(t.text) && tokens[i + 1]?.text === '.' && tokens[i + 1]!.start === t.end;
    words.push([dotted ? `${t.text}.` : t.text, i, dotted ? i + 1 : i]);
  }
  for (let k = 0; k < words.length; k++) {
    const [w, a] = words[k]!;
    if (!named[a] && nameLikeness(w) > 0) named[a] = 1;
    for (const len of [2, 3]) {
      const run = words.slice(k, k + len);
      if (run.length < len || tokens[run[0]![1]]!.line !== tokens[run[len - 1]![2]]!.line) continue;
      // Adjacent words only: nothing but a space between them.
      if (run.some((r, j) => j > 0 && tokens[r[1]]!.start - tokens[run[j - 1]![2]]!.end > 1)) continue;
      if (nameLikeness(run.map((r) => r[0]).join(' ')) >= 1) for (let i = a; i <= run[len - 1]![2]; i++) named[i] = 2;
    }
  }
  return named;
}

/** Each token's feature names (the tagger's input). */
export function tokenFeatures(text: string, tokens: Token[], hints: ReferenceHints = {}): string[][] {
  const n = tokens.length;
  const lower = tokens.map((t) => t.text.toLowerCase().slice(0, 20));
  const shapes = tokens.map((t) => shapeOf(t.text).slice(0, 6));
  const hintAt = hints.title ? text.indexOf(hints.title) : -1;
  const hintEnd = hintAt < 0 ? -1 : hintAt + hints.title!.length;
  const named = namedTokens(tokens);
  const out: string[][] = [];
  let breaks = 0;
  let quoted = false;
  let paren = 0;
  let yearBefore = false;
  let commas = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const w = t.text;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const f = ['b', `w=${lower[i]}`, `s=${shapes[i]}`];
    if (w.length > 3) f.push(`p=${lower[i]!.slice(0, 3)}`, `x=${lower[i]!.slice(-3)}`);
    if (/^\p{Lu}$/u.test(w)) f.push(next?.text === '.' ? 'ini.' : 'ini');
    if (YEAR_WORD.test(w)) f.push('yr');
    if (isNameParticle(w)) f.push('part');
    if (named[i]) f.push(`nm${named[i]}`);
    if (named[i - 1]) f.push(`nm-1${named[i - 1]}`);
    if (named[i + 1]) f.push(`nm+1${named[i + 1]}`);
    if (LABEL_TOKEN.test(w)) f.push('lab');
    const lineFirst = !prev || prev.line !== t.line;
    f.push(`L=${Math.min(t.line, 3)}`, `B=${Math.min(breaks, 4)}`, `C=${Math.min(commas, 6)}`, `P=${Math.floor((5 * i) / n)}`);
    if (lineFirst) f.push('lf');
    if (!next || next.line !== t.line) f.push('ll');
    if (i === 0) f.push('first');
    if (i === n - 1) f.push('last');
    if (quoted) f.push('q');
    if (paren > 0) f.push('par');
    if (yearBefore) f.push('yb');
    if (hintAt >= 0) f.push(t.start >= hintAt && t.end <= hintEnd ? 'ht' : t.start < hintAt ? 'htb' : 'hta');
    for (const d of [-2, -1, 1, 2]) {
      const j = i + d;
      if (j < 0 || j >= n) {
        f.push(`w${d}=_`);
        continue;
      }
      f.push(`w${d}=${lower[j]}`, `s${d}=${shapes[j]}`);
      if (Math.abs(d) === 1) f.push(`ss${d}=${shapes[i]}|${shapes[j]}`);
    }
    out.push(f);
    if (QUOTES.test(w)) quoted = w === '”' || w === '»' ? false : w === '“' || w === '«' || w === '„' ? true : !quoted;
    if (w === '(' || w === '[') paren++;
    if ((w === ')' || w === ']') && paren > 0) paren--;
    if (YEAR_WORD.test(w)) yearBefore = true;
    if (w === ',') commas++;
    // A sentence's period (not an initial's): the next token opens a new part.
    if ((w === '.' || w === '?' || w === '!') && !(prev && /^\p{Lu}$/u.test(prev.text))) breaks++;
  }
  return out;
}

/** The best tag sequence for emission scores `emit` (n × T, row-major) and transitions `trans` ((T + 1) × T, the last row from the start). */
export function viterbi(emit: ArrayLike<number>, n: number, trans: ArrayLike<number>): { tags: number[]; score: number } {
  if (n === 0) return { tags: [], score: 0 };
  const score = new Float64Array(n * T);
  const back = new Int32Array(n * T);
  for (let y = 0; y < T; y++) score[y] = trans[T * T + y]! + emit[y]!;
  for (let i = 1; i < n; i++) {
    for (let y = 0; y < T; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        const s = score[(i - 1) * T + p]! + trans[p * T + y]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * T + y] = best + emit[i * T + y]!;
      back[i * T + y] = arg;
    }
  }
  let y = 0;
  for (let k = 1; k < T; k++) if (score[(n - 1) * T + k]! > score[(n - 1) * T + y]!) y = k;
  const best = score[(n - 1) * T + y]!;
  const tags = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = y;
    y = back[i * T + y]!;
  }
  return { tags, score: best };
}

/** A model as shipped: transition weights and each feature's weight per tag. */
export interface TaggerModel {
  /** Reading accepted only when the best path beats the all-OTHER path by this much per token. */
  margin: number;
  trans: number[];
  features: Record<string, number[]>;
}

let model: TaggerModel | null = WEIGHTS as TaggerModel;

/** The model tagReference uses (null: the tagger reads nothing). For the training tool's folds. */
export function useTaggerModel(m: TaggerModel | null): void {
  model = m;
}

/** A model's feature weights as a Map: a lookup in the weights' JSON object (tens of thousands of keys) costs more. */
const featureTables = new WeakMap<TaggerModel, Map<string, number[]>>();
function featureTable(m: TaggerModel): Map<string, number[]> {
  let table = featureTables.get(m);
  if (!table) featureTables.set(m, (table = new Map(Object.entries(m.features))));
  return table;
}

/** Tags of a text's tokens by the model, and the best path's score over the all-OTHER path's, per token. */
export function tagTokens(m: TaggerModel, feats: string[][]): { tags: number[]; margin: number } {
  const n = feats.length;
  const emit = new Float64Array(n * T);
  const features = featureTable(m);
  for (let i = 0; i < n; i++)
    for (const f of feats[i]!) {
      const w = features.get(f);
      if (w) for (let y = 0; y < T; y++) emit[i * T + y]! += w[y]!;
    }
  const { tags, score } = viterbi(emit, n, m.trans);
  let other = m.trans[T * T]! + emit[0]!;
  for (let i = 1; i < n; i++) other += m.trans[0]! + emit[i * T]!;
  return { tags, margin: n ? (score - other) / n : 0 };
}

/** The runs of one tag: [first, last] token indices. */
function runs(tags: number[], tag: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== tag) continue;
    let j = i;
    while (j + 1 < tags.length && tags[j + 1] === tag) j++;
    out.push([i, j]);
    i = j;
  }
  return out;
}

const MAX_TOKENS = 400;
const trimEnds = (s: string) => s.replace(/^[\s,.;:([{“"'‘«-]+|[\s,.;:)\]}”"'’»-]+$/gu, '');
const untidyName = (s: string) => collapse(s.replace(/[*†‡§¶✉⋆∗#\d]+/g, ' ')).replace(/^(?:and|&)\s+/i, '');

/** The AUTHOR run's names: the rule reader's author block in the list's form or any form, else its parts between , ; & and "and". */
function namesOf(s: string, form: NameForm | undefined): { block: AuthorBlock; form?: NameForm } | null {
  const forms = form ? [form, ...NAME_FORMS.filter((f) => f !== form)] : NAME_FORMS;
  for (const f of forms) {
    const block = readAuthorBlock(s, f);
    if (block?.names.length) return { block, form: f };
  }
  const names = s
    .replace(/,?\s*(?:et\.?\s*al\.?|…)\s*$/, '')
    .split(/\s*(?:[,;&]|\band\b)\s*/)
    .map(untidyName)
    .filter((x) => /\p{L}/u.test(x));
  // Every piece a name ("Huge anisotropic" is the title's first words run into the names), most of them whole ones.
  if (!names.length || names.some((x) => nameLikeness(x) === 0) || names.filter(isName).length * 2 < names.length) return null;
  return { block: { names, truncated: /et al|…/.test(s) } };
}

/** The shipped model's best path over a text's tokens, with its margin per token; null with no model or a text too short or long. */
function bestPath(raw: string, hints: ReferenceHints): { tokens: Token[]; tags: number[]; margin: number } | null {
  if (!model || raw.length > 2500) return null;
  const tokens = tokenize(raw);
  if (tokens.length < 4 || tokens.length > MAX_TOKENS) return null;
  return { tokens, ...tagTokens(model, tokenFeatures(raw, tokens, hints)) };
}

/**
 * How the shipped model sees a text, for the list gate (list-gate.ts): its best path's margin per token over the all-OTHER
 * path, whether that clears the model's margin, and the tag of its first word.
 */
export function taggerView(
  raw: string,
  hints: ReferenceHints,
): { margin: number; clears: boolean; firstTag: (typeof TAGS)[number] | undefined } | null {
  const path = bestPath(raw, hints);
  if (!path || !model) return null;
  const first = path.tokens.findIndex((t) => /\p{L}/u.test(t.text));
  return { margin: path.margin, clears: path.margin >= model.margin, firstTag: first < 0 ? undefined : TAGS[path.tags[first]!] };
}

/** A comma part after the name that "and" joins, not that name's initials ("Smith, J. and Jones, K."). */
const PAST_LAST_NAME = /\s(?:and|&)\s+[^,]+,\s*(?!(?:\p{Lu}\.\s?-?)+\s*(?:[,;]|$))\S/u;

/**
 * A reference read by the tagger, where the rules read none: a TITLE run of three words or more (or the marked title),
 * an AUTHOR run that splits into names (unless the list shows none), and a path that clears the model's margin.
 */
export function tagReference(text: string, hints: ReferenceHints): ParsedReference | null {
  const raw = withoutCjkBadges(text);
  const path = bestPath(raw, hints);
  if (!path || !model || path.margin < model.margin) return null;
  const { tokens, tags } = path;
  const span = ([a, b]: [number, number]) => raw.slice(tokens[a]!.start, tokens[b]!.end);
  const longest = (rs: [number, number][]) =>
    rs.reduce<[number, number] | undefined>((a, r) => (!a || r[1] - r[0] > a[1] - a[0] ? r : a), undefined);
  const titleRun = longest(runs(tags, TITLE));
  if (!titleRun) return null;
  let title = collapse(trimEnds(span(titleRun)));
  if (hints.title && raw.includes(hints.title) && span(titleRun).includes(collapse(hints.title).slice(0, 20)))
    title = collapse(hints.title);
  // A title opens in capitals (one opening in lower case is the end of another's), holds no year (a venue tag's) and no names list.
  else if (
    title.split(' ').length < 3 ||
    /^\p{Ll}/u.test(title) ||
    tokens.slice(titleRun[0], titleRun[1] + 1).some((t) => YEAR_WORD.test(t.text))
  )
    return null;
  if (
    title.split(/,\s+/).length > 2 &&
    NAME_FORMS.some(
      (f) =>
        (readAuthorBlock(
          title
            .split(/,\s+(?!and\s)/)
            .slice(0, 2)
            .join(', '),
          f,
        )?.names.length ?? 0) >= 2,
    )
  )
    return null;
  const authorRun = runs(tags, AUTHOR)[0];
  let names: ReturnType<typeof namesOf> = null;
  if (authorRun) {
    // The run, or the run grown over untagged tokens to its line's ends (a first or last name the model left out): the reading with most names.
    const [a, b] = authorRun;
    let from = a;
    let to = b;
    while (from > 0 && tags[from - 1] === 0 && tokens[from - 1]!.line === tokens[a]!.line) from--;
    while (to + 1 < tokens.length && tags[to + 1] === 0 && tokens[to + 1]!.line === tokens[b]!.line) to++;
    const tagged = trimEnds(span([a, b]));
    for (const r of [
      [a, b],
      [from, b],
      [a, to],
      [from, to],
    ] as [number, number][]) {
      const text = trimEnds(span(r));
      // "with Lorenzo Capineri and Tim Bechtel, Insight, Vol 54": the name that "and" joins closes the list; grown past
      // it, the run takes in the venue.
      if (to > b && r[1] === to && PAST_LAST_NAME.test(text) && !PAST_LAST_NAME.test(tagged)) continue;
      const n = namesOf(text.replace(/\s*\n\s*/g, ' '), hints.nameForm);
      if (n && n.block.names.length > (names?.block.names.length ?? 0)) names = n;
    }
  }
  if (!names && !hints.allowNoAuthors) return null;
  const yearRun = runs(tags, YEAR).find(([a]) => YEAR_WORD.test(tokens[a]!.text));
  const venueRun = runs(tags, VENUE)[0];
  // The venue only as tagged (the text after the title may be the names); the year as tagged, else the list's or the text's last.
  const venueText = venueRun ? span(venueRun) : '';
  const year = yearRun ? Number(tokens[yearRun[0]]!.text) : (hints.groupYear ?? lastYear(raw));
  const r = finishReference(title, names?.block ?? null, names?.form, year, venueText, collapse(raw));
  const shownVenue = venueRun && collapse(trimEnds(span(venueRun)));
  if (r && shownVenue && !r.venue) r.venue = shownVenue;
  return r;
}
