import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/**
 * The generic reader on layouts of CS researchers' pages (the former heldout43 pages, study14s): an owner's list that
 * names no one, each row a linked title and a conference acronym (or a journal) with its year (eberhart).
 */
function read(html: string, url = 'https://owner.example.io/me/papers.html') {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

const page = (body: string) => `<html><head><title>Papers</title></head><body><main>${body}</main></body></html>`;

describe('rows of a linked title and "ICPE 2025" (a conference acronym and its year), no names (a Jekyll page)', () => {
  const row = (title: string, venue: string) =>
    `<li><div style="display: flex;"><div style="flex: 72%;"><a href="/papers/${title.length}.pdf">${title}</a></div><div style="flex: 25%;">${venue}</div></div></li>`;
  const html = page(
    `<h1>Publications</h1><h3>Authored</h3><ul style="list-style: none;">` +
      row('Building Massive Knowledge Graphs using an Automated ETL Pipeline', 'ICPE 2025') +
      row('Should I Stay or Should I Go - A New Reasoner for Description Logic', 'KGSWC 2023') +
      row('metaphactory for Massive Graphs', 'ICPE 2023') +
      row('Expressibility of OWL Axioms with Patterns', 'ESWC 2021') +
      row('Completion Reasoning Emulation for the Description Logic EL+', 'AAAI-MAKE 2020') +
      row('Towards Bridging the Neuro-Symbolic Gap: Deep Deductive Reasoners', 'Applied Intelligence 2021') +
      `</ul>`,
  );

  it('each row is a paper: its title, the acronym its venue, the year the acronym’s', () => {
    expect(read(html).map((e) => [e.title, e.authors, e.year, e.venue])).toEqual([
      ['Building Massive Knowledge Graphs using an Automated ETL Pipeline', [], 2025, 'ICPE'],
      ['Should I Stay or Should I Go - A New Reasoner for Description Logic', [], 2023, 'KGSWC'],
      ['metaphactory for Massive Graphs', [], 2023, 'ICPE'],
      ['Expressibility of OWL Axioms with Patterns', [], 2021, 'ESWC'],
      ['Completion Reasoning Emulation for the Description Logic EL+', [], 2020, 'AAAI-MAKE'],
      // "Applied Intelligence" is a journal's name, not a person's.
      ['Towards Bridging the Neuro-Symbolic Gap: Deep Deductive Reasoners', [], 2021, 'Applied Intelligence'],
    ]);
  });

  it('a variant: talk rows, a title over the place it was given, are still no papers', () => {
    const talks = page(
      `<h1>Talks</h1><ul style="list-style: none;">` +
        row('Reasoning over knowledge graphs at scale', 'Department of Computer Science, Kansas State University 2024') +
        row('Deep deductive reasoners for description logics', 'Institute for Applied Informatics, Leipzig 2023') +
        row('Ontology design patterns in practice', 'School of Computing, Wright State University 2022') +
        `</ul>`,
    );
    expect(read(talks)).toEqual([]);
  });
});
