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
