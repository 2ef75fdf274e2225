import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { clean } from '../../lib/sites/dom';
import { hasMath, mathText, plainText, textReader } from '../../lib/sites/math-text';
import { fixtureText } from '../helpers';

/** The text of every `dd` of a page (as the arXiv adapter reads a title), cleaned, with the page's own reader. */
function entries(html: string): string[] {
  const doc = parseHtmlDocument(`<!DOCTYPE html><html><body>${html}</body></html>`);
  const read = textReader(doc);
  return [...doc.querySelectorAll('dd')].map((dd) => clean(read(dd)));
}

// test/fixtures/math/source.html, as served (no script ran); the snapshots are that page after each renderer ran.
const RAW = [
  'Title: The road towards precision measurements of $H_0$ with bright sirens A. One, B. Two',
  'Title: Beyond $j=1$: constraints on Almost-$\\Lambda$CDM Cosmologies from $f(R)$ and $R^2$ gravity',
  'Title: Inline \\(f(R)\\) and a price of \\$5 in $\\mathcal{O}(n \\log n)$ time',
  'We show that $$\\sum_{i=1}^n i = \\frac{n(n+1)}{2}$$ holds, and \\[E = mc^2\\] too; also $a<b$.',
];
/** What survives rendering: MathJax keeps no trace of which delimiters held a formula, so \(…\) reads as $…$. */
const FROM_SCRIPTS = [RAW[0], RAW[1], RAW[2]!.replace('\\(f(R)\\)', '$f(R)$'), RAW[3]!.replace('\\[E = mc^2\\]', () => '$$E = mc^2$$')];

describe('math-aware page text', () => {
  it('reads the served page (no renderer ran) as textContent', () => {
    expect(hasMath(parseHtmlDocument(fixtureText('math/source.html')))).toBe(false);
    expect(entries(fixtureText('math/source.html'))).toEqual(RAW);
  });

  for (const output of ['htmlcss', 'htmlcss-assistive', 'chtml', 'svg', 'previewhtml', 'nativemml']) {
    it(`MathJax 2 (${output} output): the TeX from its script, once, delimited as the page held it`, () => {
      const html = fixtureText(`math/mathjax2-${output}.html`);
      // The garbling this fixes: textContent gives the rendered glyphs and then the script's TeX.
      if (output === 'htmlcss') expect(clean(parseHtmlDocument(html).querySelector('dd')!.textContent)).toContain('of H0H_0 with');
      expect(entries(html)).toEqual(FROM_SCRIPTS);
    });
  }

  it('MathJax 2 frames without their scripts (a page saved without scripts): the rendered text once, no MathML copy', () => {
    const html = fixtureText('math/mathjax2-htmlcss-assistive.html').replace(/<script type="math\/tex[^>]*>[\s\S]*?<\/script>/g, '');
    const [first] = entries(html);
    expect(first).toBe('Title: The road towards precision measurements of H0 with bright sirens A. One, B. Two');
    // Without MathML either, nothing marks the page as math: its text is the glyphs, once.
    const bare = fixtureText('math/mathjax2-htmlcss.html').replace(/<script type="math\/tex[^>]*>[\s\S]*?<\/script>/g, '');
    expect(hasMath(parseHtmlDocument(bare))).toBe(false);
    expect(entries(bare)[0]).toBe('Title: The road towards precision measurements of H0 with bright sirens A. One, B. Two');
    const svg = entries(fixtureText('math/mathjax2-svg.html').replace(/<script type="math\/tex[^>]*>[\s\S]*?<\/script>/g, ''));
    // SVG glyphs are <use> references: only the assistive MathML has text.
    expect(svg[0]).toBe('Title: The road towards precision measurements of H0 with bright sirens A. One, B. Two');
  });

  it('MathJax 3 with data-papershelf-tex: the TeX the page wrote, with its delimiters', () => {
    for (const file of ['math/mathjax3-chtml.html', 'math/mathjax3-svg.html']) {
      const doc = parseHtmlDocument(fixtureText(file));
      // What the background's MAIN-world step sets, in document order of the formulas in source.html.
      const tex = [
        '$H_0$',
        '$j=1$',
        '$\\Lambda$',
        '$f(R)$',
        '$R^2$',
        '\\(f(R)\\)',
        '$\\mathcal{O}(n \\log n)$',
        '$$\\sum_{i=1}^n i = \\frac{n(n+1)}{2}$$',
        '\\[E = mc^2\\]',
        '$a<b$',
      ];
      const containers = [...doc.querySelectorAll('mjx-container')];
      expect(containers).toHaveLength(tex.length);
      containers.forEach((c, i) => c.setAttribute('data-papershelf-tex', tex[i]!));
      const read = textReader(doc);
      expect([...doc.querySelectorAll('dd')].map((dd) => clean(read(dd)))).toEqual(RAW);
    }
  });

  it('MathJax 3 without the attribute: the assistive MathML text once, never the glyphs and the MathML', () => {
    for (const file of ['math/mathjax3-chtml.html', 'math/mathjax3-svg.html']) {
      const [first, second] = entries(fixtureText(file));
      expect(first).toBe('Title: The road towards precision measurements of H0 with bright sirens A. One, B. Two');
      expect(second).toBe('Title: Beyond j=1: constraints on Almost-ΛCDM Cosmologies from f(R) and R2 gravity');
    }
  });

  it('KaTeX (auto-render): the TeX from its annotation, $…$ inline and $$…$$ for display math', () => {
    const got = entries(fixtureText('math/katex.html'));
    expect(got[0]).toBe(RAW[0]);
    expect(got[1]).toBe(RAW[1]);
    expect(got[3]).toBe(FROM_SCRIPTS[3]);
  });

  it('KaTeX without its MathML, and a KaTeX error: the rendered text once, the TeX of the error', () => {
    const html = fixtureText('math/katex.html').replace(/<span class="katex-mathml">.*?<\/math><\/span>/g, '');
    expect(entries(html)[0]).toBe('Title: The road towards precision measurements of H0 with bright sirens A. One, B. Two');
    const doc = parseHtmlDocument('<p>see <span class="katex-error" title="ParseError" style="color:#cc0000">\\frac{</span> here</p>');
    expect(clean(textReader(doc)(doc.querySelector('p')))).toBe('see $\\frac{$ here');
  });

  it('MathML in the page: its TeX annotation, else its text without annotations', () => {
    const doc = parseHtmlDocument(
      '<p>a <math alttext="H_{0}" display="inline"><semantics><msub><mi>H</mi><mn>0</mn></msub><annotation encoding="application/x-tex">H_{0}</annotation></semantics></math> b ' +
        '<math display="block"><mi>x</mi><annotation-xml encoding="MathML-Content"><ci>x</ci></annotation-xml></math></p>',
    );
    expect(clean(textReader(doc)(doc.querySelector('p')))).toBe('a $H_{0}$ b x');
  });

  it('keeps textContent for pages without math, and the plain reader never looks for math', () => {
    const doc = parseHtmlDocument('<p>A <b>bold</b> title <script>var x = 1</script></p>');
    expect(textReader(doc)).toBe(plainText);
    expect(plainText(doc.querySelector('p'))).toBe('A bold title var x = 1');
    expect(plainText.atom(doc.querySelector('b')!)).toBeNull();
    // The math reader leaves scripts out.
    expect(mathText(doc.querySelector('p'))).toBe('A bold title ');
  });
});
