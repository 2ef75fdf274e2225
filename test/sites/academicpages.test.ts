import { describe, expect, it } from 'vitest';
import { academicpages, citationReading } from '../../lib/sites/academicpages';
import { fixtureDocument } from '../helpers';
import { parseHtmlDocument } from '../../lib/cli/dom';

const FILE = 'pages/academicpages-publications-2020-12.html';
const URL_ = new URL('https://18jeffreyma.github.io/publications/');

describe('AcademicPages publications (real page)', () => {
  const doc = fixtureDocument(FILE);
  const s = academicpages.extract(doc, URL_);

  it('detects the list and reads both entries with the sidebar name', () => {
    expect(academicpages.detect(doc, URL_)).toBe('lab');
    expect(s.entries).toHaveLength(2);
    expect(s.context).toEqual({ title: 'Publications', name: 'Jeffrey J. Ma' });
  });

  it('"Published in <i>Journal of Medical Internet Research</i>, 2020" and the excerpt as abstract', () => {
    expect(s.entries[0]).toMatchObject({
      title:
        'Toward Continuous Social Phenotyping: Analyzing Gaze Patterns in an Emotion Recognition Task for Children With Autism Through Wearable Smart Glasses',
      venue: 'Journal of Medical Internet Research',
      year: 2020,
      // the list shows no authors and no citation: none are invented
      authors: [],
      authorsTruncated: true,
      ids: {},
    });
    expect(s.entries[0]?.abstract).toMatch(
      /^Wearable technology has presented a unique avenue of therapy .* from neurotypical controls \(NCs\)\.$/,
    );
  });

  it('permalinks built on localhost:4000 are put on the page origin; "Download here" arXiv link gives the id', () => {
    // <a href="http://localhost:4000/publication/2020-04-03-diagnostic-image-quality" rel="permalink">
    // <p>Download <a href=" https://arxiv.org/abs/1912.02907 "><u>here</u></a></p>
    expect(s.entries[1]).toMatchObject({
      venue: 'IEEE International Symposium on Biomedical Imaging (ISBI)',
      url: 'https://18jeffreyma.github.io/publication/2020-04-03-diagnostic-image-quality',
      ids: { arxiv: '1912.02907' },
      pdf: 'https://arxiv.org/pdf/1912.02907',
    });
    expect(s.entries[1]?.type).toBeUndefined(); // published at ISBI, not a preprint
  });

  it('reads authors from a "Recommended citation" line when the list shows one', () => {
    const withCitation = fixtureDocument(FILE);
    const item = withCitation.querySelectorAll('.archive__item')[1]!;
    const p = withCitation.createElement('p');
    p.innerHTML =
      'Recommended citation: J. Ma, A. Smith, and B. Jones. 2020. Diagnostic Image Quality Assessment and Classification in Medical Imaging. <i>ISBI</i>.<br /><a href="http://localhost:4000/files/paper2.pdf">Download Paper</a>';
    item.appendChild(p);
    const entry = academicpages.extract(withCitation, URL_).entries[1];
    expect(entry).toMatchObject({ authors: ['J. Ma', 'A. Smith', 'B. Jones'], authorsTruncated: false, ids: { arxiv: '1912.02907' } });
  });
});

