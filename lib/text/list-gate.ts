/**
 * The publications-list gate (issue 14, listgate14): a small logistic regression over list-level features that says
 * whether a list the rule reader turns down is a list of papers, so that the generic reader may read it with the
 * tagger (lib/sites/generic.ts `gatedRefList`). Trained on the dev corpus and the dev negative pages by
 * test/fixtures/corpus/tools/train-list-gate.ts, which writes list-gate-weights.json.
 */
import { MONTH_NAME } from '../dates';
import { isPaperHref } from '../sites/paper-links';
import { opensWithNames, YEAR, type ReferenceHints } from './reference';
import { taggerView } from './tagger';
import WEIGHTS from './list-gate-weights.json';

/** A model as shipped: standardised features, their weights, and the probability a list must reach. */
export interface ListGateModel {
  names: string[];
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
  threshold: number;
}

let model: ListGateModel | null = WEIGHTS as ListGateModel;

/** The model `listGateScore` uses (null: no list passes). For the training tool's folds. */
export function useListGateModel(m: ListGateModel | null): void {
  model = m;
}

export const listGateThreshold = (): number => model?.threshold ?? Infinity;

/** One list as the reader saw it: each block's elements and text, whether it was usable, and its reading. */
export interface GateList {
  blocks: Element[][];
  texts: string[];
  usable: boolean[];
  /** Read by the rules. */
  ruled: boolean[];
  /** Read by the rules or, where they did not, the tagger. */
  read: boolean[];
  hints: ReferenceHints[];
  /** The words of the nearest heading before the list. */
  heading: string;
  /** The page's URL, which the blocks' links are relative to. */
  base: URL;
}

