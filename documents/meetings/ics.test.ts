import { describe, expect, it } from 'vitest';
import { fixtureMeeting } from './fixtures';
import { meetingIcs, meetingUid } from './ics';
import { foldLine } from './ics-format';

/** A tiny reader for what we write: unfold, split into properties, unescape TEXT values. */
interface Property {
  readonly name: string;
  readonly params: Readonly<Record<string, string>>;
  readonly value: string;
}

const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');
const unescape = (value: string) => value.replace(/\\([\\;,nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));

function parse(text: string): Property[] {
  return unfold(text)
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => {
      const colon = line.indexOf(':');
      const [name = '', ...params] = line.slice(0, colon).split(';');
      return { name, params: Object.fromEntries(params.map((param) => param.split('=') as [string, string])), value: line.slice(colon + 1) };
    });
}

/** The properties of the VEVENT (not the time zone's). */
function event(text: string): Map<string, Property> {
  const properties = parse(text);
  const start = properties.findIndex((p) => p.name === 'BEGIN' && p.value === 'VEVENT');
  const end = properties.findIndex((p) => p.name === 'END' && p.value === 'VEVENT');
  return new Map(properties.slice(start + 1, end).map((p) => [p.name, p]));
}

const UID = '3f2c9a1e-7b4d-4e8f-9a06-5c1d2e3f4a5b';
const options = { districtName: 'Bezirksamt Harburg', stampedAt: new Date('2026-11-12T09:15:30.123Z'), calendar: { uid: UID, sequence: 0 } };
const octets = (line: string) => new TextEncoder().encode(line).length;

