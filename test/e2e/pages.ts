/**
 * The pages the real-browser tests serve at their real URLs, shared by the Chromium and the Firefox suites: saved
 * pages (test/fixtures/pages, provenance in its README), hand-written ones, and a hostile page built here.
 */
import { fixtureText } from '../helpers';

export interface ServedPage {
  url: string;
  /** Under test/fixtures/. */
  file: string;
}

export const pageHtml = (p: ServedPage): string => fixtureText(p.file);

/** Hugging Face daily papers of 2024-08-01 (13 papers). */
export const HF_DAILY: ServedPage = {
  url: 'https://huggingface.co/papers/date/2024-08-01',
  file: 'pages/huggingface-daily-2024-08-01.html',
};

/** arXiv search, 200 results with abstracts. */
export const ARXIV_SEARCH: ServedPage = {
  url: 'https://arxiv.org/search/?searchtype=abstract&query=distributed+systems&abstracts=show&size=200',
  file: 'pages/arxiv-search-200-2025-12.html',
};

/**
 * A page of an arXiv search derived from ARXIV_SEARCH for "collect across pages": the saved page whole, with only its
 * results [from, to) (0-based) left in its result list (README of test/fixtures/pages).
 */
export function arxivSearchPage(from: number, to: number): string {
  const html = pageHtml(ARXIV_SEARCH);
  const first = html.indexOf('<li class="arxiv-result">');
  const end = html.lastIndexOf('</ol>');
  const results = html.slice(first, end).split(/(?=<li class="arxiv-result">)/);
  if (results.length !== 200) throw new Error(`expected 200 results in the saved page, found ${results.length}`);
  return html.slice(0, first) + results.slice(from, to).join('') + html.slice(end);
}

/** arXiv /list/<cat>/new in the current markup (hand-written: new, cross-list and replacement sections). */
export const ARXIV_LIST_NEW: ServedPage = { url: 'https://arxiv.org/list/cs.LG/new', file: 'handwritten/arxiv-list-new.html' };

/** The al-folio theme's own demo publications page (no adapter claims its host: on demand or by selection). */
export const ALFOLIO_DEMO: ServedPage = {
  url: 'https://alshedivat.github.io/al-folio/publications/',
  file: 'pages/alfolio-demo-publications-2023-09.html',
};

/**
 * What "Capture selection as papers" saves from ALFOLIO_DEMO with `.publications` selected: its seven titles, read
 * by eye on the page (two are the page's own misspelt demo entries).
 */
export const ALFOLIO_DEMO_SELECTION_TITLES = [
  'Letters on wave mechanics',
  'Investigations on the Theory of the Brownian Movement',
  'The meaning of relativity',
  'Can Quantum-Mechanical Description of Physical Reality Be Considered Complete?',
  'Über die von der molekularkinetischen Theorie der Wärme geforderte Bewegung von in ruhenden Flüssigkeiten suspendierten Teilchen',
  'Un the movement of small particles suspended in statiunary liquids required by the molecular-kinetic theory 0f heat',
  'On the electrodynamics of moving bodies',
];

/** A lab's al-folio publications page on its own host (13 entries, 12 papers: two entries link one arXiv id). */
export const ALFOLIO_LAB: ServedPage = {
  url: 'https://594zyc.github.io/publications/',
  file: 'pages/alfolio-594zyc-publications-2024-09.html',
};

/**
 * A Hugging Face daily page whose one paper has markup in its title and author: rendered as HTML it would create an
 * <img> whose error handler sets `window.__pwned` and the document's title, and a <b> and a <script>.
 */
export function hostilePage(): { url: string; html: string; title: string; author: string } {
  const url = 'https://huggingface.co/papers/date/2024-08-02';
  const title = '<img src=x onerror="window.__pwned=1;document.title=\'pwned\'">Attack <b>bold</b>';
  const author = '<script>alert(1)</script>';
  const props = JSON.stringify({
    date: '2024-08-02T00:00:00.000Z',
    dailyPapers: [{ title, paper: { id: '2408.00001', title, authors: [{ name: author }], summary: 'x', upvotes: 1 } }],
  }).replace(/"/g, '&quot;');
  const html = `<html><head><title>Daily Papers</title></head><body><main><div class="SVELTE_HYDRATER contents" data-target="DailyPapers" data-props="${props}"></div></main></body></html>`;
  return { url, html, title, author };
}
