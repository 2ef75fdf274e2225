import { describe, expect, it } from 'vitest';
import { absUrl } from '../../lib/sites/dom';

/** absUrl answers without parsing plain root-relative paths: the answer must be the URL parser's, whatever the href. */
describe('absUrl', () => {
  const bases = [
    'https://scholar.google.com/citations?user=XXXX&hl=en',
    'https://dblp.org/pid/m/AndrewMcCallum.html',
    'http://example.org:8080/a/b/c?x=1#f',
    'https://example.org:443/x',
    'https://user:pw@example.org/x',
    'https://xn--bcher-kva.example/x',
    'https://[::1]/x',
  ];
  const hrefs = [
    '/citations?view_op=view_citation&hl=en&user=XXXX&citation_for_view=XXXX:u5HHmVD_uO8C',
    '/citations?hl=en&cstart=20&pagesize=80',
    '/a b',
    '/a\\b',
    '//other.org/x',
    '/./x',
    '/a/../b',
    '/a/%2e%2E/b',
    '/.well-known',
    "/x?q='a'",
    '/x?q="a"',
    '/x#frag#more',
    '/x?a=<b>',
    '/x`y',
    '/x%zz',
    '/x%41',
    '/ümlaut',
    '/x?y=1&z=2#a?b',
    '/',
    '/x/',
    '/x|y',
    '/x{y}',
    '/x^y',
    '/x[1]',
    '/~user/paper.pdf',
    'relative/path',
    '?only=query',
    '#only-fragment',
    'https://doi.org/10.1162/TACL_A_00612',
    'javascript:alert(1)',
    ' /padded ',
    '/\ttab',
  ];
  it.each(bases)('gives what the URL parser gives against %s', (b) => {
    for (const href of hrefs) {
      let expected: string | undefined;
      try {
        const u = new URL(href.trim(), b);
        expected = u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
      } catch {
        expected = undefined;
      }
      expect(absUrl(href, new URL(b)), href).toBe(expected);
      expect(absUrl(href, b), href).toBe(expected);
    }
  });
});
