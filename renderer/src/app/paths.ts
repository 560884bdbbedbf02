/** Hash routes (`#/einstellungen`): a reload keeps the screen, and no server routing is needed. */
export const paths = {
  start: '/start',
  editions: '/leitbild/ausgaben',
  edition: '/leitbild/ausgaben/:id',
  fieldsOfAction: '/leitbild/handlungsfelder',
  measures: '/leitbild/massnahmen',
  measure: '/leitbild/massnahmen/:id',
  intake: '/leitbild/planungswerkstatt',
  search: '/leitbild/suche',
  sessions: '/sitzungen',
  actionItems: '/sitzungen/aufgaben',
  meeting: '/sitzungen/:id',
  meetingLive: '/sitzungen/:id/live',
  contacts: '/kontakte',
  contactNew: '/kontakte/neu',
  contact: '/kontakte/personen/:id',
  bodies: '/kontakte/gremien',
  body: '/kontakte/gremien/:id',
  organizations: '/kontakte/organisationen',
  contactsImport: '/kontakte/import',
  documents: '/dokumente',
  documentsAntrag: '/dokumente/antrag',
  documentsEdition: '/dokumente/leitbild-ausgabe',
  documentsReport: '/dokumente/sachstandsbericht',
  settings: '/einstellungen',
  help: '/hilfe',
  helpAbout: '/hilfe/ueber',
  helpGuide: '/hilfe/:guide',
} as const;

export const href = (path: string) => `#${path}`;

/** Fills a pattern: `toPath(paths.measure, { id: 7 })` → `/leitbild/massnahmen/7`. */
export const toPath = (pattern: string, params: Record<string, string | number>): string =>
  pattern.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(String(params[name] ?? '')));

/** A path with a query, e.g. the search: `#/leitbild/suche?q=Sprachkurs`. */
export const withQuery = (path: string, query: Record<string, string>): string => {
  const search = new URLSearchParams(query).toString();
  return search ? `${path}?${search}` : path;
};
