import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { withoutOffTopicSections } from '../../lib/text/common';

/**
 * The generic reader on a Quarto page of a psychology lab (jswlab, the former heldout48 pages, study14v): "Papers and
 * chapters" over APA paragraphs, then "Conference presentations, abstracts and proceedings" over posters and talks, most
 * of which say where they were presented. The heading names proceedings too, but its entries are talks: left out.
 */
const titles = (html: string) =>
  generic.extract(parseHtmlDocument(html), new URL('https://example.edu/publications.html')).entries.map((e) => e.title);

const PAPERS = [
  'Mangiacotti, A., <strong>Ward, E. V.</strong>, Williams, S., Barone, C., &amp; Franco, F. (2026). A randomized controlled trial comparison of three music therapy formats on cognitive function and psychological well-being in normal aging. Journals of Gerontology Series B, 81(6), gbag070. <a href="https://doi.org/10.1093/geronb/gbag070">https://doi.org/10.1093/geronb/gbag070</a>',
  'Al-Abdulla, M. A., &amp; <strong>Ward, E. V.</strong> (2026). Conceptual but not perceptual encoding leads to age differences in priming. Memory &amp; Cognition, 1-24. <a href="https://doi.org/10.3758/s13421-026-01873-7">https://doi.org/10.3758/s13421-026-01873-7</a>',
  '<strong>Jones, A.</strong>, Hughes, G., &amp; Waszak, F. (2013). The interaction between attention and motor prediction. NeuroImage, 83, 533-541. <a href="https://doi.org/10.1016/j.neuroimage.2013.07.004">https://doi.org/10.1016/j.neuroimage.2013.07.004</a>',
  '<strong>Jones, A.</strong>, &amp; Forster, B. (2013). Independent effects of endogenous and exogenous attention in touch. Somatosensory and Motor Research, 30(4), 185-191. <a href="https://doi.org/10.3109/08990220.2013.779243">https://doi.org/10.3109/08990220.2013.779243</a>',
];
const TALKS = [
  'Lindner E., Darriba A., Yang Q., <strong>Jones A</strong>., Waszak F., Desantis A. The temporal dynamics of action-effect prediction: An EEG study. Presented at 3<sup>rd</sup> Gottingen Meeting of the German Neuroscience Society. March 2019.',
  '<strong>Jones, A.</strong> &amp; <strong>Ward, E. V</strong>. Rhythmic encoding improves recognition memory. Poster presented at the <em>25<sup>th</sup> Annual Cognitive Neuroscience Conference (CNS)</em>, San Francisco USA, March, 2019',
  '<strong>Jones, A</strong>. &amp; <strong>Ward, E. V.</strong> Rhythmic encoding improves recognition memory. Presentation at <em>British Association for Cognitive Neuroscience (BACN)</em>, Glasgow, 6-7 Sept.&nbsp;2018',
  'Forster, B., Karlinski, M. and&nbsp;<strong>Jones, A.</strong>&nbsp;(2017). Somatic symptoms and exogenous attention: an ERP study investigating modality specificity. Poster presented at the&nbsp;<em>24<sup>th</sup>&nbsp;Annual Cognitive Neuroscience Conference (CNS)</em>, San Francisco USA, March, 2017',
];

const page = (talksHeading: string, talks: string[]) => `<html><head><title>Publications</title></head><body><main>
<section id="papers-and-chapters" class="level2"><h2>Papers and chapters</h2>
${PAPERS.map((p) => `<p>${p}</p>`).join('\n')}
</section>
<section id="conference" class="level2"><h2>${talksHeading}</h2>
${talks.map((p) => `<p>${p}</p>`).join('\n')}
</section></main></body></html>`;

describe('generic: a section of presentations whose heading names proceedings too (jswlab)', () => {
  it('leaves out the entries under it when most say where they were presented', () => {
    const got = titles(page('Conference presentations, abstracts and proceedings', TALKS));
    expect(got).toHaveLength(4);
    expect(got).toContain('The interaction between attention and motor prediction');
    expect(got.some((t) => /Rhythmic encoding|temporal dynamics|Somatic symptoms/.test(t))).toBe(false);
  });

  it('keeps them where they are papers of proceedings (no "presented at")', () => {
    const proceedings = TALKS.map((t) => t.replace(/(?:Poster )?[Pp]resent(?:ed|ation) at (?:the )?/, 'In Proceedings of the '));
    expect(titles(page('Conference presentations, abstracts and proceedings', proceedings)).length).toBeGreaterThan(4);
  });

  it('the page text (a selection, the page-text reading) leaves such a section out too', () => {
    const text = `Papers and chapters\n\nJones, A., Hughes, G., & Waszak, F. (2013). The interaction between attention and motor prediction. NeuroImage, 83, 533-541.\n\nConference presentations, abstracts and proceedings\n\n${TALKS.map((t) => t.replace(/<[^>]+>|&nbsp;/g, ' ').replace(/&amp;/g, '&')).join('\n\n')}\n`;
    const kept = withoutOffTopicSections(text, () => false);
    expect(kept).toContain('The interaction between attention and motor prediction');
    expect(kept).not.toContain('Rhythmic encoding');
  });
});
