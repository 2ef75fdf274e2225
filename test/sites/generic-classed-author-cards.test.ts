import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/**
 * A Quarto listing (default type) of publications (gabrio): each card marks its title ("listing-title"), date
 * ("listing-date") and names ("listing-author") by class; its description is an abstract, no citation. Cut down from the
 * real page; expected fields read off the markup by eye.
 */
function read(html: string, url: string) {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

const card = (href: string, title: string, categories: string[], description: string, date: string, author: string) => `
<div class="quarto-post image-right" data-categories="${categories.join(',')}">
<div class="thumbnail"><p><a href="${href}" class="no-external"></a></p></div>
<div class="body">
<h3 class="no-anchor listing-title"><a href="${href}" class="no-external">${title}</a></h3>
<div class="listing-subtitle"><a href="${href}" class="no-external"></a></div>
<div class="listing-categories">
${categories.map((c) => `<div class="listing-category">${c}</div>`).join('\n')}
</div>
<div class="listing-description"><a href="${href}" class="no-external"><span>${description}</span></a></div>
</div>
<div class="metadata"><a href="${href}" class="no-external">
<div class="listing-date">${date}</div>
<div class="listing-author">${author}</div>
</a></div>
</div>`;

describe('generic: Quarto listing cards, their author field marked by class (gabrio)', () => {
  const html = `<html><head><title>Publications – Andrea Gabrio</title></head><body><main><h1 class="title">Publications</h1>
<div class="list quarto-listing-default">
${card('./publication/2025-a/index.html', 'A Bayesian modelling framework for health care resource use and costs in trial-based economic evaluations', ['Quarto', 'R', 'Academia', 'publication', 'Bayesian analysis'], 'we propose a novel Bayesian framework for the modelling of HRU data in trial-based economic evaluations, …', 'Sep 16, 2025', 'Andrea Gabrio')}
${card('./publication/2024-b/index.html', 'Bayesian Analytical Methods in Cardiovascular Clinical Trials: Why, When, and How', ['Quarto', 'R', 'Academia', 'publication', 'Bayesian analysis'], 'After an introduction of the concepts of frequentist and Bayesian statistical inference, key steps in performing a Bayesian analysis are presented, …', 'May 7, 2024', 'Andrea Gabrio')}
${card('./publication/2023-c/index.html', 'A review of heath economic evaluation practice in the Netherlands: are we moving forward?', ['Quarto', 'R', 'Academia', 'publication', 'health economics'], 'Economic evaluations have been increasingly conducted in different countries to aid national decision-making bodies …', 'Jun 3, 2023', 'Andrea Gabrio')}
${card('./publication/2019-d/index.html', 'Bayesian Hierarchical Models for the Prediction of Volleyball Results', ['Quarto', 'R', 'Academia', 'publication', 'statistics'], 'Statistical modelling of sports data has become more and more popular in the recent years …', 'Nov 22, 2019', 'Andrea Gabrio')}
</div></main></body></html>`;

  it('each card is a paper: the title, the year of its date and the name its author field holds', () => {
    expect(read(html, 'https://angabrio.github.io/agabriosite2/publications.html').map((e) => [e.title, e.authors, e.year])).toEqual([
      [
        'A Bayesian modelling framework for health care resource use and costs in trial-based economic evaluations',
        ['Andrea Gabrio'],
        2025,
      ],
      ['Bayesian Analytical Methods in Cardiovascular Clinical Trials: Why, When, and How', ['Andrea Gabrio'], 2024],
      ['A review of heath economic evaluation practice in the Netherlands: are we moving forward?', ['Andrea Gabrio'], 2023],
      ['Bayesian Hierarchical Models for the Prediction of Volleyball Results', ['Andrea Gabrio'], 2019],
    ]);
  });

  it('an author field that holds no names makes no card', () => {
    const unnamed = html.replace(/Andrea Gabrio<\/div>/g, 'Read more →</div>');
    expect(read(unnamed, 'https://angabrio.github.io/agabriosite2/publications.html').map((e) => e.authors)).not.toContainEqual([
      'Read more →',
    ]);
  });
});
