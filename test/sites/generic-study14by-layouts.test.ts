import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/** The generic reader on layouts of lab pages it read nothing of (study14by). */
function read(html: string, url = 'https://lab.example.io/papers') {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

const page = (title: string, body: string) =>
  `<html><head><title>${title}</title></head><body><h1>${title}</h1><section><div class="wrap">${body}</div></section></body></html>`;

const paper = (title: string, links: [string, string][]) =>
  `\n<p>${title}</p>\n` + links.map(([href, label]) => `\n<p><a href="${href}">${label}</a></p>\n`).join('');

describe('a flat run of "<p>Title</p>" over paragraphs of one link each: PDF, the journal, arXiv (larremorelab)', () => {
  const body =
    paper('Productivity, prominence, and the effects of academic environment', [
      ['pdf/WMLC_2019_Productivity.pdf', 'PDF'],
      ['https://www.pnas.org/content/early/2019/04/24/1817431116', 'PNAS'],
    ]) +
    paper('A physical model for efficient ranking in networks', [
      ['http://advances.sciencemag.org/content/4/7/eaar8260', 'Science Advances'],
      ['https://arxiv.org/abs/1709.09002', 'arXiv'],
      ['https://github.com/cdebacco/SpringRank', 'code'],
    ]) +
    paper('The ground truth about metadata and community detection in networks', [
      ['pdf/ground_truth.pdf', 'PDF'],
      ['http://advances.sciencemag.org/content/3/5/e1602548', 'Science Advances'],
      ['pdf/ground_truth_supplement.pdf', 'Supplement'],
      ['https://github.com/ldpeel/NetworkMetadata', 'code and data'],
    ]) +
    paper('Statistical properties of avalanches in networks', [
      ['pdf/LCOR_Avalanches_PRE_2012.pdf', 'PDF'],
      ['http://pre.aps.org/abstract/PRE/v85/i6/e066131', 'Phys Rev E'],
    ]);

  it('reads each title, no names, the journal the link names', () => {
    const entries = read(page('Publications', body));
    expect(entries.map((e) => [e.title, e.authors, e.venue])).toEqual([
      ['Productivity, prominence, and the effects of academic environment', [], 'PNAS'],
      ['A physical model for efficient ranking in networks', [], 'Science Advances'],
      ['The ground truth about metadata and community detection in networks', [], 'Science Advances'],
      ['Statistical properties of avalanches in networks', [], 'Phys Rev E'],
    ]);
    expect(entries[1]!.ids.arxiv).toBe('1709.09002');
  });

  it('not on a page that does not say it lists publications (a blog: "<p>Post</p><p><a>Read more</a></p>")', () => {
    expect(read(page('Blog', body))).toEqual([]);
  });
});