describe('citationReading', () => {
  const cases: [string, string, string[] | null, boolean?][] = [
    // AcademicPages' own generator output
    [
      'Frank Tetzel and Hannes Voigt and Marcus Paradies. (2018). "Analysis of Data Structures." <i>DATA\'18</i>.',
      'Analysis of Data Structures',
      ['Frank Tetzel', 'Hannes Voigt', 'Marcus Paradies'],
    ],
    [
      'H. Yamada, T. Suzuki, Y. Ito, and J. Nemoto. 2023. ScalarDB: Universal Transaction Manager for Polystores. PVLDB 16.',
      'ScalarDB: Universal Transaction Manager for Polystores',
      ['H. Yamada', 'T. Suzuki', 'Y. Ito', 'J. Nemoto'],
    ],
    [
      'Yong-Jin Liu*, Chun-Xu Xu, Dian Fan, Ying He* (2015) Efficient Construction and Simplification of Delaunay Meshes.',
      'Efficient Construction and Simplification of Delaunay Meshes',
      ['Yong-Jin Liu', 'Chun-Xu Xu', 'Dian Fan', 'Ying He'],
    ],
    // APA names given first, as every other reader gives them
    [
      'Ma, J. J., & Smith, A. (2020). Toward continuous social phenotyping. JMIR.',
      'Toward Continuous Social Phenotyping',
      ['J. J. Ma', 'A. Smith'],
    ],
    [
      'Riad Ibadulla, Constantino C. Reyes-Aldasoro, and Thomas M. Chen "Fat-U-Net: non-contracting U-Net", Proc. SPIE 12903',
      'Fat-U-Net: non-contracting U-Net',
      ['Riad Ibadulla', 'Constantino C. Reyes-Aldasoro', 'Thomas M. Chen'],
    ],
    ['Wei Chen, Ana Ruiz et al. (2021). "Sparse things." NeurIPS.', 'Sparse things', ['Wei Chen', 'Ana Ruiz'], true],
    // forsythe-publications (dev): APA's "…" before the placeholder "others" cuts the list
    [
      'Ferreira, C., Bastille-Rousseau, G., Bennett, A. M., Ellington, E. H., Terwissen, C., Austin, C., … others. (2016). The evolution of peer review as a basis for scientific publication: directional selection towards a robust discipline? Biological Reviews, 91(3), 597–610.',
      'The evolution of peer review as a basis for scientific publication: directional selection towards a robust discipline?',
      ['C. Ferreira', 'G. Bastille-Rousseau', 'A. M. Bennett', 'E. H. Ellington', 'C. Terwissen', 'C. Austin'],
      true,
    ],
    // a citation of another paper than the item's: no names for it
    ['Wei Chen and Ana Ruiz (2021). "Dense things." NeurIPS.', 'Sparse things', null],
  ];
  it.each(cases)('%s', (citation, title, names, truncated = false) => {
    const got = citationReading(citation, title);
    if (names === null) expect(got).toBeNull();
    else expect(got).toMatchObject({ authors: names, authorsTruncated: truncated });
  });
});

describe('other minimal-mistakes archives are not publication lists', () => {
  const archive = (items: string) =>
    parseHtmlDocument(
      `<html><body><div id="main"><div class="archive"><h1 class="page__title">Blog posts</h1>${items}</div></div></body></html>`,
    );
  const post = (
    href: string,
    title: string,
    extra = '',
  ) => `<div class="list__item"><article class="archive__item" itemscope itemtype="http://schema.org/CreativeWork">
      <h2 class="archive__item-title" itemprop="headline"><a href="${href}" rel="permalink">${title}</a></h2>${extra}
      <p class="archive__item-excerpt" itemprop="description"><p>This is a sample blog post.</p></p></article></div>`;

  it('rejects /posts/ and /talks/ lists', () => {
    const blog = archive(post('/posts/2012/08/blog-post-1/', 'Blog Post number 1', '<p class="page__meta">less than 1 minute read</p>'));
    expect(academicpages.detect(blog, new URL('https://someone.github.io/year-archive/'))).toBeNull();
    const talks = archive(
      post(
        '/talks/2012-03-01-talk-1',
        'Talk 1 on Relevant Topic in Your Field',
        '<p>Talk at <i>UC San Francisco</i>, San Francisco, California</p>',
      ),
    );
    expect(academicpages.detect(talks, new URL('https://someone.github.io/talks/'))).toBeNull();
  });

  it('accepts a publications collection at another path by its "Published in" lines', () => {
    const pubs = archive(post('/pubs/paper-1', 'Paper Title Number 1', '<p>Published in <i>Journal 1</i>, 2009 </p>'));
    expect(academicpages.detect(pubs, new URL('https://someone.github.io/research/'))).toBe('lab');
  });
});
