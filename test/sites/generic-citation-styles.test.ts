import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';

/** The generic reader on citation styles and page builders that lab pages use (one list each, as served). */
const read = (html: string, url: string) => generic.extract(parseHtmlDocument(`<html><body>${html}</body></html>`), new URL(url));

describe('generic: Quarto "Names <em>Title.</em> Journal (Year)" with no separator before the title (jfeldhege)', () => {
  // Three of the page's items as Quarto renders them: each <p> followed by an empty <p>, a collapsed abstract
  // callout and another empty <p>.
  const callout = (abstract: string) =>
    `<p></p><div class="callout callout-tip"><div class="callout-header"><span class="screen-reader-only">Tip</span>Abstract</div><div class="callout-collapse collapse"><div class="callout-body"><p>${abstract}</p></div></div></div><p></p><br>`;
  const html = `<main><p><b>2023</b></p>
<p><strong>Johannes Feldhege</strong>, Markus Wolf, Markus Moessner, Stephanie Bauer <em>Psycholinguistic changes in the communication of adolescent users in a suicidal ideation online community during the COVID-19 pandemic.</em> European child &amp; adolescent psychiatry (2023). <a href="https://dx.doi.org/10.1007/s00787-022-02067-7" class="uri">https://dx.doi.org/10.1007/s00787-022-02067-7</a></p>
${callout('To prevent youth suicide, it is important to understand how adolescents communicate their suicidal ideation online.')}
<p><b>2021</b></p>
<p><strong>Johannes Feldhege</strong>, Markus Moessner, Stephanie Bauer <em>Detrimental Effects of Online Pro-Eating Disorder Communities on Weight Loss and Desired Weight: Longitudinal Observational Study.</em> Journal of medical Internet research (2021). <a href="https://dx.doi.org/10.2196/27153" class="uri">https://dx.doi.org/10.2196/27153</a></p>
${callout('Pro-eating disorder communities are online communities that discuss eating disorders in a positive way.')}
<p><b>2020</b></p>
<p><strong>Johannes Feldhege</strong>, Markus Moessner, Stephanie Bauer <em>Who says what? Content and participation characteristics in an online depression community.</em> Journal of affective disorders (2020). <a href="https://dx.doi.org/10.1016/j.jad.2019.11.007" class="uri">https://dx.doi.org/10.1016/j.jad.2019.11.007</a></p>
${callout('Online depression communities are popular among people with depression.')}
</main>`;

  it('reads the italic title after the names, the journal and year after it', () => {
    const scan = read(html, 'https://www.johannesfeldhege.de/publikationen.html');
    expect(scan.entries.map((e) => [e.title, e.authors, e.year, e.venue, e.ids.doi])).toEqual([
      [
        'Psycholinguistic changes in the communication of adolescent users in a suicidal ideation online community during the COVID-19 pandemic',
        ['Johannes Feldhege', 'Markus Wolf', 'Markus Moessner', 'Stephanie Bauer'],
        2023,
        'European child & adolescent psychiatry',
        '10.1007/s00787-022-02067-7',
      ],
      [
        'Detrimental Effects of Online Pro-Eating Disorder Communities on Weight Loss and Desired Weight: Longitudinal Observational Study',
        ['Johannes Feldhege', 'Markus Moessner', 'Stephanie Bauer'],
        2021,
        'Journal of medical Internet research',
        '10.2196/27153',
      ],
      [
        'Who says what? Content and participation characteristics in an online depression community',
        ['Johannes Feldhege', 'Markus Moessner', 'Stephanie Bauer'],
        2020,
        'Journal of affective disorders',
        '10.1016/j.jad.2019.11.007',
      ],
    ]);
  });
});
