import { describe, expect, it } from 'vitest';
import { openreview } from '../../lib/sites/openreview';
import { fixtureDocument } from '../helpers';

const PROFILE_URL = new URL('https://openreview.net/profile?id=~Jane_Doe1');
const VENUE_URL = new URL('https://openreview.net/group?id=ICLR.cc/2025/Conference');
const FORUM_URL = new URL('https://openreview.net/forum?id=rJ4km2R5t7');

describe('OpenReview profile (hand-written fixture, app-router build)', () => {
  const doc = fixtureDocument('handwritten/openreview-profile.html');
  const scan = openreview.extract(doc, PROFILE_URL);

  it('is a profile named by its h1', () => {
    expect(openreview.detect(doc, PROFILE_URL)).toBe('profile');
    expect(scan.context).toEqual({ name: 'Jane Doe' });
    expect(scan.entries).toHaveLength(2);
  });

  it('reads v2 ({value}-wrapped) notes from the RSC payload, unescaping "$$" and keeping the abstract and BibTeX', () => {
    // payload: "title":{"value":"$$\\alpha$-Flows: ..."}, "venue":{"value":"ICLR 2025 Poster"}, "pdf":{"value":"/pdf/..."}
    const e = scan.entries[0]!;
    expect(e).toMatchObject({
      title: '$\\alpha$-Flows: Scaling Laws for Sparse Experts',
      authors: ['Jane Doe', 'Ravi Kumar', 'Li Wei'],
      authorsTruncated: false,
      venue: 'ICLR 2025 Poster',
      year: 2025,
      date: '2025-01-27',
      type: 'inproceedings',
      ids: { openreview: 'Xk3bQmR9sT' },
      url: 'https://openreview.net/forum?id=Xk3bQmR9sT',
      pdf: 'https://openreview.net/pdf?id=Xk3bQmR9sT',
      abstract: 'We study sparse experts. Scaling laws follow.',
    });
    expect(e.bibtex).toMatch(/^@inproceedings\{/);
  });

  it('leaves out a PDF the note does not have, and takes no date it does not show', () => {
    const e = scan.entries[1]!;
    expect(e.title).toBe('Robust Tokenizers Under Distribution Shift');
    expect(e.venue).toBe('Submitted to TMLR');
    expect(e.pdf).toBeUndefined();
    expect(e.date).toBeUndefined();
  });

  it('falls back to the rendered list when the JSON is gone, with the same titles and ids', () => {
    const bare = fixtureDocument('handwritten/openreview-profile.html');
    for (const s of [...bare.querySelectorAll('script')]) s.remove();
    const dom = openreview.extract(bare, PROFILE_URL).entries;
    expect(dom.map((e) => [e.title, e.ids.openreview])).toEqual(scan.entries.map((e) => [e.title, e.ids.openreview]));
    // <span>Li Wei</span> (no profile link) is still an author
    expect(dom[0]!.authors).toEqual(['Jane Doe', 'Ravi Kumar', 'Li Wei']);
  });
});

describe('OpenReview venue page (hand-written fixture, notes rendered client-side)', () => {
  const doc = fixtureDocument('handwritten/openreview-venue.html');
  const scan = openreview.extract(doc, VENUE_URL);

  it('is a venue page with every tab\'s notes', () => {
    expect(openreview.detect(doc, VENUE_URL)).toBe('venue');
    expect(scan.context?.title).toBe('ICLR 2025 Conference');
    expect(scan.entries.map((e) => e.ids.openreview)).toEqual(['Ab12Cd34Ef', 'Gh56Ij78Kl', 'Mn90Op12Qr']);
  });

  it('records "et al. (3 additional authors not shown)" as truncation: 20 shown of 23', () => {
    const e = scan.entries[0]!;
    expect(e.authors).toHaveLength(20);
    expect(e.authors[19]).toBe('Author T Example');
    expect(e).toMatchObject({ authorsTruncated: true, authorCount: 23, venue: 'ICLR 2025 Oral', year: 2025 });
  });

  it('decodes entities and keeps authors without a profile link', () => {
    // "Diffusion Models &amp; the Geometry of Noise" — Sara López, <span>Tom Becker</span>
    expect(scan.entries[1]).toMatchObject({ title: 'Diffusion Models & the Geometry of Noise', authors: ['Sara López', 'Tom Becker'], authorsTruncated: false });
  });

  it('does not claim an empty author list is complete', () => {
    expect(scan.entries[2]).toMatchObject({ authors: [], authorsTruncated: true });
    expect(scan.entries[2]!.pdf).toBeUndefined();
  });
});

describe('OpenReview forum (hand-written fixture, pages-router build)', () => {
  const doc = fixtureDocument('handwritten/openreview-forum.html');

  it('reads the v1 (plain content) forum note from __NEXT_DATA__', () => {
    expect(openreview.detect(doc, FORUM_URL)).toBe('single');
    const scan = openreview.extract(doc, FORUM_URL);
    expect(scan.entries).toHaveLength(1);
    expect(scan.entries[0]).toMatchObject({
      title: 'Deep Graph Infomax',
      authors: ['Petar Veličković', 'William Fedus', 'William L. Hamilton', 'Pietro Liò', 'Yoshua Bengio', 'R Devon Hjelm'],
      venue: 'ICLR 2019 Poster',
      year: 2019,
      type: 'inproceedings',
      ids: { openreview: 'rJ4km2R5t7' },
      pdf: 'https://openreview.net/pdf?id=rJ4km2R5t7',
    });
  });

  it('falls back to the header when there is no JSON', () => {
    const bare = fixtureDocument('handwritten/openreview-forum.html');
    bare.querySelector('#__NEXT_DATA__')?.remove();
    expect(openreview.extract(bare, FORUM_URL).entries[0]).toMatchObject({
      title: 'Deep Graph Infomax',
      authors: ['Petar Veličković', 'William Fedus', 'William L. Hamilton', 'Pietro Liò', 'Yoshua Bengio', 'R Devon Hjelm'],
      venue: 'ICLR 2019 Poster',
      pdf: 'https://openreview.net/pdf?id=rJ4km2R5t7',
    });
  });
});
