import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { seedLeitbild, type MeasureSeed } from '../../../../test-support/builders/leitbild';
import type { CallName } from '../../../../contract';
import { realApi, type RealApi } from '../../../../test-support/real-api';
import { tinyPng } from '../../../../documents/testing/fixtures';
import { paths } from '../../app/paths';
import { axeViolations } from '../../test/axe';
import { renderScreen } from '../../test/render';
import { todayIso } from '../measures/measure-helpers';
import { formatDateShort } from '../../i18n/format';
import { bytesToBase64 } from '../../files/file-transfer';
import { spyOnDownloads, wordText } from '../../test/downloads';
import { jsdomRenderAsync, previewText } from './document-test-helpers';
import { DocumentsScreen } from './DocumentsScreen';
import { EditionDocumentScreen } from './EditionDocumentScreen';
import { ReportScreen } from './ReportScreen';

vi.mock('docx-preview', async () => {
  const actual = await vi.importActual<typeof import('docx-preview')>('docx-preview');
  const helpers = await import('./document-test-helpers');
  return { ...actual, renderAsync: helpers.jsdomRenderAsync };
});

const SEEDS: MeasureSeed[] = [
  { code: 'ZL-01', title: 'Interkulturelles Nachbarschaftsfest', field: 0, status: 'recommended' },
  { code: 'ZL-02', title: 'Begegnungscafé in der Bücherhalle', field: 0, status: 'implementing' },
  { code: 'AB-01', title: 'Sprachkurse für Eltern', field: 1, status: 'adopted' },
  { code: 'SP-01', title: 'Sprachcafés in Stadtteilzentren', field: 2, status: 'proposed' },
];

let downloads: ReturnType<typeof spyOnDownloads>;
beforeEach(() => {
  window.localStorage.clear();
  downloads = spyOnDownloads();
  jsdomRenderAsync.mockClear();
});
afterEach(() => downloads.restore());

/** Harburg's letterhead, the edition with four measures and (unless `motions: false`) one recorded Antrag. */
async function world({ motions = true } = {}) {
  const api = await realApi();
  await api.must('settings.update', { districtName: 'Bezirksamt Harburg', officeName: 'Fachamt Sozialraummanagement', officeAddress: 'Harburger Ring 33\n21073 Hamburg' });
  const leitbild = await seedLeitbild(api, { measures: SEEDS });
  if (motions) {
    await api.must('documents.saveAntrag', {
      editionId: leitbild.edition.id,
      submittedOn: '2022-05-24',
      fraktionen: ['SPD', 'GRÜNE', 'CDU'],
      subject: 'Leitbild „Zusammenleben in Vielfalt“: Maßnahmen für 2022–2024',
      drucksache: '21-2433',
      measureIds: leitbild.measures.slice(0, 3).map((measure) => measure.id),
    });
  }
  return { api, ...leitbild };
}

async function show(api: RealApi, screenElement = <DocumentsScreen />, path: string = paths.documents) {
  const user = userEvent.setup();
  const view = renderScreen(screenElement, { api, path, settings: await api.settings(), status: await api.status() });
  return { user, ...view };
}

/** The file field once the stored logo (none) has been read. */
async function logoInput() {
  await screen.findByText(/Noch kein Logo hinterlegt/);
  return screen.getByLabelText('Logo hochladen …');
}

const pngFile = (bytes: Uint8Array = tinyPng.data, name = 'logo.png', type = 'image/png') => new File([new Uint8Array(bytes)], name, { type });

