import { describe, expect, it } from 'vitest';
import { matchesPattern } from '../../lib/sites/match';

describe('matchesPattern', () => {
  // "/*" is answered without compiling a RegExp: it must give what the compiled pattern gives, whatever the URL.
  const urls = [
    'https://arxiv.org/',
    'https://arxiv.org/list/cs.LG/new?skip=0&show=2000',
    'https://arxiv.org/a%0Ab?q=%0D',
    'https://arxiv.org/\u2028x?y=\u2029',
    'https://arxiv.org/x\ny',
    'https://arxiv.org',
    'https://arxiv.org/#frag',
    'http://arxiv.org/abs/1',
    'https://sub.arxiv.org/x',
    'https://other.org/x',
  ];
  it.each(urls)('https://arxiv.org/* against %s', (href) => {
    const url = new URL(href);
    const compiled = url.protocol === 'https:' && url.hostname === 'arxiv.org' && /^\/.*$/.test(url.pathname + url.search);
    expect(matchesPattern('https://arxiv.org/*', url)).toBe(compiled);
  });
  it('other paths still go through the compiled pattern', () => {
    expect(matchesPattern('https://*.example.org/papers*', new URL('https://lab.example.org/papers/2024'))).toBe(true);
    expect(matchesPattern('https://*.example.org/papers*', new URL('https://lab.example.org/people'))).toBe(false);
  });
});
