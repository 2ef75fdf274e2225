/**
 * Identifiers and identity keys: reading arXiv ids and DOIs from ids, text and links, the URLs they lead to, and the
 * keys that say two records are the same paper. Used by sites, text, formats and the library; dependency-free (content
 * scripts import it).
 */
import type { Author, Candidate, Ids } from './model';
import { capturedAuthors, familyNameKey, foldKey } from './names';

export interface IdentitySource {
  ids: Ids;
  title: string;
  /** A page's candidate has names (strings) only: make its identity with candidateIdentity. */
  authors: readonly Author[];
  year?: number;
}

/** Fingerprint for papers with no identifier: normalised title + first author's surname + year. */
export function fingerprint(p: IdentitySource): string {
  return `fp:${foldKey(p.title)}|${p.authors[0] ? familyNameKey(p.authors[0]) : ''}|${p.year ?? ''}`;
}

/**
 * A number made of a fingerprint's title key and year: equal fingerprints give equal hints, so a record whose hint no
 * other fingerprint has cannot share its fingerprint (paperFingerprintHint gives the same number without building it).
 */
export function fingerprintHint(fp: string): number {
  const titleEnd = fp.indexOf('|', 3);
  if (!fp.startsWith('fp:') || titleEnd < 0) return -1;
  let title = 0;
  for (let i = 3; i < titleEnd; i++) title = (Math.imul(title, 31) + fp.charCodeAt(i)) | 0;
  let year = 0;
  const yearStart = fp.lastIndexOf('|') + 1;
  if (yearStart === fp.length) year = -1;
  for (let i = yearStart; i < fp.length && year >= 0; i++) {
    const d = fp.charCodeAt(i) - 48;
    year = d >= 0 && d <= 9 ? year * 10 + d : -2;
  }
  return hint(title, year > Number.MAX_SAFE_INTEGER ? -2 : year);
}

/** fingerprintHint(fingerprint(p)), from the title's characters (no string built for an ASCII title). */
export function paperFingerprintHint(p: Pick<IdentitySource, 'title' | 'year'>): number {
  const y = p.year;
  const year = y === undefined ? -1 : Number.isSafeInteger(y) && y >= 0 ? y : -2;
  const s = p.title;
  let title = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c > 0x7f) {
      // foldKey's Unicode path: hash its output.
      const folded = foldKey(s);
      title = 0;
      for (let k = 0; k < folded.length; k++) title = (Math.imul(title, 31) + folded.charCodeAt(k)) | 0;
      return hint(title, year);
    }
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) title = (Math.imul(title, 31) + c) | 0;
  }
  return hint(title, year);
}

function hint(title: number, year: number): number {
  // A small integer (a Smi): a Set of them allocates nothing per entry.
  return (Math.imul(title, 0x9e3779b1) ^ (year === -2 ? 0x2aaaaaaa : year)) & 0x3fffffff;
}

/** Every identity key of a paper, strongest first. Two records sharing any identifier key are the same paper. */
export function identityKeys(p: IdentitySource): string[] {
  const keys = identifierKeys(p.ids);
  keys.push(fingerprint(p));
  return keys;
}

/** The identity keys of identifiers alone (identityKeys without the fingerprint), strongest first. */
export function identifierKeys(ids: IdentitySource['ids']): string[] {
  const keys: string[] = [];
  if (ids.doi) keys.push(`doi:${ids.doi.toLowerCase()}`);
  if (ids.arxiv) keys.push(`arxiv:${ids.arxiv}`);
  if (ids.openreview) keys.push(`openreview:${ids.openreview}`);
  if (ids.dblp) keys.push(`dblp:${ids.dblp}`);
  if (ids.s2) keys.push(`s2:${ids.s2}`);
  return keys;
}

/** The strongest key: the paper's identity. */
export function primaryKey(p: IdentitySource): string {
  return identityKeys(p)[0]!;
}

/** A looser key for "possibly the same paper": title alone. */
export function titleKey(title: string): string {
  return `t:${foldKey(title)}`;
}

/** arXiv's abstract page of an id: https://arxiv.org/abs/<id>. */
export function arxivAbsUrl(id: string): string {
  return `https://arxiv.org/abs/${id}`;
}

/** arXiv's PDF of an id: https://arxiv.org/pdf/<id>. */
export function arxivPdfUrl(id: string): string {
  return `https://arxiv.org/pdf/${id}`;
}

/** The doi.org resolver's URL of a DOI. */
export function doiUrl(doi: string): string {
  return `https://doi.org/${doi}`;
}

