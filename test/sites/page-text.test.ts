import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { plainText } from '../../lib/sites/math-text';
import { hiddenByMarkup, mainContentRoot, pageBody, selectedTextOf } from '../../lib/sites/page-text';

const textOfPage = (html: string, offTopic?: (heading: string) => boolean) => {
  const doc = parseHtmlDocument(html);
  return selectedTextOf(mainContentRoot(doc)!, plainText, hiddenByMarkup(doc), offTopic);
};

describe('page-text: the main content as a selection of it reads', () => {
  it('lines as Selection.toString() gives them: <li> and <br> end lines, <p> and headings stand apart, cells by tabs', () => {
    // mmelab's <li>s (names,<br> title,<br> journal) under an <h2> with its permalink mark.
    const html = `<html><body><main><h2>Refereed Papers<a class="headerlink" href="#r">&para;</a></h2>
<ol class="pubs"><li>
    Fuya Makino, <u>Takuma Shiga</u>, and Yuya Sakuraba<sup>&ast;</sup>,<br>
    Magnetothermal resistance effect in a multilayer,<br>
    <em>Physical Review B</em> <strong>112</strong>(5), 054407 (2025).
  </li>
  <li>Second entry</li></ol><p>A paragraph.</p><table><tr><td>2024</td><td>A cell</td></tr></table></main></body></html>`;
    expect(textOfPage(html)).toBe(
      'Refereed Papers¶\n\nFuya Makino, Takuma Shiga, and Yuya Sakuraba*,\nMagnetothermal resistance effect in a multilayer,\n' +
        'Physical Review B 112(5), 054407 (2025).\nSecond entry\n\nA paragraph.\n\n2024\tA cell',
    );
  });

  it('leaves out what the markup hides and the page’s chrome', () => {
    // jekyll-scholar's hidden abstract and BibTeX blocks (a <style> rule, Bootstrap's collapse), a <details> box,
    // and a theme's navigation, sidebar and footer.
    const html = `<html><head><style>.bibtex { display: none; } a:hover { display: none }</style></head><body>
<nav>Home Publications</nav><div class="sidebar">Other Links</div>
<div><ul><li>Entry one<div class="bibtex">@article{x, title={Entry one}}</div><div class="collapse" id="a1">An abstract.</div>
<div class="collapse show">Shown.</div><span hidden>Hidden.</span><span style="display:none">None.</span>
<details><summary>Bib</summary>@article{y}</details></li></ul></div><footer>© 2025</footer></body></html>`;
    expect(textOfPage(html)).toBe('Entry one\nShown.\nBib');
  });

  it('leaves out sections whose heading says they are not papers, up to the next heading of their level', () => {
    // soonhokong's page: Publications, then Patents, then Talks, each an <h2>.
    const html = `<html><body><h2>Publications</h2><dl><dd><b>Satisfiability modulo ODEs</b>.<br>Sicun Gao, Soonho Kong.</dd></dl>
<h2>Patents</h2><dl><dd><b>Wearable exoskeleton</b>.<br>Jonathan DeCastro, Soon Ho Kong</dd></dl><h3>Granted</h3><p>More patents</p>
<h2>Selected papers</h2><p>dReal: An SMT Solver</p></body></html>`;
    expect(textOfPage(html, (h) => /patents/i.test(h))).toBe(
      'Publications\n\nSatisfiability modulo ODEs.\nSicun Gao, Soonho Kong.\n\nSelected papers\n\ndReal: An SMT Solver',
    );
  });
});

describe('page-text: which element holds the content', () => {
  it('the theme’s <main> or #content when it holds the page’s text; else the body', () => {
    const main = parseHtmlDocument(
      '<html><body><div id="nav">Home</div><div id="content"><p>' + 'Publications list. '.repeat(20) + '</p></div></body></html>',
    );
    expect(mainContentRoot(main)!.id).toBe('content');
    // A <main> with a line in it, the content elsewhere: the body.
    const thin = parseHtmlDocument('<html><body><main>Hi</main><div><p>' + 'Publications list. '.repeat(20) + '</p></div></body></html>');
    expect(mainContentRoot(thin)!.tagName).toBe('BODY');
  });

  it('the root element when the parser left the <body> empty (a second <head> after scripts, damen)', () => {
    const doc = parseHtmlDocument(
      '<html>\n<head>\n<title>Publications</title>\n</head>\n<script>var x = 1;</script>\n<head>\n<body>\n<p>Damen, Dima (2012). A title. A venue.</p>\n</body>\n</html>',
    );
    expect(pageBody(doc)!.textContent).toContain('Damen, Dima');
    expect(selectedTextOf(mainContentRoot(doc)!, plainText, hiddenByMarkup(doc))).toBe('Damen, Dima (2012). A title. A venue.');
  });
});
