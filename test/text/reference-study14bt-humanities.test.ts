import { describe, expect, it } from 'vitest';
import { parseReference } from '../../lib/text/reference';

/** German humanities and social-science lists, study14bt. */

describe('"(mit Coauthor), Title, in: Editors (Hrsg.), Book": the owner\'s coauthors in parentheses before the title', () => {
  it('takes the coauthors for the authors, not the editors named after "in:"', () => {
    const r = parseReference(
      '(mit Tim Voigt), Die Interaktion von Genossenschaften und ihren Mitgliedern im Wettbewerb: Eine evolutionsökonomische Analyse, in: Rainer Kühl, Dietmar Rößl und Johann Brazda (Hrsg.), Sozialwissenschaftliche Aspekte des Kooperations- und Genossenschaftsmanagements, Band 3, ibidem, Stuttgart, 2009, S. 207-225.',
    );
    expect(r?.title).toBe('Die Interaktion von Genossenschaften und ihren Mitgliedern im Wettbewerb: Eine evolutionsökonomische Analyse');
    expect(r?.authors).toEqual(['Tim Voigt']);
    expect(r?.year).toBe(2009);
  });

  it('reads "in:" with no comma before it after the coauthors', () => {
    const r = parseReference(
      '(mit Ulrich Fehl, Otto Korte, Norbert Kuhn, Andreas Wieg), Stichwortgruppe Genossenschaften in: Siegfried Georg Häberle (Hrsg.), Das neue Lexikon der Betriebswirtschaftslehre, Oldenbourg, 2008.',
    );
    expect(r?.title).toBe('Stichwortgruppe Genossenschaften');
    expect(r?.authors).toEqual(['Ulrich Fehl', 'Otto Korte', 'Norbert Kuhn', 'Andreas Wieg']);
  });

  it('leaves a coauthored entry the ordinary reader reads as it was', () => {
    const r = parseReference(
      '(mit Ulrich Fehl und Thomas Brockmeier), Genossenschaften und Unternehmertum, in: Thomas Brockmeier und Ulrich Fehl (Hrsg.), Volkswirtschaftliche Theorie der Kooperation in Genossenschaften, Bd. 100, 2007, S. 401-425.',
    );
    expect(r?.title).toBe('Genossenschaften und Unternehmertum');
    expect(r?.authors).toEqual(['Ulrich Fehl', 'Thomas Brockmeier']);
  });

  it('leaves a title in parentheses with no coauthors alone', () => {
    const r = parseReference('Smith, J., & Doe, A. (2019). (Re)thinking the city: Notes on urban change. Urban Studies, 56(3), 1-20.');
    expect(r?.title).toBe('(Re)thinking the city: Notes on urban change');
    expect(r?.authors).toEqual(['J. Smith', 'A. Doe']);
  });
});

describe('"Title", Publisher, Place, Year: a publisher\'s word ends no person\'s name', () => {
  it('reads a Turkish publisher ("Yayınları") into the venue, not the authors', () => {
    const r = parseReference('"İnsan, Spor ve Olimpizm", Sarmal Yayınları, İstanbul, 1996');
    expect(r?.title).toBe('İnsan, Spor ve Olimpizm');
    expect(r?.authors).toEqual([]);
    expect(r?.venue).toBe('Sarmal Yayınları, İstanbul');
  });

  it('reads a German publisher ("Verlag") into the venue, not the authors', () => {
    const r = parseReference('"Die Stadt im Wandel", Nomos Verlag, Baden-Baden, 2004');
    expect(r?.title).toBe('Die Stadt im Wandel');
    expect(r?.authors).toEqual([]);
  });

  it('reads a quoted book title with no names when a publisher follows it', () => {
    const r = parseReference('"Avuçlarımızdaki Cennet", e Yayınları, İstanbul, 2002');
    expect(r?.title).toBe('Avuçlarımızdaki Cennet');
    expect(r?.authors).toEqual([]);
    expect(r?.year).toBe(2002);
  });

  it('still reads a person named after the quoted title', () => {
    const r = parseReference('"Die Stadt im Wandel", Hans Müller, Baden-Baden, 2004');
    expect(r?.authors).toEqual(['Hans Müller']);
  });
});
