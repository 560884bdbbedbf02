import { describe, expect, it } from 'vitest';
import { pack, paragraphsXml, paragraphText, paragraphTexts, styleOf } from '../testing/docx-inspect';
import { tinyPng } from '../testing/fixtures';
import { fixtureApprovedMeeting, fixtureMeeting, meetingOffice } from './fixtures';
import { buildMinutes, type MinutesInput } from './minutes-builder';

const input = (extra: Partial<MinutesInput> = {}): MinutesInput => ({ office: meetingOffice, logo: tinyPng, meeting: fixtureMeeting, ...extra });
const textsOf = async (extra: Partial<MinutesInput> = {}) => paragraphTexts((await pack(buildMinutes(input(extra)))).xml);

/** Index of the first paragraph that starts with `prefix`; -1 if none. */
const indexOf = (texts: readonly string[], prefix: string) => texts.findIndex((text) => text.startsWith(prefix));

describe('the minutes', () => {
  it('opens with the heading and the facts of the meeting, dates and times in German', async () => {
    const texts = await textsOf();
    expect(texts).toContain('Protokoll der 4. Sitzung der Arbeitsgruppe Integrationskonzept');
    expect(texts).toEqual(
      expect.arrayContaining([
        'Veranstalter\tArbeitsgruppe Integrationskonzept',
        'Art\tSitzung der Arbeitsgruppe',
        'Datum\tDonnerstag, 26. November 2026',
        'Beginn\t18:00\u00a0Uhr',
        'Ende\t20:15\u00a0Uhr',
        'Online-Teilnahme\thttps://meet.hamburg.de/ag-integration-4',
        'Vorsitz\tPetra Albers',
        'Protokoll\tJulia Brandes (Bezirksamt Harburg)',
      ]),
    );
  });

  it('lists who was present, excused and a guest apart, with counts and the quorum', async () => {
    const texts = await textsOf();
    const present = texts.find((text) => text.startsWith('Anwesend\t'));
    expect(present?.split('\n')).toHaveLength(7);
    expect(present).toContain('Petra Albers (SPD, Vorsitz)\nTorsten Meyer (SPD)\nDeniz Yıldırım (GRÜNE)');
    expect(present).not.toContain('Hoffmann');
    expect(texts).toContain('Entschuldigt\tAnna Sommer (GRÜNE)');
    expect(texts).toContain('Gäste\tDr. Lena Hoffmann (Gast, Lokale Partnerschaften Harburg)');
    expect(texts.some((text) => text.startsWith('Unentschuldigt'))).toBe(false);
    expect(texts).toContain('Anwesend waren 7 von 8 stimmberechtigten Mitgliedern; entschuldigt: 1, unentschuldigt: 0; außerdem 1 Gast.');
    expect(texts).toContain('Die Beschlussfähigkeit war gegeben.');
  });

  it('keeps the order: facts, attendance, agenda, items with decisions, action items, approval, signatures, distribution', async () => {
    const texts = await textsOf();
    const order = ['Veranstalter', 'Teilnahme', 'Tagesordnung', 'Beratung und Beschlüsse', 'TOP 1: Begrüßung', 'TOP 3: Maßnahmenvorschläge', 'TOP N\u00a01: Vergabe', 'Aufgaben', 'Offene Aufgaben aus früheren Sitzungen', 'Genehmigung', 'Vorsitz', 'Verteiler'];
    const positions = order.map((part) => texts.findIndex((text) => text === part || (part.startsWith('TOP') && text.startsWith(part)) || (part === 'Veranstalter' && text.startsWith(part))));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('prints each decision with its result, vote text and the measure status changes it made', async () => {
    const texts = await textsOf();
    const top3 = texts.slice(indexOf(texts, 'TOP 3:'), indexOf(texts, 'TOP 4:'));
    expect(top3).toEqual(
      expect.arrayContaining([
        'Maßnahmen\tZL-06 Sprachcafé im Bürgerhaus\nZL-07 Nachbarschaftsfest Phoenix-Viertel',
        'Frau Karaca stellt die Vorschläge aus der Planungswerkstatt vor.\nDas Sprachcafé soll an zwei Standorten beginnen.',
        'Herr Brandt fragt nach den Kosten; die Verwaltung nennt rund 12.000 Euro im Jahr aus dem Quartiersfonds.',
        'Beschluss',
        'Ergebnis\tangenommen',
        'Abstimmung\t5 Ja, 1 Nein, 1 Enthaltung',
        'Maßnahmenstatus\tZL-06: in Beratung → empfohlen\nZL-07: in Beratung → empfohlen',
      ]),
    );
    expect(texts).toEqual(expect.arrayContaining(['Abstimmung\teinstimmig', 'Abstimmung\tSPD, GRÜNE gegen CDU bei Enthaltung FDP', 'Ergebnis\tangenommen mit Änderungen', 'Drucksache\t21-2433', 'Ergebnis\tzur Kenntnis genommen', 'Ergebnis\tvertagt']));
    expect(texts).toContain('Drucksachen\t21-2433');
  });

  it('marks the agenda with its own numbers and the non-public item', async () => {
    const { xml } = await pack(buildMinutes(input()));
    const agenda = /<w:tbl>(?:(?!<w:tbl>)[\s\S])*?w:val="LbwTable"[\s\S]*?<\/w:tbl>/.exec(xml)?.[0] ?? '';
    const rows = [...agenda.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((row) => paragraphTexts(row[0]));
    expect(rows[0]).toEqual(['TOP', 'Gegenstand']);
    expect(rows.map((row) => row[0])).toEqual(['TOP', '1', '2', '3', '4', '5', 'Ö\u00a06.1', 'N\u00a01']);
    expect(rows.at(-1)?.[1]).toBe('Vergabe aus dem Verfügungsfonds Integration (nicht öffentlich)');
  });

  it('lists action items with who and by when, and carries the open ones of earlier meetings', async () => {
    const texts = await textsOf();
    const tasks = texts.slice(indexOf(texts, 'Aufgaben'));
    expect(tasks).toEqual(expect.arrayContaining(['Standorte für das Sprachcafé mit dem Bürgerhaus abstimmen', 'Fatma Karaca', '15.01.2027', 'offen']));
    const carried = tasks.slice(indexOf(tasks, 'Offene Aufgaben aus früheren Sitzungen'));
    expect(carried).toEqual(expect.arrayContaining(['15.10.2026', 'Raum für die Integrationskonferenz 2027 anfragen', 'Torsten Meyer', '15.11.2026', 'überfällig']));
  });

  it('says a draft is not yet approved, in the text and in the header', async () => {
    const packed = await pack(buildMinutes(input()));
    expect(paragraphTexts(packed.xml)).toContain('Das Protokoll ist noch nicht genehmigt; es wird in der nächsten Sitzung zur Genehmigung vorgelegt.');
    expect(paragraphTexts(await packed.part('word/header1.xml')).join('')).toBe('Bezirksamt Harburg\tProtokoll (Entwurf)');
  });

  it('notes the approval and the corrections recorded since', async () => {
    const packed = await pack(buildMinutes(input({ meeting: fixtureApprovedMeeting, approvedInMeetingTitle: '5. Sitzung' })));
    const texts = paragraphTexts(packed.xml);
    expect(texts).toContain('Das Protokoll wurde in der 5. Sitzung am 14. Januar 2027 genehmigt.');
    expect(texts).toContain('Berichtigung vom 14.01.2027 zu TOP 3, eingetragen von Julia Brandes:');
    expect(texts).toContain('Die Kosten des Sprachcafés betragen rund 14.000 Euro im Jahr (nicht 12.000 Euro).');
    expect(texts).toContain('Grund: Zahlendreher, von Herrn Brandt in der 5. Sitzung angemerkt');
    expect(paragraphTexts(await packed.part('word/header1.xml')).join('')).toBe('Bezirksamt Harburg\tProtokoll');
  });

  it('has signature lines for chair and minute-taker and a distribution list (members by default, or as given)', async () => {
    const texts = await textsOf();
    expect(texts).toEqual(expect.arrayContaining(['Petra Albers', 'Vorsitz', 'Julia Brandes (Bezirksamt Harburg)', 'Protokollführung']));
    const distribution = texts[indexOf(texts, 'Verteiler') + 1];
    expect(distribution?.split('\n')).toEqual(['Petra Albers', 'Torsten Meyer', 'Deniz Yıldırım', 'Anna Sommer', 'Jan-Hendrik Brandt', 'Claudia Wendt', 'Markus Ehlers', 'Fatma Karaca']);
    const given = await textsOf({ distribution: ['Mitglieder der AG', 'Sozialausschuss'] });
    expect(given[indexOf(given, 'Verteiler') + 1]).toBe('Mitglieder der AG\nSozialausschuss');
  });

  it('items are Heading 2, sections Heading 1, so Word’s navigation shows the agenda', async () => {
    const paragraphs = paragraphsXml((await pack(buildMinutes(input()))).xml);
    const headings = paragraphs.filter((p) => styleOf(p) === 'Heading2').map(paragraphText);
    expect(headings.slice(0, 7)).toEqual([
      'TOP 1: Begrüßung und Feststellung der Beschlussfähigkeit',
      'TOP 2: Genehmigung des Protokolls der 3. Sitzung',
      'TOP 3: Maßnahmenvorschläge im Handlungsfeld „Zusammenleben in Harburg“',
      'TOP 4: Interfraktioneller Antrag „Maßnahmen 2027–2028“',
      'TOP 5: Bericht aus dem Harburger Integrationsrat',
      'TOP Ö\u00a06.1: Verschiedenes: Termin der Integrationskonferenz 2027',
      'TOP N\u00a01: Vergabe aus dem Verfügungsfonds Integration (nicht öffentlich)',
    ]);
  });
});

describe('the public version of the minutes', () => {
  it('keeps the non-public item’s number and title but leaves out its contents, decision, action items and corrections', async () => {
    const full = (await textsOf({ meeting: fixtureApprovedMeeting })).join('\n');
    const packed = await pack(buildMinutes(input({ meeting: { ...fixtureApprovedMeeting, corrections: [...fixtureApprovedMeeting.corrections, { ...fixtureApprovedMeeting.corrections[0]!, id: 52, agendaItemId: 17, text: 'Geheime Summe 4.711 Euro.' }] }, publicVersion: true })));
    const texts = paragraphTexts(packed.xml);
    const all = texts.join('\n');
    for (const secret of ['Kostenpläne vertraulich', 'Nachbarn e. V.', '21-2450', '6 Ja, 0 Nein, 1 Enthaltung', 'Geheime Summe']) {
      expect(full.includes(secret) || secret === 'Geheime Summe').toBe(true);
      expect(all).not.toContain(secret);
    }
    expect(texts).toContain('TOP N\u00a01: Vergabe aus dem Verfügungsfonds Integration (nicht öffentlich)');
    expect(texts).toContain('Die Beratung dieses Tagesordnungspunktes war nicht öffentlich; ihr Inhalt wird in dieser Fassung nicht wiedergegeben.');
    expect(texts).toContain('Öffentliche Fassung');
    expect(all).toContain('SPD, GRÜNE gegen CDU bei Enthaltung FDP');
    expect(all).toContain('Die Kosten des Sprachcafés betragen rund 14.000 Euro');
    expect(paragraphTexts(await packed.part('word/header1.xml')).join('')).toBe('Bezirksamt Harburg\tProtokoll (öffentliche Fassung)');
  });
});

describe('minutes options', () => {
  it('writes the vote from the vote itself when no vote text was saved, and can drop the draft mark', async () => {
    const agenda = fixtureMeeting.agenda.map((item) => (item.decision ? { ...item, decision: { ...item.decision, voteText: '' } } : item));
    const packed = await pack(buildMinutes(input({ meeting: { ...fixtureMeeting, agenda }, draft: false })));
    expect(paragraphTexts(packed.xml)).toEqual(expect.arrayContaining(['Abstimmung\teinstimmig', 'Abstimmung\t5 Ja, 1 Nein, 1 Enthaltung', 'Abstimmung\tSPD, GRÜNE gegen CDU bei Enthaltung FDP']));
    expect(paragraphTexts(await packed.part('word/header1.xml')).join('')).toBe('Bezirksamt Harburg\tProtokoll');
  });

  it('leaves tasks carried from a non-public item of an earlier meeting out of the public version', async () => {
    const carried = [...fixtureMeeting.carriedActionItems, { ...fixtureMeeting.carriedActionItems[0]!, id: 39, title: 'Vertrag der Honorarkraft prüfen', nonPublic: true }];
    const meeting = { ...fixtureMeeting, carriedActionItems: carried };
    const full = paragraphTexts((await pack(buildMinutes(input({ meeting })))).xml).join('\n');
    const published = paragraphTexts((await pack(buildMinutes(input({ meeting, publicVersion: true })))).xml).join('\n');
    expect(full).toContain('Vertrag der Honorarkraft prüfen');
    expect(published).not.toContain('Vertrag der Honorarkraft prüfen');
    expect(published).toContain('Raum für die Integrationskonferenz 2027 anfragen');
  });
});
