import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/** The generic reader on layouts of computer science researchers' pages (the former heldout51 pages, study14z). */
function read(html: string, url = 'https://owner.example.de/publications') {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

const page = (body: string) => `<html><head><title>Publications</title></head><body><main>${body}</main></body></html>`;

const article = (id: string, heading: string, names: string, title: string, venue: string, arxiv: string) =>
  `<article class="contentbox">` +
  `<h4 id="${id}">${heading}</h4>` +
  `<div class="accentbox">${names}<br><em>${title}</em><br>${venue}</div>` +
  `<p>The paper <em>${title}</em> was written with my coauthors.</p>` +
  `<ul class="linklist-small">` +
  `<li><a href="documents/publications/${id}/${id}.bib"><span class="fa fa-quote-right"></span> Citation (.bib)</a></li>` +
  `<li><a href="https://arxiv.org/abs/${arxiv}"><span class="ai ai-arxiv"></span> arXiv ${arxiv}</a></li>` +
  `<li><a href="documents/publications/${id}/${id}.pdf"><span class="fa fa-file-pdf"></span> Paper (.pdf)</a></li>` +
  `</ul>` +
  `</article>`;

// A thesis's card names no one: its heading and a paragraph about it.
const thesis = (id: string, kind: string, title: string, field: string, year: number) =>
  `<article class="contentbox">` +
  `<h4 id="${id}">${kind}: ${title}</h4>` +
  `<p>I completed my studies in ${field} and computer science at TU Kaiserslautern in ${year}. My ${kind.toLowerCase()} <em>${title}</em> in ${field} was supervised by Thomas Markwig.</p>` +
  `<ul class="linklist-small"><li><a href="documents/publications/${id}/${id}.pdf"><span class="fa fa-file-pdf"></span> Thesis (.pdf)</a></li></ul>` +
  `</article>`;

describe('article cards whose heading names the kind of work ("Paper: Title") (muskalla)', () => {
  const html = page(
    article(
      'hmm16',
      'Paper: Summaries for context-free games',
      'L. Holík, R. Meyer, and S. Muskalla',
      'Summaries for context-free games',
      'In: FSTTCS 2016, volume 65 of LIPIcs, pages 41:1–41:16',
      '1603.07256',
    ) +
      article(
        'hmm17',
        'Paper: Domains for higher-order games',
        'M. Hague, R. Meyer, and S. Muskalla',
        'Domains for higher-order games',
        'In: MFCS 2017, volume 83 of LIPIcs, pages 59:1–59:15',
        '1705.00355',
      ) +
      article(
        'mm16',
        'Paper: Munchausen iteration',
        'R. Meyer and S. Muskalla',
        'Munchausen iteration',
        'Unpublished; Preprint available as arXiv 1605.00422',
        '1605.00422',
      ) +
      thesis('msc', "Master's thesis", 'Computing boundaries of tropical varieties', 'mathematics', 2015) +
      thesis('bsc', "Bachelor's thesis", 'Solving integer programs using the algorithm of Hosten and Sturmfels', 'mathematics', 2013),
  );

  it('leaves the kind out of each title', () => {
    expect(read(html).map((e) => e.title)).toEqual([
      'Summaries for context-free games',
      'Domains for higher-order games',
      'Munchausen iteration',
      'Computing boundaries of tropical varieties',
      'Solving integer programs using the algorithm of Hosten and Sturmfels',
    ]);
  });
});
