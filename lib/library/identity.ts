import type { Author, Ids } from '../model';

/** Lower-case, strip accents and everything but letters and digits. */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The family name of an author, normalised: "Bengio, Yoshua" -> bengio, "Yoshua Bengio" -> bengio, "Y Bengio" -> bengio;
 * an organisation's is its whole name: {literal: "The OPT Team"} -> theoptteam.
 */
export function surname(author: Author): string {
  if (typeof author !== 'string') return normaliseTitle(author.literal);
  const n = author.trim();
  if (!n) return '';
  const comma = n.indexOf(',');
  const family = comma > 0 ? n.slice(0, comma) : lastWord(n);
  return family
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const PARTICLES_AFTER = /^(jr\.?|sr\.?|ii|iii|iv)$/i;

function lastWord(n: string): string {
  const words = n.split(/\s+/).filter(Boolean);
  let i = words.length - 1;
  while (i > 0 && PARTICLES_AFTER.test(words[i]!)) i--;
  return words[i] ?? '';
}

export interface IdentitySource {
  ids: Ids;
  title: string;
  /** A page's candidate has names (strings) only: make its identity with candidateIdentity (lib/library/capture.ts). */
  authors: readonly Author[];
  year?: number;
}

/** Fingerprint for papers with no identifier: normalised title + first author's surname + year. */
export function fingerprint(p: IdentitySource): string {
  return `fp:${normaliseTitle(p.title)}|${p.authors[0] ? surname(p.authors[0]) : ''}|${p.year ?? ''}`;
}

/** Every identity key of a paper, strongest first. Two records sharing any identifier key are the same paper. */
export function identityKeys(p: IdentitySource): string[] {
  const keys: string[] = [];
  if (p.ids.doi) keys.push(`doi:${p.ids.doi.toLowerCase()}`);
  if (p.ids.arxiv) keys.push(`arxiv:${p.ids.arxiv}`);
  if (p.ids.openreview) keys.push(`openreview:${p.ids.openreview}`);
  if (p.ids.dblp) keys.push(`dblp:${p.ids.dblp}`);
  if (p.ids.s2) keys.push(`s2:${p.ids.s2}`);
  keys.push(fingerprint(p));
  return keys;
}

/** The strongest key: the paper's identity. */
export function primaryKey(p: IdentitySource): string {
  return identityKeys(p)[0]!;
}

/** A looser key for "possibly the same paper": title alone. */
export function titleKey(title: string): string {
  return `t:${normaliseTitle(title)}`;
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
  try {
    t = decodeURIComponent(t);
  } catch {
    /* keep as is */
  }
  const m = /(10\.\d{4,9}\/[^\s"'<>]+)/.exec(t);
  if (!m) return undefined;
  return m[1]!.replace(/[.,;)\]}]+$/, '').toLowerCase();
}
