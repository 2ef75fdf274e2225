/**
 * Each adapter names the listing a page shows, with the total where the page states it. Expected values were read
 * off the fixtures by eye (the heading, the owner's name, "Total of 7 entries", "Publications 1,042", "29 papers").
 */
import { describe, expect, it } from 'vitest';
import { fixtureDocument } from '../helpers';
import { HTML_FIXTURES } from '../fixtures/fixtures';
import { findAdapter } from '../../lib/sites/registry';
import { scanWith } from '../../lib/sites/find';
import type { Listing } from '../../lib/model';
import { listingLine } from '../../lib/ui/popup/listing-line';

const EXPECTED: Record<string, Listing | undefined> = {
  'pages/huggingface-daily-2024-08-01.html': { title: 'Hugging Face daily papers, 2024-08-01' },
  'handwritten/huggingface-org-papers.html': { title: 'Qwen' },
  'handwritten/huggingface-user-papers.html': { title: 'Kexin Yang' },
  'pages/alfolio-demo-publications-2023-09.html': { title: 'You R. Name' },
  'pages/alfolio-594zyc-publications-2024-09.html': { title: 'Yichi Zhang' },
  'excerpts/alfolio-demo-about-2023-09.html': { title: 'You R. Name' },
  // The site's own name for itself (its navbar title), as the page names it.
  'pages/alfolio-adrientaylor-publications-2025-06.html': { title: 'Research webpage of Adrien Taylor' },
  'pages/hugo-academic4-publication-list-2020-09.html': { title: 'Andrea Gabrio' },
  'pages/wowchemy5-publication-list-2022-11.html': { title: 'Cambridge Machine Learning Group' },
  'handwritten/hugoblox-publications.html': { title: 'Okafor Lab' },
  'pages/academicpages-publications-2020-12.html': { title: 'Jeffrey J. Ma' },
  'handwritten/scholarfeed-author.html': { title: 'Yuhui Xu', total: 29 },
  'pages/arxiv-search-200-2025-12.html': { title: 'arXiv search “distributed systems”', total: 77_800 },
  'handwritten/arxiv-list-new.html': { title: 'arXiv Machine Learning (cs.LG, new), 2024-09-06', total: 7 },
  'handwritten/arxiv-list-new-2023.html': { title: 'arXiv Computer Vision and Pattern Recognition (cs.CV, new), 2023-01-23', total: 4 },
  'handwritten/arxiv-author.html': { title: 'Jane Doe' },
  'pages/google-scholar-search-2016-05.html': { title: 'Google Scholar search "Learning deep architectures for AI"' },
  'handwritten/googlescholar-search.html': { title: 'Google Scholar search “federated optimization”' },
  // No profile header in the excerpt: the owner's name from the page title "Albert Einstein - Google Scholar".
  'excerpts/googlescholar-profile-einstein-rows.html': { title: 'Albert Einstein' },
  'handwritten/googlescholar-profile.html': { title: 'Maria Keller' },
  'handwritten/semanticscholar-author.html': { title: 'Roy F. Baumeister', total: 1042 },
  'handwritten/dblp-person.html': { title: 'Andrew McCallum' },
  'handwritten/dblp-toc.html': { title: '61st ACL 2023: Toronto, Canada - Volume 1' },
  'handwritten/openreview-profile.html': { title: 'Jane Doe' },
  'handwritten/openreview-venue.html': { title: 'ICLR 2025 Conference' },
  // One paper, not a listing; an aggregator page with neither title nor heading.
  'handwritten/openreview-forum.html': undefined,
  'pages/lookalike-arxiv-daily-aggregator-2023-01.html': undefined,
  'handwritten/generic-highwire-acl.html': undefined,
  'handwritten/generic-jsonld-article.html': undefined,
  'handwritten/generic-coins-list.html': { title: 'Further reading - Reading group notes' },
  'handwritten/generic-lab-plain.html': { title: 'Maria Keller - Publications' },
};

describe('listing: what the page lists, and how many the page says there are', () => {
  const claimed = HTML_FIXTURES.filter((f) => f.adapter);
  it('every claimed fixture has an expectation here', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(claimed.map((f) => f.file).sort());
  });
  it.each(claimed)('$file', ({ file, url }) => {
    const doc = fixtureDocument(file);
    const u = new URL(url);
    expect(scanWith(findAdapter(doc, u), doc, u)?.listing).toEqual(EXPECTED[file]);
  });

  it('OpenReview: "View all N publications" on a profile is the total', () => {
    const doc = fixtureDocument('handwritten/openreview-profile.html');
    const link = doc.createElement('a');
    link.setAttribute('href', '/search?term=~Jane_Doe1&content=authors');
    link.textContent = 'View all 57 publications';
    doc.body.append(link);
    const u = new URL('https://openreview.net/profile?id=~Jane_Doe1');
    expect(scanWith(findAdapter(doc, u), doc, u)?.listing).toEqual({ title: 'Jane Doe', total: 57 });
  });
});

describe('listingLine (the popup header)', () => {
  it('says how much of the whole the review holds', () => {
    expect(listingLine({ title: 'Aaron Clauset', total: 31 }, 31)).toBe('Aaron Clauset: 31 of 31 papers');
    expect(listingLine({ title: 'arXiv search “x”', total: 1234 }, 200)).toBe('arXiv search “x”: 200 of 1,234 papers');
    expect(listingLine({ title: 'Hugging Face daily papers, 2026-11-30' }, 47)).toBe('Hugging Face daily papers, 2026-11-30: 47 papers');
    expect(listingLine({ title: 'One', total: 1 }, 1)).toBe('One: 1 of 1 paper');
    expect(listingLine({ title: 'Lab' }, 1)).toBe('Lab: 1 paper');
  });
});
