import type { CallInput } from '../../contract';

/**
 * The demo district: Harburg's fields of action as its Leitbild names them, and the office
 * from its public contact page. Persons are added by later parts of the demo, all invented.
 */
export const demoSettings: CallInput<'settings.update'> = {
  districtName: 'Bezirksamt Harburg',
  officeName: 'Fachamt Sozialraummanagement',
  officeAddress: 'Harburger Ring 33\n21073 Hamburg',
  officePhone: '040 428 71-0',
  officeEmail: 'sozialraummanagement@harburg.hamburg.de',
};

export const demoFieldsOfAction: ReadonlyArray<CallInput<'fieldsOfAction.create'>> = [
  {
    name: 'Zusammenleben in Harburg',
    shortCode: 'ZL',
    description: 'Begegnung, Nachbarschaft und ein friedliches Miteinander aller Harburgerinnen und Harburger.',
  },
  {
    name: 'Deutsch als Sprache',
    shortCode: 'DS',
    description: 'Sprachkurse, Sprachcafés und mehrsprachige Informationen als Schlüssel zur Teilhabe.',
  },
  {
    name: 'Arbeit und Bildung',
    shortCode: 'AB',
    description: 'Zugang zu Ausbildung, Arbeit und Anerkennung von Abschlüssen; Bildungswege für alle Altersgruppen.',
  },
  {
    name: 'Antidiskriminierung',
    shortCode: 'AD',
    description: 'Schutz vor Rassismus und Ausgrenzung, Beratung und Begleitung bei Diskriminierung.',
  },
  {
    name: 'Ehrenamt',
    shortCode: 'EA',
    description: 'Freiwilliges Engagement stärken, Ehrenamtliche gewinnen, qualifizieren und anerkennen.',
  },
];
