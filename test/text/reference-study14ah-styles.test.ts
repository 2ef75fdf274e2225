import { describe, expect, it } from 'vitest';
import { isOffTopicHeading } from '../../lib/text/common';
import { parseReference } from '../../lib/text/reference';

/** Classes of the former heldout40 pages, study14ah. */

describe('"Title. Family I, … & Family I. 2022. Journal." (title-first Vancouver lists, maver)', () => {
  it('keeps the year out of the last name, its initial undotted, and reads the journal after the year', () => {
    const r = parseReference(
      'Applications of the indole-alkaloid gramine modulate the assembly of individual members of the barley rhizosphere microbiota. Maver M, Escudero-Martinez C, Abbott J, Morris J, Hedly PE, Mimmo T & Bulgarelli D. 2021. PeerJ. DOI',
    );
    expect(r?.title).toBe(
      'Applications of the indole-alkaloid gramine modulate the assembly of individual members of the barley rhizosphere microbiota',
    );
    expect(r?.authors).toEqual(['M Maver', 'C Escudero-Martinez', 'J Abbott', 'J Morris', 'PE Hedly', 'T Mimmo', 'D Bulgarelli']);
    expect(r?.year).toBe(2021);
    expect(r?.venue).toBe('PeerJ');
  });

  it('reads the entry whose last name was taken for the venue', () => {
    const r = parseReference(
      'The interplay between nitrogenated allelochemicals, mineral nutrition and metabolic profile in barley roots. Maver M, Trevisan F, Miras-Moreno B, Lucini L, Trevisan M, Cesco S & Mimmo T. 2022. Plant and Soil. DOI',
    );
    expect(r?.authors).toEqual(['M Maver', 'F Trevisan', 'B Miras-Moreno', 'L Lucini', 'M Trevisan', 'S Cesco', 'T Mimmo']);
    expect(r?.year).toBe(2022);
    expect(r?.venue).toBe('Plant and Soil.');
  });
});

describe('"Names. Title In Venue 2015" (hand-made lists with no period after the title, garitano)', () => {
  it('ends a title that writes "in" in lower case at a capitalised "In"', () => {
    const r = parseReference(
      'Iñaki Garitano, Seraj Fayyad, Josef Noll. Multi-Metrics Approach for Security, Privacy and Dependability in Embedded Systems In Wireless Personal Communications. 2015 (PDF, BibTeX, link)',
    );
    expect(r?.title).toBe('Multi-Metrics Approach for Security, Privacy and Dependability in Embedded Systems');
    expect(r?.venue).toBe('Wireless Personal Communications');
    expect(r?.year).toBe(2015);
  });

  it('ends a title in sentence case there', () => {
    const r = parseReference(
      'Iñaki Garitano, Roberto Uribeetxeberria and Urko Zurutuza. A review of SCADA anomaly detection systems In Advances in Intelligent and Soft Computing. 2011 (PDF, BibTeX, link)',
    );
    expect(r?.title).toBe('A review of SCADA anomaly detection systems');
    expect(r?.authors).toEqual(['Iñaki Garitano', 'Roberto Uribeetxeberria', 'Urko Zurutuza']);
  });

  it('ends a title in title case before a journal, and before an ordinal conference', () => {
    const journal = parseReference(
      'Enaitz Ezpeleta, Iñaki Garitano and Urko Zurutuza. Short Messages Spam Filtering Combining Personality Recognition and Sentiment Analysis In International Journal of Uncertainty, Fuzziness and Knowledge-Based Systems Vol. 25, Suppl. 2, pp 175-189, 2017 (PDF)',
    );
    expect(journal?.title).toBe('Short Messages Spam Filtering Combining Personality Recognition and Sentiment Analysis');
    const conference = parseReference(
      'Mikel Iturbe, José Camacho, Iñaki Garitano, Urko Zurutuza and Roberto Uribeetxeberria. On the Feasibility of Distinguishing Between Process Disturbances and Intrusions in Process Control Systems Using Multivariate Statistical Process Control In 46th Annual IEEE/IFIP International Conference on Dependable Systems and Networks Workshop (DSN-W 2016) 2016 (PDF, BibTeX, Slides)',
    );
    expect(conference?.title).toBe(
      'On the Feasibility of Distinguishing Between Process Disturbances and Intrusions in Process Control Systems Using Multivariate Statistical Process Control',
    );
  });

  it('keeps a capitalised "In" of a title that capitalises its small words', () => {
    const r = parseReference('A. Smith, B. Jones. Learning In The Wild With Deep Networks. Nature Methods, 2020.');
    expect(r?.title).toBe('Learning In The Wild With Deep Networks');
  });
});

describe('"<b>Title</b> <a>paper</a>, <a>presentation</a>, <a>DOI</a> <br> Names (2016), Venue" (Org-mode link rows, samarin)', () => {
  it('leaves the comma-separated link labels out of the title', () => {
    const r = parseReference(
      "Fault-Channel Watermarks paper, presentation, DOI\nPeter Samarin, Alexander Skripnik, and Kerstin Lemke-Rust (2016), Information Security Theory and Practice: 10th IFIP WG 11.2 International Conference, (WISTP'2016), Heraklion, Greece, September 26–27, 2016, volume 9895 of LNCS, pages 204–219. Springer International Publishing, Cham.",
    );
    expect(r?.title).toBe('Fault-Channel Watermarks');
    expect(r?.authors).toEqual(['Peter Samarin', 'Alexander Skripnik', 'Kerstin Lemke-Rust']);
  });

  it('leaves out the labels a page reading kept after the links it dropped, and keeps an acronym opening the marked title', () => {
    const title = 'IP Core Protection using Voltage-Controlled Side-Channel Receivers';
    const text = `${title} , presentation,\nPeter Samarin, Kerstin Lemke-Rust, and Christof Paar (2016), 2016 IEEE International Symposium on Hardware-Oriented Security and Trust (HOST) (May 2016), pages 217–222.`;
    const r = parseReference(text);
    expect(r?.title).toBe(title);
    expect(r?.authors).toEqual(['Peter Samarin', 'Kerstin Lemke-Rust', 'Christof Paar']);
    // Read with its marked title, "IP" is no venue tag before a title "Core Protection …".
    const marked = parseReference(text, { title, nameForm: 'given' });
    expect(marked?.title ?? title).toBe(title);
  });
});

describe('a research topic that names media is no media section (shaomei)', () => {
  it('reads "Social Media and Data Science" as a topic, "Social media, etc" and "In the Media" as media sections', () => {
    expect(isOffTopicHeading('Social Media and Data Science')).toBe(false);
    expect(isOffTopicHeading('Social media, etc')).toBe(true);
    expect(isOffTopicHeading('In the Media')).toBe(true);
    expect(isOffTopicHeading('News and media')).toBe(true);
  });
});
