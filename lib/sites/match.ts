/** Tests a URL against a WebExtension match pattern such as "https://*.example.org/papers*". */
export function matchesPattern(pattern: string, url: URL): boolean {
  const m = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const urlScheme = url.protocol.slice(0, -1);
  if (scheme === '*' ? urlScheme !== 'http' && urlScheme !== 'https' : scheme !== urlScheme) return false;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (url.hostname !== base && !url.hostname.endsWith('.' + base)) return false;
    } else if (url.hostname !== host) return false;
  }
  const rest = url.pathname + url.search;
  // "/*", every site's pattern: what the compiled /^\/.*$/ answers, without compiling it on each page.
  if (path === '/*') return rest.startsWith('/') && !LINE_END.test(rest);
  const re = new RegExp('^' + path.split('*').map(escapeRegExp).join('.*') + '$');
  return re.test(rest);
}

/** What `.` does not match. */
const LINE_END = /[\n\r\u2028\u2029]/;

function escapeRegExp(s: string): string {
  return s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}
