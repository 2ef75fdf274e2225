/**
 * Large listing pages, generated deterministically from the adapters' own hand-written fixtures by repeating their
 * entry markup with varied titles and identifiers (so every entry is a distinct paper), plus the real arXiv page.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';

const FIXTURES = resolve(import.meta.dirname, '../test/fixtures');
const read = (p: string) => readFileSync(resolve(FIXTURES, p), 'utf8');

export interface BenchPage {
  id: string;
  adapter: string;
  url: string;
  html: string;
  entries: number;
  /** The entry nodes the adapter reads: the floor walks exactly these, reading textContent. */
  entrySelector: string;
  origin: string;
}

const WORDS = ['Sparse', 'Causal', 'Robust', 'Latent', 'Federated', 'Contrastive', 'Graph', 'Bayesian', 'Streaming', 'Quantized'];
const variant = (i: number) => `${WORDS[i % WORDS.length]} variant ${i}`;

/** Replace identifiers in every attribute of `el` and its subtree: `from` -> `to`. */
function rewriteAttrs(el: Element, from: RegExp, to: (m: string) => string): void {
  for (const node of [el, ...el.querySelectorAll('*')]) {
    for (const name of node.getAttributeNames()) {
      const v = node.getAttribute(name)!;
      const next = v.replace(from, to);
      if (next !== v) node.setAttribute(name, next);
    }
  }
}

function doctype(html: string): string {
  return /^<!doctype html>/i.test(html.trimStart()) ? html : `<!DOCTYPE html>\n${html}`;
}

export function dblpPerson(n: number): BenchPage {
  const src = read('handwritten/dblp-person.html');
  const { document } = parseHTML(src);
  const list = document.querySelector('ul.publ-list')!;
  const templates = [...list.querySelectorAll('li.entry')];
  list.innerHTML = '';
  for (let i = 0; i < n; i++) {
    if (i % 40 === 0) {
      const y = document.createElement('li');
      y.className = 'year';
      y.textContent = String(2024 - Math.floor(i / 40));
      list.appendChild(y);
    }
    const li = templates[i % templates.length]!.cloneNode(true) as Element;
    li.id = `${li.id}-${i}`;
    const title = li.querySelector('.title');
    if (title) title.insertAdjacentHTML('afterbegin', `${variant(i)}: `);
    // Distinct DOIs and arXiv ids per entry, so identities never collide.
    rewriteAttrs(li, /(10\.\d{4,9}\/[^\s"?#]+)/g, (m) => `${m}.${i}`);
    rewriteAttrs(li, /(\d{4})\.(\d{5})/g, () => `24${String((i % 12) + 1).padStart(2, '0')}.${String(10000 + i).slice(-5)}`);
    rewriteAttrs(li, /rec\/([^"?#]+)\.html/g, (m) => m.replace('.html', `-${i}.html`));
    list.appendChild(li);
  }
  return {
    id: `dblp-person-${n}`,
    adapter: 'dblp',
    url: 'https://dblp.org/pid/m/AndrewMcCallum.html',
    html: doctype(document.toString()),
    entries: n,
    entrySelector: 'ul.publ-list > li.entry',
    origin: 'https://dblp.org',
  };
}

export function scholarProfile(n: number): BenchPage {
  const src = read('handwritten/googlescholar-profile.html');
  const { document } = parseHTML(src);
  const body = document.querySelector('#gsc_a_b')!;
  const templates = [...body.querySelectorAll('tr.gsc_a_tr')];
  body.innerHTML = '';
  for (let i = 0; i < n; i++) {
    const tr = templates[i % templates.length]!.cloneNode(true) as Element;
    const a = tr.querySelector('a.gsc_a_at');
    if (a) {
      a.insertAdjacentHTML('afterbegin', `${variant(i)}: `);
      a.setAttribute(
        'href',
        (a.getAttribute('href') ?? '').replace(/citation_for_view=([^&]+)/, (_m, v: string) => `citation_for_view=${v}${i}`),
      );
    }
    rewriteAttrs(tr, /arXiv:(\d{4})\.(\d{5})/g, () => `arXiv:23${String((i % 12) + 1).padStart(2, '0')}.${String(10000 + i).slice(-5)}`);
    const venue = tr.querySelectorAll('.gs_gray')[1];
    if (venue?.firstChild && /arXiv:\d{4}\.\d{5}/.test(venue.firstChild.textContent ?? '')) {
      venue.firstChild.textContent = (venue.firstChild.textContent ?? '').replace(
        /\d{4}\.\d{5}/,
        `23${String((i % 12) + 1).padStart(2, '0')}.${String(10000 + i).slice(-5)}`,
      );
    }
    body.appendChild(tr);
  }
  return {
    id: `googlescholar-profile-${n}`,
    adapter: 'googlescholar',
    url: 'https://scholar.google.com/citations?user=XXXX&hl=en',
    html: doctype(document.toString()),
    entries: n,
    entrySelector: '#gsc_a_b tr.gsc_a_tr',
    origin: 'https://scholar.google.com',
  };
}

export function arxivSearch200(): BenchPage {
  return {
    id: 'arxiv-search-200',
    adapter: 'arxiv',
    url: 'https://arxiv.org/search/?searchtype=abstract&query=distributed+systems&abstracts=show&size=200',
    html: read('pages/arxiv-search-200-2025-12.html'),
    entries: 200,
    entrySelector: 'li.arxiv-result',
    origin: 'https://arxiv.org',
  };
}