interface ArxivPreprint {
  venue: 'arXiv';
  type: 'preprint';
  ids: { arxiv: string };
  url: string;
  pdf: string;
}

/**
 * What an arXiv id alone says about a listed paper (feeds that list arXiv papers): a preprint on arXiv, with its
 * abstract page and PDF. Without an id: no identifiers, nothing else.
 */
export function arxivPreprint(arxiv: string): ArxivPreprint;
export function arxivPreprint(arxiv: string | undefined): Partial<Omit<ArxivPreprint, 'ids'>> & { ids: { arxiv?: string } };
export function arxivPreprint(arxiv: string | undefined): Partial<Omit<ArxivPreprint, 'ids'>> & { ids: { arxiv?: string } } {
  return arxiv ? { venue: 'arXiv', type: 'preprint', ids: { arxiv }, url: arxivAbsUrl(arxiv), pdf: arxivPdfUrl(arxiv) } : { ids: {} };
}

/** The page an arXiv id or DOI leads to, arXiv's abstract page first: for an entry that links no page of its own. */
export function idPageUrl(ids: { arxiv?: string; doi?: string }): string | undefined {
  return ids.arxiv ? arxivAbsUrl(ids.arxiv) : ids.doi ? doiUrl(ids.doi) : undefined;
}

/** arXiv id from an id or URL, without version; undefined when there is none. */
export function parseArxivId(s: string | null | undefined): string | undefined {
  if (!s) return undefined;
  const m =
    /(?:arxiv\.org\/(?:abs|pdf|html|format)\/|arxiv:\s*|^|\/papers\/)(\d{4}\.\d{4,5}|[a-z][a-z.-]*(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?(?:\.pdf)?(?=$|[^\d])/i.exec(
      s.trim(),
    );
  if (!m) return undefined;
  const id = m[1]!;
  return /^\d/.test(id) ? id : id.replace(/^([a-z.-]+)/i, (x) => x.toLowerCase());
}

/** DOI from a DOI, doi: URI or doi.org URL, lower-cased, without trailing punctuation. */
export function parseDoi(s: string | null | undefined): string | undefined {
  if (!s) return undefined;
  let t = s.trim();
  // Without a "%" there is nothing to decode (and nothing to fail on).
  if (t.includes('%')) {
    try {
      t = decodeURIComponent(t);
    } catch {
      /* keep as is */
    }
  }
  const m = /(10\.\d{4,9}\/[^\s"'<>]+)/.exec(t);
  if (!m) return undefined;
  const doi = m[1]!;
  // The replace only when there is trailing punctuation: the regex is tried at every position of the DOI.
  return (TRAILING_PUNCTUATION_CHARS.includes(doi[doi.length - 1]!) ? doi.replace(/[.,;)\]}]+$/, '') : doi).toLowerCase();
}

const TRAILING_PUNCTUATION_CHARS = '.,;)]}';

/** Platforms (Atypon and others) that put a DOI after `/doi/` with an optional kind: ACM, Wiley, T&F, SAGE, ACS, Science, PNAS. */
const DOI_AFTER_DOI_SEGMENT =
  /^\/doi\/(?:(?:abs|full|pdf|epdf|pdfdirect|pdfplus|fullhtml|book|reader|epub|ref|suppl|figure|citedby)\/)?(10\.\d{4,9}\/.+)$/i;
/** A DOI's tail that names a view of the article, not the article: "/full", ".pdf", "/abstract", "/meta". */
const VIEW_SUFFIX = /(?:\/(?:full|abstract|abs|pdf|epdf|meta|fulltext|html|references|figures|citedby|metrics))+$|\.pdf$/i;
/** bioRxiv/medRxiv: "10.1101/2020.12.01.406215v2.full.pdf" -> the DOI before the version. */
const PREPRINT_SERVER_DOI = /^\/content\/(10\.1101\/(?:\d{4}\.\d{2}\.\d{2}\.)?\d+)(?:v\d+)?(?:[./+].*)?$/i;
/** Nature: "/articles/s41586-021-03819-2" is DOI 10.1038/s41586-021-03819-2 (every nature.com article ID is its DOI suffix). */
const NATURE_ARTICLE = /^\/articles\/([a-z][a-z0-9.-]*\d[a-z0-9]*?)(?:\.pdf)?$/i;

function hostIs(host: string, domain: string): boolean {
  return host === domain || (host.endsWith(domain) && host.charCodeAt(host.length - domain.length - 1) === 46);
}

/** The last characters (lower-cased) of VIEW_SUFFIX's words: a DOI ending otherwise names no view. */
const VIEW_SUFFIX_ENDS = 'ltsfay';

/** `raw` without the view its tail names (VIEW_SUFFIX); the regex only where the last letter could end one. */
function withoutView(raw: string): string {
  return VIEW_SUFFIX_ENDS.includes(raw[raw.length - 1]!.toLowerCase()) ? raw.replace(VIEW_SUFFIX, '') : raw;
}

function decodePath(path: string): string {
  if (!path.includes('%')) return path;
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * The arXiv id and DOI a link's URL carries, normalised (arXiv without version; DOI lower-case, without the view it names).
 * arXiv: arxiv.org and export.arxiv.org `/abs|pdf|html|format/<id>` (old-style `hep-th/9901001` too), and arXiv's
 * DataCite DOIs (`doi.org/10.48550/arXiv.<id>`). DOI: resolvers (doi.org, dx.doi.org, doi.acm.org), any `/doi/[kind/]10.…`
 * path (ACM, Wiley, Taylor & Francis, SAGE, ACS, Science, PNAS, …), Springer `/article|chapter|book|content/pdf/10.…`,
 * IOP `/article/10.…`, APS `/<journal>/abstract|pdf/10.…`, bioRxiv/medRxiv `/content/10.1101/…`, Nature `/articles/<id>`.
 * Publishers that keep the DOI out of the path (IEEE Xplore, OUP, Cambridge Core, ACL Anthology) give none.
 * `href` may be a URL already parsed (a caller that parsed it for its own checks), then `base` is not used.
 */
export function idsFromUrl(href: string | URL | null | undefined, base?: string | URL): { arxiv?: string; doi?: string } {
  if (!href) return {};
  let u: URL;
  if (typeof href !== 'string') u = href;
  else {
    try {
      u = new URL(href.trim(), base);
    } catch {
      return {};
    }
  }
  return u.protocol === 'https:' || u.protocol === 'http:' ? idsFromHostPath(u.hostname, u.pathname) : {};
}

/** idsFromUrl of an http(s) URL given its host name and path as the URL parser gives them (`hostname`, `pathname`). */
export function idsFromHostPath(hostname: string, pathname: string): { arxiv?: string; doi?: string } {
  const lower = hostname.toLowerCase();
  const host = lower.startsWith('www.') ? lower.slice(4) : lower;
  const path = decodePath(pathname);
  if (hostIs(host, 'arxiv.org')) {
    const arxiv = /^\/(?:abs|pdf|html|format)\//i.test(path) ? parseArxivId(`arxiv.org${path}`) : undefined;
    return arxiv ? { arxiv } : {};
  }
  let raw: string | undefined;
  if (host === 'doi.org' || host === 'dx.doi.org' || host === 'doi.acm.org') raw = /^\/(?:doi:)?(10\.\d{4,9}\/.+)$/i.exec(path)?.[1];
  else if (host === 'biorxiv.org' || host === 'medrxiv.org') return doiOnly(PREPRINT_SERVER_DOI.exec(path)?.[1]);
  else if (host === 'nature.com') {
    const m = NATURE_ARTICLE.exec(path);
    return doiOnly(m ? `10.1038/${m[1]}` : undefined);
  } else if (hostIs(host, 'springer.com'))
    raw = /^\/(?:article|chapter|book|referenceworkentry|protocol|content\/pdf)\/(10\.\d{4,9}\/.+)$/i.exec(path)?.[1];
  else if (host === 'iopscience.iop.org') raw = /^\/article\/(10\.\d{4,9}\/.+)$/i.exec(path)?.[1];
  else if (host === 'journals.aps.org')
    raw = /^\/[a-z]+\/(?:abstract|pdf|supplemental|references|cited-by)\/(10\.\d{4,9}\/.+)$/i.exec(path)?.[1];
  raw ??= DOI_AFTER_DOI_SEGMENT.exec(path)?.[1];
  if (!raw) return {};
  const doi = parseDoi(withoutView(raw));
  if (!doi) return {};
  const arxiv = /^10\.48550\/arxiv\.(.+)$/.exec(doi);
  if (arxiv) {
    const id = parseArxivId(arxiv[1]);
    return id ? { arxiv: id } : {};
  }
  return { doi };
}

function doiOnly(raw: string | undefined): { doi?: string } {
  const doi = raw ? parseDoi(raw) : undefined;
  return doi ? { doi } : {};
}

/** What a captured entry's identity keys are made of: its first name read as the paper made from it will hold it. */
export function candidateIdentity(c: Candidate): IdentitySource {
  return { ids: c.ids, title: c.title, authors: capturedAuthors(c.authors.slice(0, 1)), ...(c.year !== undefined ? { year: c.year } : {}) };
}
