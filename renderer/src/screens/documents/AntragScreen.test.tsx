import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as documents from '../../../../documents';
import { paths } from '../../app/paths';
import { axeViolations } from '../../test/axe';
import { addBody, addContact, addMembership } from '../../../../test-support/contact-data';
import { moveTo, seedLeitbild, type MeasureSeed } from '../../../../test-support/builders/leitbild';
import { realApi, type RealApi } from '../../../../test-support/real-api';
import { renderScreen } from '../../test/render';
import { todayIso } from '../measures/measure-helpers';
import { AntragScreen } from './AntragScreen';
import { DOCX_TYPE } from './document-files';
import { spyOnDownloads, wordText } from '../../test/downloads';
import { jsdomRenderAsync, previewText } from './document-test-helpers';

vi.mock('docx-preview', async () => {
  const actual = await vi.importActual<typeof import('docx-preview')>('docx-preview');
  const helpers = await import('./document-test-helpers');
  return { ...actual, renderAsync: helpers.jsdomRenderAsync };
});

// The real builders, watched: the preview and the file must come from them.
vi.mock('../../../../documents', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../../documents')>();
  return { ...actual, buildAntrag: vi.fn(actual.buildAntrag) };
});

/** Proposed at the planning workshop on 25 September 2021, moved on in January 2022. */
const WORKSHOP = { proposedOn: '2021-09-25', changedOn: '2022-01-15' } as const;
const SEEDS: MeasureSeed[] = [
  { code: 'ZL-01', title: 'Interkulturelles Nachbarschaftsfest', field: 0, status: 'recommended', lead: 'Bürgerhaus Harburg', description: 'Jährliches Fest mit Vereinen.', ...WORKSHOP },
  { code: 'ZL-02', title: 'Begegnungscafé in der Bücherhalle', field: 0, status: 'proposed', ...WORKSHOP },
  { code: 'AB-01', title: 'Sprachkurse für Eltern', field: 1, status: 'recommended', ...WORKSHOP },
  { code: 'SP-01', title: 'Sprachcafés in Stadtteilzentren', field: 2, status: 'adopted', ...WORKSHOP },
];

let downloads: ReturnType<typeof spyOnDownloads>;

beforeEach(() => {
  window.localStorage.clear();
  downloads = spyOnDownloads();
  jsdomRenderAsync.mockClear();
  vi.mocked(documents.buildAntrag).mockClear();
});

afterEach(() => downloads.restore());

/** Fraktionen kept under Kontakte as bodies: LINKE and Volt with a chair, FDP without. */
async function fraktionen(api: RealApi) {
  for (const [name, chair] of [['FDP', null], ['LINKE', ['Miriam', 'Yılmaz']], ['Volt', ['Jan', 'Petersen']]] as const) {
    const body = await addBody(api, `${name}-Fraktion`, { kind: 'fraktion', shortName: name });
    if (chair) await addMembership(api, (await addContact(api, chair[1], chair[0])).id, body.id, { role: 'chair', from: '2020-01-01' });
  }
}

async function setup() {
  const api = await realApi();
  const leitbild = await seedLeitbild(api, { measures: SEEDS });
  await fraktionen(api);
  // What the core drafts for the edition today: the texts the form starts with.
  const draft = await api.must('documents.antragDraft', { editionId: leitbild.edition.id });
  const user = userEvent.setup();
  const view = renderScreen(<AntragScreen />, { api, path: paths.documentsAntrag, settings: await api.settings(), status: await api.status() });
  const idOf = (code: string) => leitbild.measures.find((measure) => measure.code === code)!.id;
  const statusOf = async (code: string) => (await api.must('measures.get', { id: idOf(code) })).status;
  return { api, user, draft, idOf, statusOf, editionId: leitbild.edition.id, ...view };
}

const measures = () => screen.getByRole('group', { name: 'Maßnahmen im Petitum' });
const checkbox = (code: string) => within(measures()).getByRole('checkbox', { name: new RegExp(`^${code} `) });

