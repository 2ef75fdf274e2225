import { afterEach, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { markMathJaxSource, TEX_SOURCE_ATTRIBUTE } from '../../lib/content/mathjax-source';

// The real MathJax 3.2.2 / 4.1.3 runs are in test/e2e/live-pages.test.ts and test/fixtures/rendered/; these pin the
// function's guards on shapes a page may hold (it runs in the page's own world, where anything can be on `MathJax`).
const g = globalThis as { MathJax?: unknown };
afterEach(() => delete g.MathJax);

function containers(n: number): Element[] {
  const { document } = parseHTML(`<p>${'<mjx-container class="MathJax"></mjx-container>'.repeat(n)}</p>`);
  return [...document.querySelectorAll('mjx-container')];
}
const tex = (root: unknown, math: string, open: string, close: string, display: boolean | null = false) => ({
  math,
  display,
  inputJax: { name: 'TeX' },
  start: { node: null, n: 0, delim: open },
  end: { node: null, n: 0, delim: close },
  typesetRoot: root,
});

describe('markMathJaxSource', () => {
  it('writes each typeset TeX item its source with the delimiters the page used', () => {
    const [a, b, c] = containers(3);
    const env = '\\begin{equation}E=mc^2\\end{equation}';
    g.MathJax = { startup: { document: { math: [tex(a, 'H_0', '$', '$'), tex(b, 'f(R)', '\\(', '\\)'), tex(c, env, '', '', true)] } } };
    expect(markMathJaxSource()).toBe(3);
    expect(a!.getAttribute(TEX_SOURCE_ATTRIBUTE)).toBe('$H_0$');
    expect(b!.getAttribute(TEX_SOURCE_ATTRIBUTE)).toBe('\\(f(R)\\)');
    expect(c!.getAttribute(TEX_SOURCE_ATTRIBUTE)).toBe(env);
  });

  it('does nothing without a MathJax 3/4 document (none, MathJax 2, a page variable of another kind)', () => {
    expect(markMathJaxSource()).toBe(0);
    g.MathJax = { Hub: { Queue() {} }, version: '2.7.9' };
    expect(markMathJaxSource()).toBe(0);
    g.MathJax = { startup: { document: { math: 42 } } };
    expect(markMathJaxSource()).toBe(0);
    g.MathJax = 'not an object';
    expect(markMathJaxSource()).toBe(0);
  });

  it('never throws into the page, whatever its MathJax object does', () => {
    g.MathJax = {
      get startup() {
        throw new Error('page getter');
      },
    };
    expect(markMathJaxSource()).toBe(0);
    const [a] = containers(1);
    const items = {
      *[Symbol.iterator]() {
        yield tex(a, 'x', '$', '$');
        throw new Error('broken list');
      },
    };
    g.MathJax = { startup: { document: { math: items } } };
    expect(markMathJaxSource()).toBe(0);
  });

  it('leaves escaped delimiters, MathML input, untypeset items and non-element roots alone', () => {
    const [a, b, c] = containers(3);
    const { document } = parseHTML('<p>$</p>');
    g.MathJax = {
      startup: {
        document: {
          math: [
            tex(document.createTextNode('$'), '$', '', '', null), // `\$` with processEscapes
            { ...tex(a, '<math><mi>x</mi></math>', '', ''), inputJax: { name: 'MathML' } },
            tex(null, 'y', '$', '$'),
            null,
            tex(b, 'z', '$', '$'),
            { ...tex(c, 'w', '$', '$'), start: {}, end: { delim: 7 } },
          ],
        },
      },
    };
    expect(markMathJaxSource()).toBe(2);
    expect(a!.hasAttribute(TEX_SOURCE_ATTRIBUTE)).toBe(false);
    expect(b!.getAttribute(TEX_SOURCE_ATTRIBUTE)).toBe('$z$');
    expect(c!.getAttribute(TEX_SOURCE_ATTRIBUTE)).toBe('w');
  });
});
