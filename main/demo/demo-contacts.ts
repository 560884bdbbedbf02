import type { BodyKind, MembershipRole, OrganizationKind } from '../../contract';

/**
 * Demo contacts: all invented. Names from the communities of a Hamburg district; addresses on
 * example.org; phone numbers from the 040 555 range no one answers.
 */
export const demoOrganizations: ReadonlyArray<{ name: string; kind: OrganizationKind; street?: string; postalCode?: string }> = [
  { name: 'Bezirksamt Harburg, Fachamt Sozialraummanagement', kind: 'behoerde', street: 'Harburger Rathausplatz 4', postalCode: '21073' },
  { name: 'Nachbarschaftstreff Phoenix-Viertel e. V.', kind: 'verein', postalCode: '21073' },
  { name: 'Migrationsberatung Süderelbe gGmbH', kind: 'traeger', postalCode: '21075' },
  { name: 'Türkisch-Islamische Gemeinde Harburg', kind: 'religionsgemeinschaft', postalCode: '21073' },
  { name: 'Polnische Katholische Mission Harburg', kind: 'religionsgemeinschaft', postalCode: '21079' },
  { name: 'Stadtteilschule am Kanal (Demo)', kind: 'schule', postalCode: '21079' },
  { name: 'Elterninitiative Sprachbrücke', kind: 'initiative', postalCode: '21077' },
  { name: 'Handwerksbetrieb Demir & Söhne', kind: 'unternehmen', postalCode: '21079' },
  { name: 'Arabisch-Deutscher Kulturverein Süderelbe', kind: 'verein', postalCode: '21075' },
  { name: 'Russischsprachiger Elternverein Harburg', kind: 'verein', postalCode: '21077' },
];

export const demoBodies: ReadonlyArray<{ name: string; kind: BodyKind; shortName?: string; nameGenitive?: string }> = [
  { name: 'Harburger Integrationsrat', kind: 'integrationsrat', shortName: 'HIR', nameGenitive: 'des Harburger Integrationsrats' },
  { name: 'Arbeitsgruppe Integrationskonzept', kind: 'arbeitsgruppe', shortName: 'AG', nameGenitive: 'der Arbeitsgruppe Integrationskonzept' },
  { name: 'Sozialausschuss', kind: 'sozialausschuss', nameGenitive: 'des Sozialausschusses' },
  { name: 'Bezirksversammlung Harburg', kind: 'bezirksversammlung', shortName: 'BV', nameGenitive: 'der Bezirksversammlung Harburg' },
  { name: 'SPD-Fraktion', kind: 'fraktion', shortName: 'SPD' },
  { name: 'CDU-Fraktion', kind: 'fraktion', shortName: 'CDU' },
  { name: 'Fraktion GRÜNE', kind: 'fraktion', shortName: 'GRÜNE' },
  { name: 'FDP-Fraktion', kind: 'fraktion', shortName: 'FDP' },
  { name: 'Fraktion DIE LINKE', kind: 'fraktion', shortName: 'LINKE' },
];

// Women's names at even places, men's at odd ones (family names with a female form too): the salutation follows the place.
const FIRST = [
  'Ayşe', 'Mehmet', 'Zeynep', 'Emre', 'Fatma', 'Yusuf', 'Leyla', 'Reza', 'Darya', 'Omid', 'Nadia', 'Karim', 'Rania', 'Samir', 'Małgorzata',
  'Piotr', 'Agnieszka', 'Tomasz', 'Olga', 'Dmitri', 'Swetlana', 'Igor', 'Anke', 'Jürgen', 'Birgit', 'Hans-Peter', 'Kerstin', 'Sören', 'Amina', 'Kwame',
];
const LAST = [
  'Özdemir', 'Yılmaz', 'Kaya', 'Şahin', 'Demir', 'Arslan', 'Rahimi', 'Karimi', 'Tehrani', 'Moradi', 'Haddad', 'Hussein', 'Al-Masri', 'Khalil', 'Wiśniewska',
  'Nowak', 'Zielińska', 'Kowalczyk', 'Ivanova', 'Petrov', 'Sokolova', 'Smirnov', 'Müller', 'Schröder', 'Meyer', 'Brandt', 'Jäger', 'Claußen', 'Diallo', 'Mensah',
];
const FUNCTIONS = ['Vorsitz', 'Beratung', 'Öffentlichkeitsarbeit', 'Geschäftsführung', 'Schulleitung', 'Ehrenamt', 'Projektleitung', 'Sozialarbeit', 'Mitglied', 'Koordination'];
const LANGUAGES = [['Türkisch', 'Deutsch'], ['Farsi', 'Deutsch'], ['Arabisch', 'Deutsch', 'Englisch'], ['Polnisch', 'Deutsch'], ['Russisch', 'Deutsch'], ['Deutsch'], ['Englisch', 'Französisch', 'Deutsch']];
const FRAKTIONEN = ['SPD', 'CDU', 'GRÜNE', 'FDP', 'LINKE'];