describe('the meeting as an iCalendar file', () => {
  const ics = meetingIcs(fixtureMeeting, options);

  it('is a VCALENDAR with CRLF line ends, METHOD:PUBLISH, PRODID and a Europe/Berlin VTIMEZONE with CET and CEST rules', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const names = parse(ics).map((p) => `${p.name}:${p.value}`);
    expect(names).toEqual(expect.arrayContaining(['METHOD:PUBLISH', 'PRODID:-//Leitbild-Werkstatt//Sitzungen//DE', 'TZID:Europe/Berlin', 'TZNAME:CEST', 'TZNAME:CET', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU']));
    expect(names.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
  });

  it('gives the times in Berlin time, the stamp in UTC and the meeting\'s stored random UID with its SEQUENCE', () => {
    const properties = event(ics);
    expect(properties.get('DTSTART')).toEqual({ name: 'DTSTART', params: { TZID: 'Europe/Berlin' }, value: '20261126T180000' });
    expect(properties.get('DTEND')).toEqual({ name: 'DTEND', params: { TZID: 'Europe/Berlin' }, value: '20261126T201500' });
    expect(properties.get('DTSTAMP')?.value).toBe('20261112T091530Z');
    expect(properties.get('UID')?.value).toBe(`${UID}@harburg.leitbild-werkstatt`);
    expect(properties.get('SEQUENCE')?.value).toBe('0');
    // A changed meeting sent again: same UID, the higher SEQUENCE the app stored for it, so Outlook replaces the entry.
    const resent = event(meetingIcs({ ...fixtureMeeting, place: 'Bürgerhaus' }, { ...options, stampedAt: new Date(), calendar: { uid: UID, sequence: 1 } }));
    expect(resent.get('UID')?.value).toBe(`${UID}@harburg.leitbild-werkstatt`);
    expect(resent.get('SEQUENCE')?.value).toBe('1');
    expect(meetingUid(UID, 'Bezirksamt Hamburg-Nord')).toBe(`${UID}@hamburg-nord.leitbild-werkstatt`);
  });

  it('lasts two hours when the meeting has no end, also across midnight and the change to summer time', () => {
    expect(event(meetingIcs({ ...fixtureMeeting, endsAt: null }, options)).get('DTEND')?.value).toBe('20261126T200000');
    expect(event(meetingIcs({ ...fixtureMeeting, startsAt: '2026-12-31T23:00', endsAt: null }, options)).get('DTEND')?.value).toBe('20270101T010000');
    const summer = event(meetingIcs({ ...fixtureMeeting, startsAt: '2027-03-28T01:00', endsAt: null }, options));
    expect([summer.get('DTSTART')?.value, summer.get('DTEND')?.value]).toEqual(['20270328T010000', '20270328T030000']);
  });

  it('carries summary, place, online link and a description with focus topic and agenda, umlauts intact', () => {
    const properties = event(ics);
    expect(unescape(properties.get('SUMMARY')?.value ?? '')).toBe('4. Sitzung der Arbeitsgruppe Integrationskonzept');
    expect(unescape(properties.get('LOCATION')?.value ?? '')).toBe('Rathaus Harburg, Sitzungssaal 101, Harburger Rathausplatz 1, 21073 Hamburg');
    expect(properties.get('URL')?.value).toBe('https://meet.hamburg.de/ag-integration-4');
    const description = unescape(properties.get('DESCRIPTION')?.value ?? '');
    expect(description.split('\n')).toEqual([
      'Schwerpunkt: Maßnahmen für das Handlungsfeld „Zusammenleben in Harburg“',
      '',
      'Tagesordnung:',
      'TOP 1: Begrüßung und Feststellung der Beschlussfähigkeit',
      'TOP 2: Genehmigung des Protokolls der 3. Sitzung',
      'TOP 3: Maßnahmenvorschläge im Handlungsfeld „Zusammenleben in Harburg“',
      'TOP 4: Interfraktioneller Antrag „Maßnahmen 2027–2028“',
      'TOP 5: Bericht aus dem Harburger Integrationsrat',
      'TOP Ö 6.1: Verschiedenes: Termin der Integrationskonferenz 2027',
      'TOP N 1: Vergabe aus dem Verfügungsfonds Integration (nicht öffentlich)',
      '',
      'Online-Teilnahme: https://meet.hamburg.de/ag-integration-4',
    ]);
    expect(unescape(event(meetingIcs(fixtureMeeting, { ...options, publicOnly: true })).get('DESCRIPTION')?.value ?? '')).not.toContain('Verfügungsfonds');
  });

  it('uses the online link as the place of an online-only meeting', () => {
    const properties = event(meetingIcs({ ...fixtureMeeting, place: '' }, options));
    expect(properties.get('LOCATION')?.value).toBe('https://meet.hamburg.de/ag-integration-4');
  });

  it('escapes backslash, semicolon, comma and line breaks in text', () => {
    const tricky = { ...fixtureMeeting, title: 'Sitzung; Teil 1, mit \\ und\nZeile', bodyName: '', agenda: [], focusTopic: '' , onlineLink: ''};
    const raw = unfold(meetingIcs(tricky, options));
    expect(raw).toContain('SUMMARY;LANGUAGE=de:Sitzung\\; Teil 1\\, mit \\\\ und\\nZeile');
    expect(unescape(event(meetingIcs(tricky, options)).get('SUMMARY')?.value ?? '')).toBe('Sitzung; Teil 1, mit \\ und\nZeile');
    expect(raw).not.toContain('DESCRIPTION');
  });

  it('folds every line at 75 octets without splitting a multi-byte character', () => {
    const long = { ...fixtureMeeting, focusTopic: `${'Zusammenleben ü ß ğ ş İ محمد 🤝🏽 '.repeat(12)}Ende` };
    const text = meetingIcs(long, options);
    const lines = text.split('\r\n').slice(0, -1);
    expect(lines.every((line) => octets(line) <= 75)).toBe(true);
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(5);
    // A decoder that rejects broken UTF-8 reads every physical line: no character was cut in two.
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const line of lines) expect(() => decoder.decode(new TextEncoder().encode(line))).not.toThrow();
    expect(unescape(event(text).get('DESCRIPTION')?.value ?? '')).toContain(long.focusTopic);
  });

  it('folds at exactly 75 octets, continuation lines starting with one space', () => {
    const folded = foldLine(`DESCRIPTION:${'ä'.repeat(60)}`).split('\r\n');
    expect(folded.map(octets)).toEqual([74, 59]);
    expect(foldLine('X'.repeat(75))).toBe('X'.repeat(75));
    expect(foldLine('X'.repeat(76)).split('\r\n')).toEqual(['X'.repeat(75), ' X']);
  });
});

describe('folding and escapes', () => {
  it('never splits an escape sequence across lines', () => {
    for (let pad = 0; pad < 4; pad++) {
      const lines = foldLine(`DESCRIPTION:${'x'.repeat(60 + pad)}\\n\\;\\,\\\\${'y'.repeat(20)}`).split('\r\n');
      expect(lines.every((line) => !/(^|[^\\])(\\\\)*\\$/.test(line))).toBe(true);
      expect(lines.join('').replace(/ /g, '')).toContain('\\n\\;\\,\\\\');
    }
  });
});
