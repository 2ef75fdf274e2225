import { describe, expect, it } from 'vitest';
import { fixtureDocument, fixtureText } from '../helpers';

// Real MathJax 3.2.2 and 4.1.3 output after markMathJaxSource ran in the page (test/fixtures/rendered/make.ts): each
// formula's label must be the TeX the served page held there, delimiters included, in page order.
const SERVED_ITEMS = ['2512.03876', '2512.02407', '2512.00229'].map((id) => {
  const page = fixtureText('pages/arxiv-search-200-2025-12.html');
  const start = page.lastIndexOf('<li class="arxiv-result">', page.indexOf(`https://arxiv.org/abs/${id}"`));
  return page.slice(start, page.indexOf('</li>', start));
});
/** Inline TeX as served: `$…$` and `\(…\)`, in document order. */
const servedTeX = SERVED_ITEMS.flatMap((li) => [...li.matchAll(/\$[^$]+\$|\\\(.*?\\\)/g)].map((m) => m[0]));

describe.each(['arxiv-search-mathjax3', 'arxiv-search-mathjax4'])('%s-tex.html', (name) => {
  it('labels every typeset formula with the served TeX, in page order', () => {
    expect(servedTeX).toHaveLength(18);
    const doc = fixtureDocument(`rendered/${name}-tex.html`);
    const containers = [...doc.querySelectorAll('mjx-container')];
    expect(containers.map((c) => c.getAttribute('data-papershelf-tex'))).toEqual(servedTeX);
  });

  it('the same output without the step carries no label', () => {
    const doc = fixtureDocument(`rendered/${name}.html`);
    expect(doc.querySelectorAll('mjx-container')).toHaveLength(18);
    expect(doc.querySelectorAll('[data-papershelf-tex]')).toHaveLength(0);
  });
});
