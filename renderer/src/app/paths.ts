/** Hash routes (`#/einstellungen`): a reload keeps the screen, and no server routing is needed. */
export const paths = {
  start: '/start',
  fieldsOfAction: '/leitbild/handlungsfelder',
  sessions: '/sitzungen',
  contacts: '/kontakte',
  documents: '/dokumente',
  settings: '/einstellungen',
} as const;

export const href = (path: string) => `#${path}`;
