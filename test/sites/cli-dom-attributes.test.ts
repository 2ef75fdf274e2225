import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../lib/cli/dom';

describe('parseHtmlDocument: attribute names as a browser parses them', () => {
  it('upper-case HTML 3.2 attributes match lower-case selectors; SVG keeps its camel case', () => {
    const doc = parseHtmlDocument(
      '<HTML><BODY><OL><LI>C. Ronse: Feedback Shift Registers. LNCS, Vol. 169, Springer-Verlag (1984), 145 pp. <A HREF="https://doi.org/10.1007/BFb0023974">doi</A></OL><svg viewBox="0 0 1 1"></svg></BODY></HTML>',
    );
    expect([...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'))).toEqual(['https://doi.org/10.1007/BFb0023974']);
    expect(doc.querySelector('svg')!.getAttribute('viewBox')).toBe('0 0 1 1');
  });
});

describe('parseHtmlDocument: a <body> as a browser builds it', () => {
  // schwarzenbach-research: a Hugo theme's header partial closes </html>; the page's list follows it.
  it('what follows </head> and </html> is in <body>', () => {
    const doc = parseHtmlDocument(
      '<!DOCTYPE html><html><head><title>Anina Schwarzenbach | Research</title></head><header><h1>Anina Schwarzenbach</h1></header></html>\n<section><h2 id="Publications">Publications</h2><p><h4><a href="https://doi.org/10.1093/esr/jcaf006">Targets of Police Attention. Young People, Discrimination and Stop-and-Search in Germany and France</a></h4> Anina Schwarzenbach<br> <em>European Sociological Review, 2025 </em></p></section>',
    );
    expect([...doc.body.children].map((c) => c.tagName)).toEqual(['HEADER', 'SECTION']);
    expect(doc.body.textContent).toContain('European Sociological Review, 2025');
    expect(doc.head.textContent).toBe('Anina Schwarzenbach | Research');
  });
});
