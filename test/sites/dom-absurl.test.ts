import { describe, expect, it } from 'vitest';
import { absUrl, absUrlResolver, plainHttpUrl } from '../../lib/sites/dom';

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
    'file:///tmp/page.html',
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
      expect(absUrlResolver(new URL(b))(href), href).toBe(expected);
      expect(absUrl(href, b), href).toBe(expected);
    }
  });
});

/** plainHttpUrl takes absolute links apart without the parser, or declines: whenever it answers, it is the parser's answer. */
describe('plainHttpUrl', () => {
  const hrefs = [
    'https://doi.org/10.48550/arXiv.2401.01234',
    'https://arxiv.org/abs/2401.01234v2',
    'https://doi.org/10.1145/3580305.3599456',
    'http://dx.doi.org/10.1007/978-3-031-19775-8_1?x=1#y',
    'https://openreview.net/forum?id=abc&noteId=d',
    'https://www.aclweb.org/anthology/2020.acl-main.1.pdf',
    'https://Doi.org/10.1/x',
    'https://doi.org',
    'https://doi.org:443/10.1/x',
    'https://user@doi.org/10.1/x',
    'https://doi.org./10.1/x',
    'https://127.0.0.1/x',
    'https://1.2.3.0x7f/x',
    'https://0x7f.1/x',
    'https://xn--bcher-kva.example/x',
    'https://xn--zz.example/x',
    'https://a-.b-c.org/x',
    'https://doi.org/a/../b',
    'https://doi.org/a/%2e/b',
    'https://doi.org/a b',
    'https://doi.org/a%zz%41',
    'https://doi.org//double',
    'https://doi.org/x?a=<b>',
    'https://doi.org/ümlaut',
    'https://doi.org/x#f#g',
    'https://doi.org/x\\y',
    'https://doi.org/x|y',
    'ftp://doi.org/x',
    'HTTPS://doi.org/x',
    ' https://doi.org/x',
    'https:/doi.org/x',
    'https://dblp.org/rec/conf/acl/X24.html?view=bibtex',
  ];
  it.each(hrefs)('%s', (href) => {
    const got = plainHttpUrl(href);
    if (!got) return;
    const u = new URL(href);
    expect({ href: got.href, protocol: got.protocol, hostname: got.hostname, pathname: got.pathname }).toEqual({
      href: u.href,
      protocol: u.protocol,
      hostname: u.hostname,
      pathname: u.pathname,
    });
  });
  it('answers the common links of a listing', () => {
    for (const href of [
      'https://doi.org/10.48550/arXiv.2401.01234',
      'https://arxiv.org/abs/2401.01234v2',
      'http://dx.doi.org/10.1007/x?x=1#y',
    ])
      expect(plainHttpUrl(href), href).toBeDefined();
    for (const href of ['https://doi.org', 'https://Doi.org/x', 'https://doi.org/a/../b', 'https://127.0.0.1/x', 'https://doi.org:443/x'])
      expect(plainHttpUrl(href), href).toBeUndefined();
  });
});
