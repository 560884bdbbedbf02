import type { CallInput } from '../../contract';
import type { MeasureStatus } from '../../contract/lifecycle';
import type { MeasureOrigin } from '../../contract/measures';

/**
 * The demo district: Harburg's fields of action as its Leitbild names them, the office from its
 * public contact page, and invented but plausible measures. No real private persons.
 */
export const demoSettings: CallInput<'settings.update'> = {
  districtName: 'Bezirksamt Harburg',
  officeName: 'Fachamt Sozialraummanagement',
  officeAddress: 'Harburger Ring 33\n21073 Hamburg',
  officePhone: '040 428 71-0',
  officeEmail: 'sozialraummanagement@harburg.hamburg.de',
  dataProtectionOfficer: 'Behördliche Datenschutzbeauftragte\nBezirksamt Harburg\nHarburger Rathausplatz 1\n21073 Hamburg\ndatenschutz@harburg.hamburg.de',
  userName: 'Demo-Verwaltung',
};

export const demoEdition: CallInput<'editions.create'> = {
  title: 'Zusammenleben in Vielfalt',
  subtitle: 'Harburger Integrationskonzept – Leitbild und Maßnahmen',
  periodFrom: 2022,
  periodTo: 2024,
  status: 'adopted',
  adoptedOn: '2022-06-28',
  drucksache: '21-2519',
  preamble:
    'Harburg ist seit Jahrzehnten ein vielfältiger Bezirk. Dieses Leitbild ist in einem partizipativen Prozess mit dem Harburger Integrationsrat, der Verwaltung, der Bezirkspolitik, Trägern, religiösen Gemeinschaften und vielen Engagierten entstanden. Die Planungswerkstatt 2021 fand pandemiebedingt online statt; eine Arbeitsgruppe des Sozialausschusses hat die Vorschläge seit November 2021 in vier Sitzungen beraten.',
  leitbildText:
    'Harburg ist ein Ort, an dem sich alle Menschen zu Hause fühlen können – unabhängig von Herkunft, Sprache, Religion oder Aufenthaltsdauer. Wir begegnen einander mit Respekt, nutzen die Vielfalt als Stärke und treten Ausgrenzung und Rassismus gemeinsam entgegen.',
  guidelines: [
    { title: 'Begegnung ermöglichen', text: 'Wir schaffen Orte und Anlässe, an denen sich alteingesessene und neu zugezogene Harburgerinnen und Harburger begegnen.' },
    { title: 'Sprache als Schlüssel', text: 'Deutsch lernen wird im Alltag, in der Familie und im Beruf unterstützt; die Herkunftssprachen werden wertgeschätzt.' },
    { title: 'Chancengleichheit in Bildung und Arbeit', text: 'Alle haben faire Zugänge zu Bildung, Ausbildung und Arbeit; mitgebrachte Qualifikationen werden anerkannt.' },
    { title: 'Gemeinsam gegen Diskriminierung', text: 'Wer Diskriminierung erfährt, findet Beratung und Unterstützung; Verwaltung und Vereine lernen dazu.' },
    { title: 'Engagement stärken', text: 'Ehrenamtliches Engagement – auch von Menschen mit Migrationsgeschichte – wird gewonnen, begleitet und anerkannt.' },
  ],
};

type DemoField = Omit<CallInput<'fieldsOfAction.create'>, 'editionId'> & { readonly measures: readonly DemoMeasure[] };

export interface DemoMeasure {
  readonly title: string;
  readonly description: string;
  readonly goal: string;
  readonly lead: string;
  readonly partners?: string;
  readonly targetGroup?: string;
  readonly status: MeasureStatus;
  readonly points?: number;
  readonly origin?: MeasureOrigin;
  readonly tags?: readonly string[];
  readonly cost?: string;
  /** Days before today of the latest progress note; none = no note. */
  readonly noteDaysAgo?: number;
  readonly note?: string;
}

const BA = 'Bezirksamt Harburg, Fachamt Sozialraummanagement';