describe('Dokumente – Übersicht', () => {
  it('offers the three documents for the current edition and lists the recorded Anträge, without axe violations', async () => {
    const { api } = await world();
    const { container } = await show(api);
    expect(await screen.findByRole('heading', { level: 1, name: 'Dokumente' })).toBeInTheDocument();
    expect(document.title).toBe('Dokumente – Leitbild-Werkstatt');
    expect(await screen.findByLabelText('Leitbild-Ausgabe')).toHaveDisplayValue('Zusammenleben in Vielfalt 2022–2024');

    const antrag = screen.getByRole('heading', { level: 3, name: 'Antrag an die Bezirksversammlung' }).closest('article')!;
    expect(await within(antrag).findByText('1 Maßnahme ist empfohlen.')).toBeInTheDocument();
    expect(within(antrag).getByRole('link', { name: 'Antrag erstellen' })).toHaveAttribute('href', '#/dokumente/antrag');

    const edition = screen.getByRole('heading', { level: 3, name: 'Leitbild-Ausgabe' }).closest('article')!;
    // Adopted, in implementation (and later): what the brochure prints.
    expect(within(edition).getByText('2 beschlossene Maßnahmen')).toBeInTheDocument();
    expect(within(edition).getByRole('link', { name: 'Broschüre erstellen' })).toHaveAttribute('href', '#/dokumente/leitbild-ausgabe');

    const report = screen.getByRole('heading', { level: 3, name: 'Sachstandsbericht' }).closest('article')!;
    expect(within(report).getByText('4 Maßnahmen in dieser Ausgabe')).toBeInTheDocument();
    expect(within(report).getByLabelText('Stand')).toHaveValue(formatDateShort(todayIso()));
    fireEvent.change(within(report).getByLabelText('Stand'), { target: { value: '2024-06-30' } });
    expect(within(report).getByRole('link', { name: 'Bericht erstellen' })).toHaveAttribute('href', '#/dokumente/sachstandsbericht?stand=2024-06-30');

    const motions = screen.getByRole('region', { name: 'Verzeichnete Anträge' });
    const rows = await within(motions).findAllByRole('row');
    expect(rows).toHaveLength(2);
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('Gemeinsamer Antrag der SPD-Fraktion, der GRÜNE-Fraktion und der CDU-Fraktion');
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('Maßnahmen für 2022–2024');
    expect(within(rows[1]!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['24.05.2022', 'SPD, GRÜNE, CDU', '3', '21-2433']);

    const letterhead = screen.getByRole('region', { name: 'Briefkopf und Logo' });
    expect(within(letterhead).getByText('Bezirksamt Harburg')).toBeInTheDocument();
    expect(within(letterhead).getByText('21073 Hamburg')).toBeInTheDocument();
    expect(within(letterhead).getAllByText('nicht eingetragen')).toHaveLength(2);
    expect(within(letterhead).getByRole('link', { name: 'Absender in den Einstellungen ändern' })).toHaveAttribute('href', '#/einstellungen');
    expect(await within(letterhead).findByText(/Noch kein Logo hinterlegt/)).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says so when no Antrag is recorded yet', async () => {
    const { api } = await world({ motions: false });
    await show(api);
    expect(await screen.findByText(/Für diese Ausgabe ist noch kein Antrag verzeichnet\./)).toBeInTheDocument();
  });

  it('asks for an edition first when there is none', async () => {
    await show(await realApi());
    expect(await screen.findByRole('heading', { level: 2, name: 'Noch keine Leitbild-Ausgabe' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zu den Ausgaben' })).toHaveAttribute('href', '#/leitbild/ausgaben');
    expect(screen.queryByRole('link', { name: 'Antrag erstellen' })).not.toBeInTheDocument();
  });
});

describe('Dokumente – Logo', () => {
  it('refuses what is no PNG or JPEG, or too large, at the field and sends nothing', async () => {
    const { api } = await world();
    const { user } = await show(api);
    const input = await logoInput();
    await user.upload(input, pngFile(new TextEncoder().encode('kein Bild, nur Text'), 'logo.png'));
    await waitFor(() => expect(input).toHaveAccessibleDescription(expect.stringContaining('Das Logo muss eine PNG- oder JPEG-Datei sein.')));
    expect(input).toHaveAttribute('aria-invalid', 'true');

    const large = new Uint8Array(1_000_001);
    large.set(tinyPng.data);
    await user.upload(input, pngFile(large));
    await waitFor(() => expect(input).toHaveAccessibleDescription(expect.stringContaining('Das Logo darf höchstens 1 MB groß sein.')));
    expect(api.callsOf('documents.setLogo')).toEqual([]);
    expect(await api.must('documents.getLogo', {})).toEqual({ logo: null });
  });

  it('shows the refusal of the main side at the field', async () => {
    const { api } = await world();
    const { user } = await show(api);
    const input = await logoInput();
    // A PNG whose header says 0 × 0 pixels: the page checks only the signature, the main side the header.
    const broken = new Uint8Array(tinyPng.data);
    broken.fill(0, 16, 24);
    await user.upload(input, pngFile(broken));
    await waitFor(() => expect(input).toHaveAccessibleDescription(expect.stringContaining('Das Logo muss eine PNG- oder JPEG-Datei sein.')));
    expect(api.callsOf('documents.setLogo')).toHaveLength(1);
    expect(screen.queryByRole('img', { name: 'Aktuelles Logo für die Dokumente' })).not.toBeInTheDocument();
    expect(await api.must('documents.getLogo', {})).toEqual({ logo: null });
  });

  it('stores a PNG, shows it small and removes it again', async () => {
    const { api } = await world();
    const { user } = await show(api);
    const input = await logoInput();
    await user.upload(input, pngFile());
    const image = await screen.findByRole('img', { name: 'Aktuelles Logo für die Dokumente' });
    expect(await api.must('documents.getLogo', {})).toEqual({ logo: { type: 'png', base64: bytesToBase64(tinyPng.data) } });
    expect(image).toHaveAttribute('src', `data:image/png;base64,${bytesToBase64(tinyPng.data)}`);
    expect(screen.getByText('Das Logo wurde gespeichert.')).toBeInTheDocument();
    expect(screen.getByLabelText('Anderes Logo hochladen …')).toBe(input);

    await user.click(screen.getByRole('button', { name: 'Logo entfernen' }));
    expect(await screen.findByText('Das Logo wurde entfernt.')).toBeInTheDocument();
    expect(await api.must('documents.getLogo', {})).toEqual({ logo: null });
    expect(screen.queryByRole('img', { name: 'Aktuelles Logo für die Dokumente' })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Logo hochladen …')).toHaveFocus();
  });

  it('an upload before the stored logo has been read is not overwritten by that late answer', async () => {
    const { api } = await world();
    // The first read of the stored logo (none) answers only when the test lets it.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let answered!: () => void;
    const lateAnswer = new Promise<void>((resolve) => (answered = resolve));
    let first = true;
    const slow: RealApi = {
      ...api,
      call: (async (name: CallName, input: never) => {
        const answer = await api.call(name, input);
        if (name === 'documents.getLogo' && first) {
          first = false;
          await held;
          answered();
        }
        return answer;
      }) as RealApi['call'],
    };
    const { user } = await show(slow);
    const input = await screen.findByLabelText('Logo hochladen …');
    expect(screen.queryByText(/Noch kein Logo hinterlegt/)).not.toBeInTheDocument();
    await user.upload(input, pngFile());
    expect(await screen.findByText('Das Logo wurde gespeichert.')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Aktuelles Logo für die Dokumente' })).toBeInTheDocument();

    await act(async () => {
      release();
      await lateAnswer;
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(api.callsOf('documents.getLogo')).toHaveLength(1);
    expect(screen.getByRole('img', { name: 'Aktuelles Logo für die Dokumente' })).toHaveAttribute('src', `data:image/png;base64,${bytesToBase64(tinyPng.data)}`);
    expect(screen.queryByText(/Noch kein Logo hinterlegt/)).not.toBeInTheDocument();
    expect(screen.getByLabelText('Anderes Logo hochladen …')).toBe(input);
    expect(await api.must('documents.getLogo', {})).toEqual({ logo: { type: 'png', base64: bytesToBase64(tinyPng.data) } });
  });
});

describe('Leitbild-Ausgabe und Sachstandsbericht', () => {
  it('previews and saves the Leitbild edition with its adopted measures', async () => {
    const { api, edition } = await world();
    const { user, container } = await show(api, <EditionDocumentScreen />, paths.documentsEdition);
    expect(await screen.findByRole('heading', { level: 1, name: 'Leitbild-Ausgabe als Broschüre' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Zurück zu den Dokumenten/ })).toHaveAttribute('href', '#/dokumente');
    expect(await screen.findByText('Die Broschüre enthält 2 beschlossene Maßnahmen in 2 Handlungsfeldern.')).toBeInTheDocument();
    // The hint's example is the month of the chosen day, as the brochure will print it.
    fireEvent.change(screen.getByLabelText('Stand'), { target: { value: '2027-01-15' } });
    expect(screen.getByLabelText('Stand')).toHaveAccessibleDescription(expect.stringContaining('„Stand: Januar 2027“'));
    fireEvent.change(screen.getByLabelText('Stand'), { target: { value: '2026-11-26' } });
    expect(screen.getByLabelText('Stand')).toHaveAccessibleDescription(expect.stringContaining('„Stand: November 2026“'));
    expect(screen.getByText('Dateiname: 2026-11-26_Leitbild_2022-2024.docx')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Vorschau' }));
    const region = screen.getByRole('region', { name: 'Vorschau der Leitbild-Ausgabe' });
    await waitFor(() => expect(previewText(region)).toContain('AB-01'));
    expect(previewText(region)).toContain('Stand: November 2026');
    expect(previewText(region)).not.toContain('SP-01');
    expect(await axeViolations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Word-Datei speichern' }));
    await waitFor(() => expect(downloads.names).toEqual(['2026-11-26_Leitbild_2022-2024.docx']));
    const text = (await wordText(downloads.blobs[0]!)).join('\n');
    expect(text).toContain('Sprachkurse für Eltern');
    expect(text).toContain('Begegnungscafé in der Bücherhalle');
    expect(text).not.toContain('Interkulturelles Nachbarschaftsfest');
    expect(api.callsOf('documents.editionData')).toEqual([{ editionId: edition.id }]);
  });

  it('reports as of the date from the overview, and names the file by that one date', async () => {
    const { api, edition } = await world();
    const { user } = await show(api, <ReportScreen />, `${paths.documentsReport}?stand=2024-06-30`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sachstandsbericht' })).toBeInTheDocument();
    expect(await screen.findByLabelText('Stand')).toHaveValue('30.06.2024');
    expect(screen.getByText('Dateiname: 2024-06-30_Sachstandsbericht.docx')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Vorschau' }));
    const region = screen.getByRole('region', { name: 'Vorschau des Sachstandsberichts' });
    await waitFor(() => expect(previewText(region)).toContain('Stand: 30. Juni 2024'));
    expect(api.callsOf('documents.reportData')).toEqual([{ editionId: edition.id, asOf: '2024-06-30' }]);

    fireEvent.change(screen.getByLabelText('Stand'), { target: { value: '2024-12-31' } });
    expect(screen.getByText(/Die Vorschau zeigt nicht mehr den aktuellen Stand/)).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Stand'), { target: { value: '' } });
    await user.click(screen.getByRole('button', { name: 'Word-Datei speichern' }));
    expect(screen.getByLabelText('Stand')).toHaveAccessibleDescription(expect.stringContaining('Bitte geben Sie ein Datum an.'));
    expect(downloads.names).toEqual([]);

    fireEvent.change(screen.getByLabelText('Stand'), { target: { value: '2024-12-31' } });
    await user.click(screen.getByRole('button', { name: 'Word-Datei speichern' }));
    await waitFor(() => expect(downloads.names).toEqual(['2024-12-31_Sachstandsbericht.docx']));
    expect(api.callsOf('documents.reportData').at(-1)).toEqual({ editionId: edition.id, asOf: '2024-12-31' });
    expect((await wordText(downloads.blobs[0]!)).join('\n')).toContain('31. Dezember 2024');
  });
});