export interface DemoContact {
  readonly firstName: string;
  readonly lastName: string;
  readonly salutation: string;
  readonly function: string;
  readonly fraktion: string;
  readonly organization: number | null;
  readonly email: string;
  readonly phone: string;
  readonly languages: readonly string[];
  readonly categories: readonly string[];
  readonly consent: boolean;
  /** Memberships: body index, role, from, to. */
  readonly memberships: ReadonlyArray<{ body: number; role: MembershipRole; from: string; to: string | null }>;
}

const ascii = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').replace(/ı/g, 'i').replace(/ł/g, 'l').toLowerCase().replace(/[^a-z]+/g, '-');

/** 60 invented people: the first 30 cover every family name once; Fraktion members sit in the BV and the AG. */
export const demoContacts: readonly DemoContact[] = Array.from({ length: 60 }, (_, i) => {
  // The second 30 take the name two places on, so no two people share a name (and the gender stays).
  const firstName = FIRST[(i * 7 + 2 * Math.floor(i / LAST.length)) % FIRST.length]!;
  const lastName = LAST[i % LAST.length]!;
  const politician = i >= 40 && i < 55;
  const fraktionIndex = i % FRAKTIONEN.length;
  const fraktion = politician ? FRAKTIONEN[fraktionIndex]! : '';
  const memberships: Array<DemoContact['memberships'][number]> = [];
  if (i < 15) memberships.push({ body: 0, role: i === 0 ? 'chair' : i === 1 ? 'vice_chair' : 'member', from: '2021-03-01', to: null });
  if (i >= 15 && i < 18) memberships.push({ body: 0, role: 'member', from: '2017-03-01', to: '2021-02-28' });
  if (i === 2) memberships.push({ body: 1, role: 'council_representative', from: '2021-11-01', to: null });
  if (politician) {
    memberships.push({ body: 3, role: 'member', from: '2019-06-01', to: null });
    memberships.push({ body: 4 + fraktionIndex, role: i < 45 ? 'chair' : 'member', from: '2019-06-01', to: null });
    if (i < 48) memberships.push({ body: 1, role: i === 40 ? 'chair' : 'member', from: '2021-11-01', to: null });
    if (i === 48) memberships.push({ body: 1, role: 'deputy', from: '2021-11-01', to: null });
    if (i >= 44 && i < 52) memberships.push({ body: 2, role: i === 44 ? 'chair' : 'member', from: '2019-07-01', to: null });
  }
  if (i === 55) memberships.push({ body: 1, role: 'guest', from: '2022-02-01', to: '2022-05-31' });
  return {
    firstName,
    lastName,
    salutation: i % 2 === 0 ? 'Frau' : 'Herr',
    function: politician ? (i % 2 === 0 ? 'Bezirksabgeordnete' : 'Bezirksabgeordneter') : FUNCTIONS[i % FUNCTIONS.length]!,
    fraktion,
    organization: politician ? null : i % (demoOrganizations.length + 2) < demoOrganizations.length ? i % (demoOrganizations.length + 2) : null,
    email: `${ascii(firstName)}.${ascii(lastName)}${i >= 30 ? i : ''}@example.org`.replace(/-\./g, '.').replace(/\.-/g, '.'),
    phone: `040 555 ${String(1000 + i * 37).slice(0, 4)}`,
    languages: LANGUAGES[i % LANGUAGES.length]!,
    categories: [...(i < 18 ? ['Integrationsrat'] : []), ...(politician ? ['Politik'] : []), ...(i % 4 === 0 ? ['Newsletter'] : []), ...(i % 9 === 0 ? ['Presse'] : [])],
    consent: i % 5 !== 3,
    memberships,
  };
});
