import { describe, expect, it } from 'vitest';
import { LABEL_ONLY } from '../../lib/text/reference';
import { parseVisibleText } from '../../lib/text/parse';

/** The text reader on a selection (study14ay): section headings right above a list's references (minlu). */
const read = (text: string) =>
  parseVisibleText(text, new URL('https://lab.example.org/publications.html'), new Date('2026-12-07T04:00:00Z')).entries.map(
    (e) => e.title,
  );

const application = `Application
Lu M., Parel J.M., and Miller D. (2021). Interactions between staphylococcal enterotoxins A and D and superantigen-like proteins 1 and 5 for predicting methicillin and multidrug resistance profiles among Staphylococcus aureus ocular isolates. PloS one. 2021 Jul 28;16(7):e0254519. [pdf] [url] [.bib cite /exp]

Rice T.W., Lu M, Ishwaran H., and Blackstone, E.H. (2019). Precision Surgical Therapy for Adenocarcinoma of the Esophagus and Esophagogastric Junction: A Machine Learning Causal Analysis. Journal of Thoracic Oncology, 14(12): 2164-2175. [pdf] [url] [.bib cite /exp]
`;
const software = `
Software
Ishwaran H., Lu M. and Kogalur U.B. (2021). “randomForestSRC: getting started with randomForestSRC vignette.” Available from: http://randomforestsrc.org/articles/getstarted.html [pdf] [url] [.bib cite /exp]

Ishwaran H., Lu M. and Kogalur U.B. (2021). “randomForestSRC: installing randomForestSRC vignette.” Available from: http://randomforestsrc.org/articles/installation.html [pdf] [url] [.bib cite /exp]

Ishwaran H., Lu M. and Kogalur U.B. (2021). “randomForestSRC: parallel processing vignette.” Available from: http://randomforestsrc.org/articles/parallel.html [pdf] [url] [.bib cite /exp]
`;
const metaAnalysis = `
Meta-Analysis
Austin, T.A., Thomas, M.L., Lu M., Hodges, C., Darowski, E., Bergmans, R., Parr, S., Pickell, D., Catazaro, M., Lantrip, C., & Twamley, E.W. (2024). Meta-analysis of cognitive function following nonsevere SARS-CoV-2 infection. Neuropsychol Review. 2024 Jun 12. [url]
`;

describe('a section of software right above its first reference, no blank line between (minlu)', () => {
  it('leaves the software section out and reads the papers after the next heading', () => {
    const titles = read(application + software + metaAnalysis);
    expect(titles.filter((t) => t.includes('randomForestSRC'))).toEqual([]);
    expect(titles).toContain('Meta-analysis of cognitive function following nonsevere SARS-CoV-2 infection');
    expect(titles).toContain(
      'Precision Surgical Therapy for Adenocarcinoma of the Esophagus and Esophagogastric Junction: A Machine Learning Causal Analysis',
    );
  });
});

describe('a link label with an icon before it (donaldson)', () => {
  it('is a row of link labels', () => {
    expect(LABEL_ONLY.test('🔗 DOI')).toBe(true);
    expect(LABEL_ONLY.test('📄 PDF')).toBe(true);
    expect(LABEL_ONLY.test('🔗 Deep learning for cells')).toBe(false);
  });
});
