import { arxivPdfUrl, idsFromUrl } from '../identity';
import { absUrl } from './dom';

/**
 * Reading a paper's identifiers and files off the links a lab page shows next to it (PDF, arXiv, DOI, Code buttons).
 * Shared by the lab-page adapters (Hugo Academic, AcademicPages); pure.
 */
export interface PaperLinks {
  arxiv?: string;
  doi?: string;
  pdf?: string;
  code?: string;
}

/** A DOI only where the URL certainly holds one (idsFromUrl: resolvers and publishers' article paths). */
function doiFromUrl(href: string): string | undefined {
  return idsFromUrl(href).doi;
}

/** Placeholder links ("#", "/site/#") and javascript: links carry nothing. */
export function isPlaceholderHref(raw: string | null): boolean {
  const h = (raw ?? '').trim();
  return !h || /#$/.test(h) || h.startsWith('#') || /^javascript:/i.test(h);
}

/** Fold one link (absolute href + its visible label) into what is known about the paper; first link of each kind wins. */
export function addPaperLink(into: PaperLinks, href: string, label: string): void {
  const lower = label.trim().toLowerCase();
  if (/slide|poster|video|dataset|supplement|talk|project|media/.test(lower)) return;
  let u: URL;
  try {
    u = new URL(href);
  } catch {
    return;
  }
  if (/(^|\.)arxiv\.org$/i.test(u.hostname)) {
    const id = idsFromUrl(href).arxiv;
    if (id) {
      into.arxiv ??= id;
      if (/\/pdf\//.test(u.pathname) || lower === 'pdf') into.pdf ??= arxivPdfUrl(id);
      return;
    }
  }
  const doi = doiFromUrl(href);
  if (doi) into.doi ??= doi;
  // A "PDF" button often leads to a publisher's HTML page: only a file-like path counts as the PDF.
  if (/\.pdf$|\/pdf(\/|$)/i.test(u.pathname)) into.pdf ??= href;
  else if (/^(code|source code|github)$/.test(lower) || (!doi && /(^|\.)(github\.com|gitlab\.com|bitbucket\.org)$/i.test(u.hostname))) {
    into.code ??= href;
  }
}

const PAPER_HREF =
  /arxiv\.org\/(?:abs|pdf)\/|doi\.org\/10\.|\/doi\/(?:[a-z]+\/)?10\.\d|\.pdf(?:$|[?#])|openreview\.net\/(?:forum|pdf)\?|aclanthology\.org\/|(?:bio|med)rxiv\.org\/content\/|proceedings\.(?:mlr\.press|neurips\.cc)|papers\.nips\.cc|ieeexplore\.ieee\.org\/document|semanticscholar\.org\/paper\//i;

/** A link to a paper itself (arXiv, a DOI, a PDF file, a proceedings or preprint server page), resolved against `base`. */
export function isPaperHref(href: string | null | undefined, base: URL): boolean {
  const abs = absUrl(href, base);
  return !!abs && (PAPER_HREF.test(abs) || idsFromUrl(abs).doi !== undefined);
}