async function ready() {
  expect(await screen.findByRole('heading', { level: 1, name: 'Antrag an die Bezirksversammlung' })).toBeInTheDocument();
  await screen.findByRole('group', { name: 'Maßnahmen im Petitum' });
}

async function enterFraktionen(user: ReturnType<typeof userEvent.setup>, entries: ReadonlyArray<readonly [string, string]>) {
  for (const [index, [name, chair]] of entries.entries()) {
    if (index > 0) await user.click(screen.getByRole('button', { name: 'Fraktion hinzufügen' }));
    if (name) await user.type(screen.getByLabelText(`Fraktion ${index + 1}`), name);
    if (chair) await user.type(screen.getByLabelText(new RegExp(`^Vorsitz der Fraktion ${index + 1}`)), chair);
  }
}

describe('Antrag – zusammenstellen', () => {
  it('preselects the recommended measures by field, with the drafted texts, without axe violations', async () => {
    const { container, user, draft } = await setup();
    await ready();
    expect(within(measures()).getByText('2 von 4 Maßnahmen ausgewählt')).toBeInTheDocument();
    expect(checkbox('ZL-01')).toBeChecked();
    expect(checkbox('AB-01')).toBeChecked();
    expect(checkbox('ZL-01')).toHaveAccessibleName('ZL-01 Interkulturelles Nachbarschaftsfest empfohlen');
    // Grouped by field, in the order of the fields.
    expect(within(measures()).getAllByRole('group').map((group) => group.querySelector('legend')?.textContent)).toEqual([
      'Zusammenleben in Vielfalt (1 von 2)',
      'Arbeit und Bildung (1 von 1)',
    ]);
    // The others of the edition are one click away.
    expect(within(measures()).queryByRole('checkbox', { name: /^ZL-02 / })).not.toBeInTheDocument();
    await user.click(within(measures()).getByRole('button', { name: 'Weitere Maßnahmen der Ausgabe zeigen (2)' }));
    expect(checkbox('ZL-02')).not.toBeChecked();
    expect(checkbox('SP-01')).toHaveAccessibleName('SP-01 Sprachcafés in Stadtteilzentren beschlossen');
    await user.type(within(measures()).getByLabelText('Maßnahmen filtern'), 'café');
    const filtered = within(measures()).getAllByRole('checkbox');
    expect(filtered).toHaveLength(2);
    expect(filtered[0]).toHaveAccessibleName('ZL-02 Begegnungscafé in der Bücherhalle Vorschlag');
    expect(filtered[1]).toHaveAccessibleName('SP-01 Sprachcafés in Stadtteilzentren beschlossen');

    expect(screen.getByLabelText('Betreff')).toHaveValue(draft.subject);
    expect(draft.subject).toContain('Zusammenleben in Vielfalt');
    expect(screen.getByLabelText(/^Sachverhalt/)).toHaveValue(draft.sachverhalt);
    expect(draft.sachverhalt).toContain('25. September 2021');
    // The date field speaks the app's language: TT.MM.JJJJ in German.
    expect(screen.getByLabelText('Datum des Antrags')).toHaveValue(todayIso().split('-').reverse().join('.'));
    expect(screen.getByRole('region', { name: 'Vorschau des Antrags' })).toHaveTextContent('Wählen Sie „Vorschau“');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows the heading for one Fraktion and for several, and keeps the focus when rows come and go', async () => {
    const { user } = await setup();
    await ready();
    expect(screen.getByText('Antrag', { exact: true, selector: 'strong' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Fraktion 1'), 'SPD');
    expect(screen.getByText('Antrag der SPD-Fraktion')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Fraktion hinzufügen' }));
    expect(screen.getByLabelText('Fraktion 2')).toHaveFocus();
    await user.keyboard('GRÜNE');
    await user.click(screen.getByRole('button', { name: 'Fraktion hinzufügen' }));
    await user.keyboard('CDU');
    expect(screen.getByText('Gemeinsamer Antrag der SPD-Fraktion, der GRÜNE-Fraktion und der CDU-Fraktion')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Fraktion 2 entfernen' }));
    expect(screen.getByText('Gemeinsamer Antrag der SPD-Fraktion und der CDU-Fraktion')).toBeInTheDocument();
    expect(screen.getByLabelText('Fraktion 2')).toHaveValue('CDU');
    expect(screen.getByLabelText('Fraktion 2')).toHaveFocus();
    expect(screen.queryByLabelText('Fraktion 3')).not.toBeInTheDocument();
  });

  it('fills in the chair of a Fraktion kept under Kontakte, and keeps a chair typed by hand', async () => {
    const { user } = await setup();
    await ready();
    const name = screen.getByLabelText('Fraktion 1');
    const chair = screen.getByLabelText(/^Vorsitz der Fraktion 1/);
    await user.type(name, 'LINKE');
    expect(chair).toHaveValue('Miriam Yılmaz');
    // Another known Fraktion replaces the name filled in, an unknown one clears it.
    await user.clear(name);
    await user.type(name, 'Volt');
    expect(chair).toHaveValue('Jan Petersen');
    await user.clear(name);
    await user.type(name, 'Piraten');
    expect(chair).toHaveValue('');
    // A name typed by hand stays.
    await user.type(chair, 'Petra Albers');
    await user.clear(name);
    await user.type(name, 'LINKE');
    expect(chair).toHaveValue('Petra Albers');
  });

  it('shows what is missing at the fields, focuses the first, and builds nothing', async () => {
    const { api, user } = await setup();
    await ready();
    await user.click(within(measures()).getByRole('button', { name: 'Keine auswählen' }));
    await user.clear(screen.getByLabelText('Betreff'));
    await user.clear(screen.getByLabelText('Datum des Antrags'));
    await user.click(screen.getByRole('button', { name: 'Vorschau' }));

    expect(await within(measures()).findByText('Bitte wählen Sie mindestens eine Maßnahme aus.')).toBeInTheDocument();
    expect(measures()).toHaveAccessibleDescription('Bitte wählen Sie mindestens eine Maßnahme aus.');
    expect(screen.getByLabelText('Fraktion 1')).toHaveAccessibleDescription('Bitte tragen Sie mindestens eine Fraktion ein.');
    expect(screen.getByLabelText('Fraktion 1')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Betreff')).toHaveAccessibleDescription('Bitte geben Sie einen Betreff ein.');
    expect(screen.getByLabelText('Datum des Antrags')).toHaveAccessibleDescription('Bitte geben Sie das Datum des Antrags an. Format: TT.MM.JJJJ');
    await waitFor(() => expect(checkbox('ZL-01')).toHaveFocus());
    expect(api.callsOf('documents.antragDraft')).toHaveLength(1); // only the first load
    expect(documents.buildAntrag).not.toHaveBeenCalled();

    // A Fraktion twice, and a chair without a Fraktion; "Speichern …" checks the same.
    await user.click(checkbox('ZL-01'));
    await user.type(screen.getByLabelText('Betreff'), 'Maßnahmen 2022–2024');
    await user.type(screen.getByLabelText('Datum des Antrags'), '2026-11-26');
    await enterFraktionen(user, [
      ['SPD', ''],
      ['spd', ''],
      ['', 'Petra Albers'],
    ]);
    await user.click(screen.getByRole('button', { name: 'Speichern …' }));
    expect(screen.getByLabelText('Fraktion 2')).toHaveAccessibleDescription('Die Fraktion „spd“ ist doppelt eingetragen.');
    expect(screen.getByLabelText('Fraktion 3')).toHaveAccessibleDescription('Bitte tragen Sie den Namen der Fraktion ein oder entfernen Sie die Zeile.');
    expect(screen.getByLabelText('Fraktion 1')).not.toHaveAttribute('aria-invalid');
    await waitFor(() => expect(screen.getByLabelText('Fraktion 2')).toHaveFocus());
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  // Two rounds (refused, then built and rendered): more than the default time on a busy machine.
  it('previews the Antrag built by the real builder, and says when the preview is out of date', { timeout: 20_000 }, async () => {
    const { api, user, container, idOf, editionId } = await setup();
    await ready();
    await user.click(within(measures()).getByRole('button', { name: /^Weitere Maßnahmen/ }));
    await user.click(checkbox('ZL-02'));
    await enterFraktionen(user, [
      ['SPD', 'Petra Albers'],
      ['GRÜNE', ''],
    ]);
    const sachverhalt = screen.getByLabelText(/^Sachverhalt/);
    await user.clear(sachverhalt);
    await user.type(sachverhalt, 'Die Arbeitsgruppe hat getagt.{Enter}{Enter}Der Integrationsrat stimmt zu.');
    await user.click(screen.getByRole('button', { name: 'Vorschau' }));

    // Not recommended on the Antrag's date, and no one to sign for GRÜNE: said at the fields, nothing built.
    const today = todayIso().split('-').reverse().join('.');
    expect(await within(measures()).findByText(`ZL-02 war am ${today} nicht „empfohlen“.`, { exact: false })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Vorsitz der Fraktion 2/)).toHaveAccessibleDescription(
      `Für die Fraktion GRÜNE ist am ${today} kein Vorsitz eingetragen (Kontakte → Gremien). Bitte geben Sie den Namen für die Unterschrift ein.`,
    );
    expect(documents.buildAntrag).not.toHaveBeenCalled();
    await user.click(checkbox('ZL-02'));
    await user.type(screen.getByLabelText(/^Vorsitz der Fraktion 2/), 'Deniz Yıldırım');
    await user.click(screen.getByRole('button', { name: 'Vorschau' }));

    const region = screen.getByRole('region', { name: 'Vorschau des Antrags' });
    await waitFor(() => expect(previewText(region)).toContain('Gemeinsamer Antrag der SPD-Fraktion und der GRÜNE-Fraktion'));
    expect(previewText(region)).toContain('Die Bezirksversammlung möge beschließen:');
    expect(previewText(region)).toContain('Der Integrationsrat stimmt zu.');
    expect(previewText(region)).toContain('ZL-01 Interkulturelles Nachbarschaftsfest');
    expect(previewText(region)).toContain('Petra Albers');

    // Fresh records of the chosen measures as of the Antrag's date, in the order of the petitum (fields, then numbers).
    const ids = ['ZL-01', 'AB-01'].map(idOf);
    expect(api.callsOf('documents.antragDraft').at(-1)).toEqual({ editionId, measureIds: ids, asOf: todayIso() });
    expect(documents.buildAntrag).toHaveBeenCalledTimes(1);
    const input = vi.mocked(documents.buildAntrag).mock.calls[0]![0];
    expect(input).toMatchObject({
      date: todayIso(),
      fraktionen: ['SPD', 'GRÜNE'],
      subject: expect.stringContaining('Zusammenleben in Vielfalt'),
      sachverhalt: 'Die Arbeitsgruppe hat getagt.\n\nDer Integrationsrat stimmt zu.',
      signatories: [
        { name: 'Petra Albers', fraktion: 'SPD', role: '' },
        { name: 'Deniz Yıldırım', fraktion: 'GRÜNE', role: '' },
      ],
    });
    expect(input.measures.map((measure) => measure.code)).toEqual(['ZL-01', 'AB-01']);
    // The document's <style> never reaches the page (the CSP would refuse it).
    expect(document.querySelectorAll('style')).toHaveLength(0);
    expect(screen.getByText('Die Vorschau ist aktuell.')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);

    await user.type(screen.getByLabelText('Betreff'), ' (neu)');
    expect(screen.getByText(/Die Vorschau zeigt nicht mehr den aktuellen Stand Ihrer Eingaben/)).toBeInTheDocument();
    expect(downloads.blobs).toHaveLength(0);
  });
});

describe('Antrag – an seinem Datum', () => {
  it('takes the records as of the Antrag\'s date, and refuses a date before the workshop at the field', async () => {
    const { api, user } = await setup();
    await ready();
    await enterFraktionen(user, [['SPD', 'Petra Albers']]);
    const date = screen.getByLabelText('Datum des Antrags');
    await user.clear(date);
    await user.type(date, '2021-01-01');
    // The draft follows the date: records as of then (votes, chairs, recommended measures).
    await waitFor(() => expect(api.callsOf('documents.antragDraft')).toContainEqual({ editionId: expect.any(Number), asOf: '2021-01-01' }));
    await user.click(screen.getByRole('button', { name: 'Vorschau' }));
    expect(await screen.findByText('Der Antrag ist auf den 01.01.2021 datiert, die Planungswerkstatt fand erst am 25.09.2021 statt. Bitte prüfen Sie das Datum.')).toBeInTheDocument();
    expect(date).toHaveAccessibleDescription(expect.stringContaining('Planungswerkstatt fand erst am 25.09.2021 statt'));
    expect(documents.buildAntrag).not.toHaveBeenCalled();
  });
});

describe('Antrag – speichern', () => {
  it('saves the Word file, records the Antrag and moves its measures to „beantragt“', async () => {
    const { api, user, draft, idOf, statusOf, editionId } = await setup();
    await ready();
    await enterFraktionen(user, [
      ['SPD', 'Petra Albers'],
      ['GRÜNE', 'Deniz Yıldırım'],
    ]);
    await user.click(screen.getByRole('button', { name: 'Speichern …' }));
    const dialog = screen.getByRole('dialog', { name: 'Antrag speichern' });
    const fileName = `${todayIso()}_Antrag_Integration.docx`;
    expect(dialog).toHaveAccessibleDescription(`Der Antrag wird als Word-Datei „${fileName}“ gespeichert.`);
    expect(within(dialog).getByLabelText('In der Liste der Anträge verzeichnen')).toBeChecked();
    const move = within(dialog).getByLabelText('Die 2 Maßnahmen jetzt auf „beantragt“ setzen');
    expect(move).not.toBeChecked();
    await user.click(move);
    await user.type(within(dialog).getByLabelText(/^Drucksache/), '21-1967');
    await user.click(within(dialog).getByRole('button', { name: 'Word-Datei speichern' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await api.must('documents.listMotions', { editionId })).toEqual([
      expect.objectContaining({
        editionId,
        submittedOn: todayIso(),
        fraktionen: ['SPD', 'GRÜNE'],
        subject: draft.subject,
        sachverhalt: draft.sachverhalt,
        signatories: [
          { name: 'Petra Albers', fraktion: 'SPD', role: '' },
          { name: 'Deniz Yıldırım', fraktion: 'GRÜNE', role: '' },
        ],
        measureIds: [idOf('ZL-01'), idOf('AB-01')],
        drucksache: '21-1967',
      }),
    ]);
    // The download: the Word file under its dated name.
    expect(downloads.createObjectURL).toHaveBeenCalledTimes(1);
    expect(downloads.names).toEqual([fileName]);
    const [file] = downloads.blobs;
    expect(file!.type).toBe(DOCX_TYPE);
    const text = await wordText(file!);
    expect(text).toContain('Gemeinsamer Antrag der SPD-Fraktion und der GRÜNE-Fraktion');
    expect(text.join('\n')).toMatch(/Drucksache\s21-1967/);

    expect(await screen.findByText(`Die Word-Datei „${fileName}“ wurde erstellt, der Antrag verzeichnet und 2 Maßnahmen auf „beantragt“ gesetzt.`)).toBeInTheDocument();
    await waitFor(() => expect(checkbox('ZL-01')).toHaveAccessibleName('ZL-01 Interkulturelles Nachbarschaftsfest beantragt'));
    expect(await statusOf('AB-01')).toBe('submitted');
    expect(await statusOf('ZL-01')).toBe('submitted');
    expect(screen.getByRole('button', { name: 'Speichern …' })).toHaveFocus();
  });

  it('names every measure that cannot become „beantragt“ and saves nothing', async () => {
    const { api, user, editionId } = await setup();
    await ready();
    await user.click(within(measures()).getByRole('button', { name: /^Weitere Maßnahmen/ }));
    await user.click(checkbox('SP-01'));
    await enterFraktionen(user, [['SPD', '']]);
    await user.click(screen.getByRole('button', { name: 'Speichern …' }));
    const dialog = screen.getByRole('dialog', { name: 'Antrag speichern' });
    await user.click(within(dialog).getByLabelText('Die 3 Maßnahmen jetzt auf „beantragt“ setzen'));
    await user.click(within(dialog).getByRole('button', { name: 'Word-Datei speichern' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Es wurde nichts gespeichert:');
    expect(alert).toHaveTextContent('SP-01 Sprachcafés in Stadtteilzentren');
    expect(alert).toHaveTextContent('beschlossen');
    expect(alert).toHaveTextContent('Die Maßnahme SP-01 kann nicht beantragt werden: Beantragen lassen sich nur empfohlene Maßnahmen.');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(api.callsOf('documents.saveAntrag')).toEqual([]);
    expect(downloads.blobs).toEqual([]);
    expect(await api.must('documents.listMotions', { editionId })).toEqual([]);
  });

  it('shows a refusal of the main side at the measure it names, with nothing downloaded', async () => {
    const { api, user, idOf, statusOf, editionId } = await setup();
    await ready();
    await enterFraktionen(user, [['SPD', 'Petra Albers']]);
    // Meanwhile someone else moved AB-01 on: the main side refuses at measureIds.1.
    await moveTo(api, [idOf('AB-01')], 'recommended', 'adopted', todayIso());
    await user.click(screen.getByRole('button', { name: 'Speichern …' }));
    const dialog = screen.getByRole('dialog', { name: 'Antrag speichern' });
    await user.click(within(dialog).getByLabelText('Die 2 Maßnahmen jetzt auf „beantragt“ setzen'));
    await user.click(within(dialog).getByRole('button', { name: 'Word-Datei speichern' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('AB-01 Sprachkurse für Eltern');
    // The main side checks the records as of the Antrag's date again: AB-01 is no longer recommended.
    expect(alert).toHaveTextContent(`AB-01 war am ${todayIso().split('-').reverse().join('.')} nicht „empfohlen“.`);
    expect(alert).not.toHaveTextContent('ZL-01');
    expect(downloads.blobs).toEqual([]);
    // Nothing was kept: no Antrag recorded, ZL-01 still recommended.
    expect(await api.must('documents.listMotions', { editionId })).toEqual([]);
    expect(await statusOf('ZL-01')).toBe('recommended');
  });

  it('saves only the file when the Antrag is not to be recorded', async () => {
    const { api, user, editionId } = await setup();
    await ready();
    await enterFraktionen(user, [['SPD', 'Petra Albers']]);
    await user.click(screen.getByRole('button', { name: 'Speichern …' }));
    const dialog = screen.getByRole('dialog', { name: 'Antrag speichern' });
    await user.click(within(dialog).getByLabelText('In der Liste der Anträge verzeichnen'));
    expect(within(dialog).queryByLabelText(/jetzt auf „beantragt“ setzen/)).not.toBeInTheDocument();
    await user.type(within(dialog).getByLabelText(/^Drucksache/), '21/19');
    await user.click(within(dialog).getByRole('button', { name: 'Word-Datei speichern' }));
    expect(await within(dialog).findByText('Bitte geben Sie die Drucksachennummer in der Form „21-1234“ ein.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^Drucksache/)).toHaveAccessibleDescription(expect.stringContaining('in der Form „21-1234“'));
    await user.clear(within(dialog).getByLabelText(/^Drucksache/));
    await user.click(within(dialog).getByRole('button', { name: 'Word-Datei speichern' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.callsOf('documents.saveAntrag')).toEqual([]);
    expect(downloads.names).toEqual([`${todayIso()}_Antrag_Integration.docx`]);
    expect(screen.getByText(`Die Word-Datei „${todayIso()}_Antrag_Integration.docx“ wurde erstellt.`)).toBeInTheDocument();
    expect(await api.must('documents.listMotions', { editionId })).toEqual([]);
  });
});
