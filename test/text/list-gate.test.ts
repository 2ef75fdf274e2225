import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { GATE_FEATURES, listGateFeatures, listGateScore, type GateList, type ListGateModel } from '../../lib/text/list-gate';

/**
 * The list gate's features (lib/text/list-gate.ts) on hand-written lists: each value counted by eye from the blocks.
 */
function listOf(html: string, heading: string, read: boolean[] = []): GateList {
  const doc = parseHtmlDocument(`<html><body><ul>${html}</ul></body></html>`);
  const blocks = [...doc.querySelectorAll('li')].map((li) => [li]);
  const texts = blocks.map(([li]) => (li!.textContent ?? '').trim());
  return {
    blocks,
    texts,
    usable: texts.map((t) => /\b(?:19|20)\d\d\b/.test(t)),
    ruled: texts.map(() => false),
    read: texts.map((_, i) => read[i] ?? false),
    hints: texts.map(() => ({})),
    heading,
    base: new URL('https://lab.example.org/publications/'),
  };
}
const feature = (l: GateList, name: (typeof GATE_FEATURES)[number]) => listGateFeatures(l)[GATE_FEATURES.indexOf(name)];

const PAPERS = listOf(
  `<li>Smith J, Jones M. <a href="https://doi.org/10.1000/x1">Sparse graph learning</a>. <i>Nature Methods</i> 18(2):12-20, 2021.</li>
   <li>Novak A, Ferreira L, et al. “Robust estimation of river discharge”. <i>Water Research</i> 150, 2019.</li>
   <li>Okafor C. Thin films on curved substrates. PhD thesis, 2018. <a href="/papers/thesis.pdf">pdf</a></li>
   <li>Lee K, Park S. <b>Fast solvers for sparse systems</b>. In Proceedings of SODA, pp. 1-9, 2017.</li>`,
  'Publications',
  [true, true, false, true],
);
const NEWS = listOf(
  `<li>March 4, 2024: Anna joined the lab as a PhD student. Welcome!</li>
   <li>Feb 12, 2024: Our paper was accepted at CHI 2024.</li>
   <li>Jan 3, 2024: Tom gave a talk at the department seminar.</li>`,
  'News',
);

describe('listGateFeatures', () => {
  it('counts the shares of blocks that show a year, an id or PDF link, quotes, italics, bold, "et al.", pages or volume', () => {
    expect(feature(PAPERS, 'year share')).toBe(1);
    // doi.org and /papers/thesis.pdf; the other two link nothing.
    expect(feature(PAPERS, 'id or pdf link share')).toBe(0.5);
    expect(feature(PAPERS, 'link share')).toBe(0.5);
    expect(feature(PAPERS, 'quotes share')).toBe(0.25);
    expect(feature(PAPERS, 'italic share')).toBe(0.5);
    expect(feature(PAPERS, 'bold share')).toBe(0.25);
    expect(feature(PAPERS, 'et al share')).toBe(0.25);
    // "18(2):12-20", "pp. 1-9"; "150, 2019" is neither.
    expect(feature(PAPERS, 'pages or volume share')).toBe(0.5);
    expect(feature(PAPERS, 'rules or tagger read share')).toBe(0.75);
    expect(feature(PAPERS, 'heading says publications')).toBe(1);
    expect(feature(PAPERS, 'heading says something else')).toBe(0);
    expect(feature(PAPERS, 'opens with a date share')).toBe(0);
  });

  it('sees news lines: each opens with a date, two of three hold a news word, under a "News" heading', () => {
    expect(feature(NEWS, 'opens with a date share')).toBe(1);
    // "joined", "Welcome", "talk", "seminar": lines one and three.
    expect(feature(NEWS, 'news word share')).toBeCloseTo(2 / 3);
    expect(feature(NEWS, 'heading says publications')).toBe(0);
    expect(feature(NEWS, 'heading says something else')).toBe(1);
    expect(feature(NEWS, 'et al share')).toBe(0);
  });
});

describe('listGateScore', () => {
  it('is the logistic of the weighted standardised features', () => {
    const n = GATE_FEATURES.length;
    const m: ListGateModel = {
      names: [...GATE_FEATURES],
      mean: new Array<number>(n).fill(0.5),
      scale: new Array<number>(n).fill(0.5),
      weights: GATE_FEATURES.map((f) => (f === 'year share' ? 2 : 0)),
      bias: -1,
      threshold: 0.9,
    };
    const x = new Array<number>(n).fill(0);
    x[GATE_FEATURES.indexOf('year share')] = 1;
    // z = -1 + 2 * (1 - 0.5) / 0.5 = 1
    expect(listGateScore(x, m)).toBeCloseTo(1 / (1 + Math.exp(-1)));
    expect(listGateScore(x, null)).toBe(0);
  });
});
