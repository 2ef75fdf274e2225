import { afterEach, describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { useTaggerModel, type TaggerModel } from '../../lib/text/tagger';
import WEIGHTS from '../../lib/text/tagger-weights.json';

/**
 * The generic reader with the trained tagger in a list the rules turn down (they read none of its entries):
 * hand-written entries "Family Given, Family Given: Title, Journal 18 (2021) 12-20".
 */
const rows = (html: string) =>
  generic.extract(parseHtmlDocument(html), new URL('https://example.org/lab/papers.html')).entries.map((e) => [e.title, e.authors, e.year]);

const page = `<html><body><h2>Publications</h2><ul>
<li>Smith John, Jones Mary: Sparse graph learning for protein folding, Nature Methods 18 (2021) 12-20</li>
<li>Novak Anna, Ferreira Luis: Robust estimation of river discharge from satellite images, Water Research 150 (2019) 1-9</li>
<li>Keller Tom, Smith John: Fast sampling of molecular conformations with diffusion models, Nature Chemistry 12 (2020) 40-48</li>
<li>Jones Mary, Novak Anna: Learning coastal erosion maps from aerial surveys, Remote Sensing 7 (2018) 101-113</li>
</ul></body></html>`;

describe('the tagger in a list the rules turn down', () => {
  afterEach(() => useTaggerModel(WEIGHTS as TaggerModel));

  it('reads the list where no list the rules read lies', () => {
    expect(rows(page)).toEqual([
      ['Sparse graph learning for protein folding', ['Smith John', 'Jones Mary'], 2021],
      ['Robust estimation of river discharge from satellite images', ['Novak Anna', 'Ferreira Luis'], 2019],
      ['Fast sampling of molecular conformations with diffusion models', ['Keller Tom', 'Smith John'], 2020],
      ['Learning coastal erosion maps from aerial surveys', ['Jones Mary', 'Novak Anna'], 2018],
    ]);
  });

  it('the rules alone read none of it', () => {
    useTaggerModel(null);
    expect(rows(page)).toEqual([]);
  });
});