export const demoFields: readonly DemoField[] = [
  {
    name: 'Zusammenleben in Harburg',
    shortCode: 'ZL',
    description: 'Begegnung, Nachbarschaft und ein friedliches Miteinander aller Harburgerinnen und Harburger.',
    measures: [
      { title: 'Interkulturelles Nachbarschaftsfest im Phoenix-Viertel', description: 'Jährliches Fest mit Vereinen, Moscheegemeinde, Kirchengemeinde und Schulen; Bühnenprogramm und Essen aus vielen Küchen.', goal: 'Nachbarinnen und Nachbarn unterschiedlicher Herkunft lernen sich kennen.', lead: BA, partners: 'Stadtteilbeirat Phoenix-Viertel, Lokale Partnerschaften Harburg', status: 'implementing', points: 31, tags: ['Begegnung', 'Nachbarschaft'], cost: '8.000 € jährlich', noteDaysAgo: 24, note: 'Fest am 6. September mit rund 900 Gästen; 14 Vereine beteiligt.' },
      { title: 'Begegnungscafé in der Bücherhalle Harburg', description: 'Wöchentliches offenes Café mit Spielen, Lesungen und Gesprächsrunden in mehreren Sprachen.', goal: 'Ein niedrigschwelliger Treffpunkt in der Innenstadt.', lead: 'Bücherhallen Hamburg, Standort Harburg', partners: 'Harburger Integrationsrat', status: 'implementing', points: 22, tags: ['Begegnung'], noteDaysAgo: 130, note: 'Café läuft donnerstags; Ehrenamtliche für die Sommerpause gesucht.' },
      { title: 'Mehrsprachige Willkommensmappe für Neuzugezogene', description: 'Mappe mit Angeboten im Bezirk auf Deutsch, Englisch, Türkisch, Arabisch, Farsi, Russisch und Ukrainisch.', goal: 'Neu Zugezogene finden schnell Beratung, Sprachkurse und Vereine.', lead: BA, status: 'completed', points: 18, tags: ['Information', 'Mehrsprachigkeit'], noteDaysAgo: 400, note: 'Auflage von 5.000 Exemplaren verteilt; digitale Fassung online.' },
      { title: 'Stadtteilspaziergänge „Harburg entdecken“ für Geflüchtete', description: 'Geführte Spaziergänge zu Beratungsstellen, Sportvereinen, Bücherhalle und Kulturorten.', goal: 'Orientierung im Bezirk in den ersten Monaten.', lead: 'Harburger Integrationsrat', status: 'adopted', points: 15, tags: ['Geflüchtete', 'Orientierung'] },
      { title: 'Interreligiöser Dialog am Runden Tisch der Religionen', description: 'Vierteljährliche Treffen der Gemeinden mit gemeinsamen Aktionen, z. B. Tag der offenen Tür.', goal: 'Vertrauen zwischen den Religionsgemeinschaften stärken.', lead: 'Runder Tisch der Religionen Harburg', status: 'implementing', points: 12, tags: ['Religion', 'Dialog'], noteDaysAgo: 210, note: 'Zwei Treffen 2025; Tag der offenen Moschee gemeinsam beworben.' },
      { title: 'Offene Sportangebote in Neuwiedenthal', description: 'Kostenfreie Sportstunden am Wochenende in der Schulsporthalle, angeleitet von Übungsleitungen mit Migrationsgeschichte.', goal: 'Sport als Brücke zwischen Jugendlichen verschiedener Herkunft.', lead: 'TSV Neuwiedenthal', status: 'recommended', points: 19, origin: 'consultation', tags: ['Sport', 'Jugend'] },
      { title: 'Seniorentreff „Gemeinsam statt einsam“', description: 'Treff für ältere Menschen mit und ohne Migrationsgeschichte, mit Begleitung in Türkisch und Russisch.', goal: 'Einsamkeit im Alter mindern.', lead: 'Seniorentreff Harburg-Mitte', status: 'in_review', points: 14, origin: 'consultation', tags: ['Senioren', 'Begegnung'] },
      { title: 'Kulturfestival „Harburger Vielfalt“', description: 'Festival mit Musik, Lesungen und Theater von Harburger Künstlerinnen und Künstlern.', goal: 'Kulturelle Vielfalt sichtbar machen.', lead: 'Kulturnetz Harburg', status: 'proposed', points: 9, tags: ['Kultur'] },
    ],
  },
  {
    name: 'Deutsch als Sprache',
    shortCode: 'DS',
    description: 'Sprachkurse, Sprachcafés und mehrsprachige Informationen als Schlüssel zur Teilhabe.',
    measures: [
      { title: 'Sprachcafés in Stadtteilzentren ausweiten', description: 'Sprachcafés in drei weiteren Stadtteilzentren; Ehrenamtliche werden geschult und begleitet.', goal: 'Deutsch im Alltag üben, ohne Kursgebühr.', lead: 'Stadtteilzentren Harburg', partners: 'Ehrenamtsbörse Harburg', status: 'implementing', points: 34, tags: ['Sprache', 'Ehrenamt'], noteDaysAgo: 12, note: 'Drittes Sprachcafé in Wilhelmsburg-Süd gestartet, im Schnitt 18 Teilnehmende.' },
      { title: 'Sprachkurse mit Kinderbetreuung für Mütter', description: 'Integrationskurse am Vormittag mit paralleler Kinderbetreuung in Kitas und Familienzentren.', goal: 'Mütter mit kleinen Kindern erreichen die Sprachkurse.', lead: 'Volkshochschule Hamburg, Regionalbüro Harburg', partners: 'Eltern-Kind-Zentren', targetGroup: 'Mütter mit Kindern unter 3 Jahren', status: 'implementing', points: 29, tags: ['Sprache', 'Familie'], cost: '24.000 € (Landesmittel)', noteDaysAgo: 45, note: 'Zwei Kurse belegt, Warteliste mit 31 Frauen.' },
      { title: 'Sprachpatenschaften über die Ehrenamtsbörse', description: 'Vermittlung von Sprachpatinnen und -paten für Einzelne und Familien.', goal: 'Individuelle Begleitung beim Deutschlernen.', lead: 'Ehrenamtsbörse Harburg', status: 'adopted', points: 16, tags: ['Sprache', 'Ehrenamt'] },
      { title: 'Mehrsprachige Elternabende an Grundschulen', description: 'Elternabende mit Sprachmittlung in den häufigsten Familiensprachen.', goal: 'Eltern verstehen Schule und können mitwirken.', lead: 'Regionale Bildungskonferenz Harburg', status: 'submitted', points: 21, tags: ['Schule', 'Familie', 'Mehrsprachigkeit'] },
      { title: 'Deutsch am Arbeitsplatz für Pflegekräfte', description: 'Berufsbezogene Sprachkurse für Beschäftigte in der Pflege, in Zusammenarbeit mit Pflegediensten.', goal: 'Fachsprache sicher beherrschen.', lead: 'Pflegeschule Harburg', status: 'recommended', points: 17, tags: ['Sprache', 'Arbeit'] },
      { title: 'Leichte Sprache in Schreiben des Bezirksamts', description: 'Häufige Bescheide und Einladungen werden zusätzlich in Leichter Sprache angeboten.', goal: 'Verwaltungsschreiben verständlich machen.', lead: BA, status: 'deferred', points: 11, origin: 'working_group', tags: ['Verwaltung', 'Information'] },
      { title: 'Digitales Sprachlernangebot in den Bücherhallen', description: 'Lernplätze mit Sprach-Apps und Begleitung durch Ehrenamtliche.', goal: 'Selbstlernen mit Unterstützung.', lead: 'Bücherhallen Hamburg, Standort Harburg', status: 'in_review', points: 8, tags: ['Sprache', 'Digitales'] },
      { title: 'Lesepatenschaften in Kitas', description: 'Ehrenamtliche lesen in Kitas vor, auch in den Familiensprachen der Kinder.', goal: 'Freude an Sprache früh wecken.', lead: 'Kita-Verbund Harburg', status: 'proposed', points: 7, tags: ['Kinder', 'Sprache'] },
    ],
  },
  {
    name: 'Arbeit und Bildung',
    shortCode: 'AB',
    description: 'Zugang zu Ausbildung, Arbeit und Anerkennung von Abschlüssen; Bildungswege für alle Altersgruppen.',
    measures: [
      { title: 'Anerkennungsberatung für ausländische Berufsabschlüsse', description: 'Monatliche Sprechstunde der Anerkennungsberatung im Bezirksamt, mit Sprachmittlung.', goal: 'Mitgebrachte Qualifikationen werden genutzt.', lead: 'Zentrale Anlaufstelle Anerkennung', partners: 'Jobcenter Harburg', status: 'implementing', points: 27, tags: ['Arbeit', 'Anerkennung'], noteDaysAgo: 60, note: '42 Beratungen im Halbjahr; häufigste Berufe: Pflege, Elektrotechnik, Lehramt.' },
      { title: 'Ausbildungsmesse „Harburg bildet aus“', description: 'Ausbildungsmesse mit Harburger Betrieben, Migrantenorganisationen beraten Eltern.', goal: 'Jugendliche und Eltern kennen die Ausbildungswege.', lead: 'Agentur für Arbeit Hamburg, Geschäftsstelle Harburg', status: 'completed', points: 20, tags: ['Ausbildung', 'Jugend'], noteDaysAgo: 500, note: 'Messe mit 48 Ausstellern und rund 1.200 Besucherinnen und Besuchern.' },
      { title: 'Mentoring für Schülerinnen und Schüler mit Fluchtgeschichte', description: 'Studierende der TU Hamburg begleiten Jugendliche beim Übergang Schule–Beruf.', goal: 'Mehr Ausbildungsabschlüsse.', lead: 'TU Hamburg, Mentoringprogramm', status: 'implementing', points: 23, tags: ['Bildung', 'Jugend', 'Geflüchtete'], noteDaysAgo: 100, note: '25 Tandems aktiv; Abschlussveranstaltung geplant.' },
      { title: 'Jobcafé für geflüchtete Frauen', description: 'Offenes Café mit Bewerbungshilfe, Kinderbetreuung und Kontakt zu Betrieben.', goal: 'Frauen finden Arbeit oder Ausbildung.', lead: 'Jobcenter Harburg', status: 'adopted', points: 18, tags: ['Arbeit', 'Frauen', 'Geflüchtete'] },
      { title: 'Berufsorientierung in Internationalen Vorbereitungsklassen', description: 'Betriebsbesuche und Praktika für Jugendliche in den Vorbereitungsklassen.', goal: 'Frühe Orientierung für neu zugewanderte Jugendliche.', lead: 'Berufliche Schule Harburg', status: 'submitted', points: 15, tags: ['Bildung', 'Jugend'] },
      { title: 'Qualifizierung von Kulturmittlerinnen und Kulturmittlern', description: 'Schulung von Menschen mit Migrationsgeschichte, die Familien zu Schule und Behörden begleiten.', goal: 'Brücken zwischen Familien und Institutionen.', lead: 'Verikom – Verbund für interkulturelle Kommunikation', status: 'recommended', points: 13, tags: ['Bildung', 'Mehrsprachigkeit'] },
      { title: 'Gründungsberatung auf Türkisch und Arabisch', description: 'Beratung zur Existenzgründung in Herkunftssprachen.', goal: 'Selbstständigkeit ermöglichen.', lead: 'Handelskammer Hamburg', status: 'rejected', points: 6, tags: ['Arbeit'] },
      { title: 'Praktikumsbörse bei Harburger Betrieben', description: 'Online-Börse für Praktikumsplätze mit Filter für Sprachkenntnisse.', goal: 'Einstieg über Praktika erleichtern.', lead: 'Wirtschaftsverein Harburg', status: 'proposed', points: 10, tags: ['Arbeit', 'Digitales'] },
    ],
  },
  {
    name: 'Antidiskriminierung',
    shortCode: 'AD',
    description: 'Schutz vor Rassismus und Ausgrenzung, Beratung und Begleitung bei Diskriminierung.',
    measures: [
      { title: 'Sprechstunde bei Diskriminierung im Bezirk', description: 'Wöchentliche Beratung für Menschen, die Diskriminierung erfahren, mit Begleitung zu weiteren Stellen.', goal: 'Betroffene erhalten schnell Unterstützung.', lead: 'Harburger Integrationsrat', partners: 'Antidiskriminierungsberatung Hamburg', status: 'implementing', points: 26, origin: 'consultation', tags: ['Beratung', 'Rassismus'], noteDaysAgo: 8, note: '17 Beratungen seit Jahresbeginn, vor allem zu Wohnungssuche und Arbeitsplatz.' },
      { title: 'Fortbildung interkulturelle Kompetenz für das Bezirksamt', description: 'Verpflichtende Fortbildung für Beschäftigte mit Publikumsverkehr.', goal: 'Diskriminierungsfreie Verwaltung.', lead: BA, status: 'implementing', points: 21, tags: ['Verwaltung', 'Fortbildung'], noteDaysAgo: 160, note: 'Drei Schulungstermine durchgeführt, 64 Beschäftigte teilgenommen.' },
      { title: 'Kampagne „Harburg gegen Rassismus“', description: 'Plakate, Social Media und Aktionstage während der Internationalen Wochen gegen Rassismus.', goal: 'Haltung zeigen und Betroffene ermutigen.', lead: 'Harburger Integrationsrat', status: 'continued', points: 24, tags: ['Rassismus', 'Öffentlichkeit'], noteDaysAgo: 250, note: 'Aktionswochen im März mit 12 Partnern; Fortführung in der nächsten Ausgabe beschlossen.' },
      { title: 'Meldestelle für diskriminierende Vorfälle', description: 'Online-Formular und Telefon, mehrsprachig; jährlicher Bericht an den Sozialausschuss.', goal: 'Vorfälle sichtbar machen.', lead: BA, status: 'recommended', points: 17, tags: ['Beratung', 'Digitales'] },
      { title: 'Workshops gegen Rassismus an Schulen', description: 'Projekttage für 7. und 8. Klassen mit externen Teams.', goal: 'Jugendliche erkennen und widersprechen Rassismus.', lead: 'Regionale Bildungskonferenz Harburg', status: 'adopted', points: 20, tags: ['Schule', 'Rassismus'] },
      { title: 'Vielfaltscheck für bezirkliche Förderungen', description: 'Kriterien zu Diversität und Zugänglichkeit bei der Vergabe bezirklicher Mittel.', goal: 'Fördermittel erreichen alle Gruppen.', lead: BA, status: 'in_review', points: 9, origin: 'working_group', tags: ['Verwaltung'] },
      { title: 'Antidiskriminierungstraining für Sportvereine', description: 'Trainings für Übungsleitungen und Vorstände.', goal: 'Vereine als sichere Orte.', lead: 'Hamburger Sportbund', status: 'discontinued', points: 11, tags: ['Sport', 'Fortbildung'], noteDaysAgo: 300, note: 'Eingestellt: Förderung des Landes entfallen, Inhalte in Fortbildung der Vereine übernommen.' },
      { title: 'Anonymisierte Bewerbungsverfahren im Bezirksamt', description: 'Pilotverfahren mit anonymisierten Bewerbungen für Ausbildungsplätze.', goal: 'Chancengleichheit bei der Einstellung.', lead: BA, status: 'rejected', points: 8, tags: ['Verwaltung', 'Arbeit'] },
    ],
  },
  {
    name: 'Ehrenamt',
    shortCode: 'EA',
    description: 'Freiwilliges Engagement stärken, Ehrenamtliche gewinnen, qualifizieren und anerkennen.',
    measures: [
      { title: 'Ehrenamtsbörse Harburg mit mehrsprachigem Angebot', description: 'Vermittlung von Engagement-Möglichkeiten, Beratung auch auf Englisch, Türkisch und Arabisch.', goal: 'Mehr Menschen finden ein passendes Engagement.', lead: 'Ehrenamtsbörse Harburg', partners: BA, status: 'implementing', points: 25, tags: ['Ehrenamt', 'Mehrsprachigkeit'], noteDaysAgo: 33, note: '58 Vermittlungen im laufenden Jahr, davon 21 an Menschen mit Migrationsgeschichte.' },
      { title: 'Anerkennungsabend für Ehrenamtliche', description: 'Jährlicher Empfang mit Ehrung langjähriger Engagierter.', goal: 'Wertschätzung zeigen.', lead: BA, status: 'completed', points: 12, tags: ['Ehrenamt', 'Anerkennung'], noteDaysAgo: 380, note: 'Empfang im Rathaus Harburg mit 150 Gästen.' },
      { title: 'Qualifizierung Ehrenamtlicher in der Flüchtlingshilfe', description: 'Fortbildungsreihe zu Asylrecht, Trauma und interkultureller Kommunikation.', goal: 'Ehrenamtliche sicher begleiten.', lead: 'Lokale Partnerschaften Harburg', status: 'implementing', points: 19, tags: ['Ehrenamt', 'Geflüchtete', 'Fortbildung'], noteDaysAgo: 95, note: 'Vier Module angeboten; Modul Asylrecht stark nachgefragt.' },
      { title: 'Ehrenamtskarte für Engagierte mit Migrationsgeschichte', description: 'Bewerbung der Hamburger Ehrenamtskarte in Migrantenorganisationen.', goal: 'Engagement sichtbar machen und belohnen.', lead: 'Harburger Integrationsrat', status: 'submitted', points: 10, tags: ['Ehrenamt', 'Anerkennung'] },
      { title: 'Migrantenorganisationen als Träger stärken', description: 'Beratung zu Vereinsgründung, Förderanträgen und Buchhaltung.', goal: 'Migrantenorganisationen werden Projektträger.', lead: 'Verikom – Verbund für interkulturelle Kommunikation', status: 'recommended', points: 22, origin: 'forum', tags: ['Ehrenamt', 'Vereine'] },
      { title: 'Freiwilligentag „Harburg packt an“', description: 'Ein Tag mit gemeinsamen Aktionen in Kitas, Parks und Einrichtungen.', goal: 'Neue Engagierte gewinnen.', lead: 'Ehrenamtsbörse Harburg', status: 'deferred', points: 9, tags: ['Ehrenamt'] },
      { title: 'Tandem-Programm Alteingesessene und Neuzugezogene', description: 'Vermittlung von Tandems für gemeinsame Freizeit und Alltagshilfe.', goal: 'Persönliche Kontakte über Herkunftsgrenzen hinweg.', lead: 'Lokale Partnerschaften Harburg', status: 'proposed', points: 14, tags: ['Ehrenamt', 'Begegnung'] },
      { title: 'Engagement-Lotsen in Neuwiedenthal', description: 'Engagierte aus dem Stadtteil informieren über Beteiligungsmöglichkeiten.', goal: 'Beteiligung im Quartier stärken.', lead: 'Quartiersmanagement Neuwiedenthal', status: 'in_review', points: 12, tags: ['Ehrenamt', 'Nachbarschaft'] },
    ],
  },
];

/** The dates of the 2021/22 cycle from the seeds: online workshop, four AG sessions, BV decision. */
export const demoCycle = {
  workshop: '2021-09-25',
  agSessions: ['2021-11-17', '2022-01-26', '2022-03-16', '2022-05-04'],
  motion: '2022-05-24',
  motionDrucksache: '21-2433',
  adoption: '2022-06-28',
  adoptionDrucksache: '21-2519',
  implementationStart: '2022-09-01',
} as const;