const HAS_YEAR = new RegExp(`\\b${YEAR}\\b`);
const QUOTED = /[“"«„][^”"»]{8,}[”"»]/;
const ET_AL = /\bet\.?\s*al\b/i;
const PAGES_OR_VOLUME = /\b\d{1,5}\s*[-–—]\s*\d{1,5}\b|\b\d{1,4}\s*\(\s*\d{1,4}\s*\)|\b(?:pp?|vol|no)\.\s*\d/i;
const VENUE_WORD =
  /\b(?:journal|proceedings|proc\.|conference|conf\.|transactions|trans\.|letters|lett\.|review|rev\.|symposium|workshop|arxiv|preprint|press|ieee|acm|springer|elsevier|nature|science|phys\.|chem\.|j\.|annals|bulletin|quarterly|thesis|chapter|book)\b/i;
const MONTH = `${MONTH_NAME}\\.?`;
const DATE_OPENS = new RegExp(
  `^\\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}|${MONTH}\\s+\\d{1,2}\\b|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4})`,
  'i',
);
const NEWS_WORD =
  /\b(?:welcome|welcomes|congratulat\w*|award(?:ed|s)?|joined|joins|visit(?:ed|s|ing)?|talk|seminar|keynote|lecture|course|class|students?|defen[cd]ed|graduat\w*|hired|news|announce\w*|event|colloquium|registration|deadline|office hours|homework|syllabus)\b/i;
const PUB_HEADING =
  /\b(?:publications?|papers?|articles?|preprints?|journals?|conferences?|proceedings|bibliography|books?|chapters?|selected works|research outputs?|patents?)\b/i;
const NOT_PUB_HEADING =
  /\b(?:news|events?|talks?|seminars?|people|members?|team|alumni|teaching|courses?|blog|posts?|updates?|announcements?|awards?|grants?|funding|projects?|contact|students?|presentations?|media|press)\b/i;

export const GATE_FEATURES = [
  'log blocks',
  'usable share',
  'rules read share',
  'rules or tagger read share',
  'tagger clears margin share',
  'mean tagger margin',
  'first word tagged author share',
  'first word tagged title share',
  'opens with names share',
  'year share',
  'id or pdf link share',
  'link share',
  'quotes share',
  'italic share',
  'bold share',
  'et al share',
  'pages or volume share',
  'venue word share',
  'opens with a date share',
  'news word share',
  'log mean length',
  'length spread',
  'commas per block',
  'heading says publications',
  'heading says something else',
] as const;

const share = (xs: boolean[]) => (xs.length ? xs.filter(Boolean).length / xs.length : 0);
const has = (b: Element[], selector: string) => b.some((e) => e.matches(selector) || e.querySelector(selector) !== null);
const hrefs = (b: Element[]) =>
  b.flatMap((e) => [...(e.matches('a[href]') ? [e] : []), ...e.querySelectorAll('a[href]')]).map((a) => a.getAttribute('href') ?? '');

/** The list's features, in `GATE_FEATURES` order. */
export function listGateFeatures(l: GateList): number[] {
  const n = l.blocks.length;
  const usableIdx = [...l.usable.keys()].filter((i) => l.usable[i]);
  const u = Math.max(usableIdx.length, 1);
  const views = usableIdx.map((i) => taggerView(l.texts[i]!, l.hints[i]!));
  const margins = views.map((v) => Math.max(-100, Math.min(100, v?.margin ?? -100)));
  const lengths = l.texts.map((t) => t.length);
  const meanLength = lengths.reduce((a, b) => a + b, 0) / Math.max(n, 1);
  const spread = Math.sqrt(lengths.reduce((a, x) => a + (x - meanLength) ** 2, 0) / Math.max(n, 1)) / Math.max(meanLength, 1);
  return [
    Math.log(n),
    usableIdx.length / Math.max(n, 1),
    l.ruled.filter(Boolean).length / u,
    l.read.filter(Boolean).length / u,
    views.filter((v) => v?.clears).length / u,
    margins.length ? margins.reduce((a, b) => a + b, 0) / margins.length / 100 : -1,
    views.filter((v) => v?.firstTag === 'AUTHOR').length / u,
    views.filter((v) => v?.firstTag === 'TITLE').length / u,
    share(l.texts.map((t) => opensWithNames(t.slice(0, 300)))),
    share(l.texts.map((t) => HAS_YEAR.test(t))),
    share(l.blocks.map((b) => hrefs(b).some((h) => isPaperHref(h, l.base)))),
    share(l.blocks.map((b) => hrefs(b).length > 0)),
    share(l.texts.map((t) => QUOTED.test(t))),
    share(l.blocks.map((b) => has(b, 'em, i, cite'))),
    share(l.blocks.map((b) => has(b, 'b, strong'))),
    share(l.texts.map((t) => ET_AL.test(t))),
    share(l.texts.map((t) => PAGES_OR_VOLUME.test(t))),
    share(l.texts.map((t) => VENUE_WORD.test(t))),
    share(l.texts.map((t) => DATE_OPENS.test(t))),
    share(l.texts.map((t) => NEWS_WORD.test(t))),
    Math.log(1 + meanLength) / 8,
    Math.min(spread, 3),
    l.texts.reduce((a, t) => a + Math.min((t.match(/,/g) ?? []).length, 30), 0) / Math.max(n, 1) / 10,
    PUB_HEADING.test(l.heading) ? 1 : 0,
    NOT_PUB_HEADING.test(l.heading) && !PUB_HEADING.test(l.heading) ? 1 : 0,
  ];
}

/** The probability, by `m` (the shipped model by default), that a list of these features is a list of papers. */
export function listGateScore(features: number[], m: ListGateModel | null = model): number {
  if (!m) return 0;
  let z = m.bias;
  for (let i = 0; i < m.weights.length; i++) z += m.weights[i]! * ((features[i]! - m.mean[i]!) / m.scale[i]!);
  return 1 / (1 + Math.exp(-z));
}

type GateObserver = (l: GateList, features: number[], accepted: boolean) => void;
let observer: GateObserver | null = null;

/** For the training tool: every list the generic reader considers, with its features (never set by the product). */
export function observeGateLists(o: GateObserver | null): void {
  observer = o;
}
export const gateObserver = (): GateObserver | null => observer;
