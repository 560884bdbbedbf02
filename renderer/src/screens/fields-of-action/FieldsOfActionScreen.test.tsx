import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../test/axe';
import { renderScreen } from '../../test/render';
import { addMeasure, seedLeitbild } from '../../../../test-support/builders/leitbild';
import { realApi, type RealApi } from '../../../../test-support/real-api';
import { paths } from '../../app/paths';
import { FieldsOfActionScreen } from './FieldsOfActionScreen';

// A real core on a shared machine: a screen with several round trips may take seconds.
vi.setConfig({ testTimeout: 20_000 });

const NAMES = ['Deutsch als Sprache', 'Zusammenleben in Harburg', 'Arbeit und Ausbildung'];

/** A draft edition with the given fields; `inUse` names fields that get a measure. */
async function setup(names: readonly string[] = NAMES, options: { inUse?: readonly string[] } = {}) {
  const api = await realApi();
  const { edition, fields } = await seedLeitbild(api, { fields: names.map((name) => ({ name })) });
  for (const name of options.inUse ?? []) {
    await addMeasure(api, edition.id, fields, { code: '', title: `Maßnahme in ${name}`, field: names.indexOf(name) });
  }
  const user = userEvent.setup();
  const view = renderScreen(<FieldsOfActionScreen />, { api, path: paths.fieldsOfAction, settings: await api.settings(), status: await api.status() });
  return { api, edition, fields, user, ...view };
}

/** The fields as stored, in their order. */
const storedFields = async (api: RealApi, editionId: number) =>
  (await api.must('fieldsOfAction.list', { editionId })).map(({ name, shortCode, description, position }) => ({ name, shortCode, description, position }));

const rowNames = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

describe('Handlungsfelder', () => {
  it('lists the fields in order with a count, and has no axe violations', async () => {
    const { container } = await setup();
    expect(screen.getByRole('heading', { level: 1, name: 'Handlungsfelder' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: '3 Handlungsfelder' })).toBeInTheDocument();
    expect(rowNames()).toEqual(NAMES);
    expect(screen.getByRole('button', { name: '„Deutsch als Sprache“ nach oben verschieben' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '„Arbeit und Ausbildung“ nach unten verschieben' })).toBeDisabled();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows an empty state when there are none', async () => {
    const { container } = await setup([]);
    expect(await screen.findByText('Noch keine Handlungsfelder')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('creates a field: toast, cleared form, focus back in „Name“', async () => {
    const { api, edition, user } = await setup();
    await screen.findByRole('table');
    const name = screen.getByLabelText('Name');
    await user.type(name, 'Bildung');
    await user.type(screen.getByLabelText(/^Kürzel/), 'bi');
    await user.type(screen.getByLabelText(/^Beschreibung/), 'Kita, Schule und Weiterbildung');
    await user.click(screen.getByRole('button', { name: 'Handlungsfeld anlegen' }));

    expect(await screen.findByText('Das Handlungsfeld „Bildung“ wurde angelegt.')).toBeInTheDocument();
    // Stored with the short code in capitals, at the end.
    expect((await storedFields(api, edition.id)).at(-1)).toEqual({ name: 'Bildung', shortCode: 'BI', description: 'Kita, Schule und Weiterbildung', position: 4 });
    expect(rowNames()).toEqual([...NAMES, 'Bildung']);
    expect(screen.getByRole('heading', { level: 2, name: '4 Handlungsfelder' })).toBeInTheDocument();
    expect(name).toHaveValue('');
    expect(screen.getByLabelText(/^Kürzel/)).toHaveValue('');
    await waitFor(() => expect(name).toHaveFocus());
  });

  it('shows a refusal at the field and moves the focus there', async () => {
    const { api, edition, user } = await setup();
    await screen.findByRole('table');
    await user.type(screen.getByLabelText(/^Beschreibung/), 'Doppelt');
    await user.type(screen.getByLabelText('Name'), 'deutsch als sprache');
    await user.click(screen.getByRole('button', { name: 'Handlungsfeld anlegen' }));

    const name = screen.getByLabelText('Name');
    const message = 'Ein Handlungsfeld mit dem Namen „deutsch als sprache“ gibt es bereits. Bitte wählen Sie einen anderen Namen.';
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(screen.getByText(message)).toBeInTheDocument();
    await waitFor(() => expect(name).toHaveFocus());
    // What was typed stays, so it can be corrected.
    expect(screen.getByLabelText(/^Beschreibung/)).toHaveValue('Doppelt');
    expect((await storedFields(api, edition.id)).map((field) => field.name)).toEqual(NAMES);
  });

  it('shows validation errors from the main side at their fields; the first gets the focus', async () => {
    const { user } = await setup();
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Handlungsfeld anlegen' }));
    const name = screen.getByLabelText('Name');
    await waitFor(() => expect(name).toHaveFocus());
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Bitte füllen Sie dieses Feld aus.'));
    expect(screen.getByLabelText(/^Kürzel/)).not.toHaveAttribute('aria-invalid');
  });

  it('renames a field in a dialog (Enter saves) and returns the focus', async () => {
    const { api, edition, user } = await setup();
    await screen.findByRole('table');
    const edit = screen.getByRole('button', { name: '„Zusammenleben in Harburg“ bearbeiten' });
    await user.click(edit);

    const dialog = screen.getByRole('dialog', { name: 'Handlungsfeld bearbeiten' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    const name = within(dialog).getByLabelText('Name');
    expect(name).toHaveFocus();
    await user.clear(name);
    await user.type(name, 'Zusammenleben im Bezirk{Enter}');

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect((await storedFields(api, edition.id))[1]).toEqual({ name: 'Zusammenleben im Bezirk', shortCode: '', description: '', position: 2 });
    expect(rowNames()).toEqual(['Deutsch als Sprache', 'Zusammenleben im Bezirk', 'Arbeit und Ausbildung']);
    expect(screen.getByText('Die Änderungen an „Zusammenleben im Bezirk“ wurden gespeichert.')).toBeInTheDocument();
    expect(edit).toHaveFocus();
  });

  it('cancels editing with Escape without saving', async () => {
    const { api, user } = await setup();
    await screen.findByRole('table');
    const edit = screen.getByRole('button', { name: '„Deutsch als Sprache“ bearbeiten' });
    await user.click(edit);
    await user.type(within(screen.getByRole('dialog')).getByLabelText('Name'), ' – geändert');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(api.callsOf('fieldsOfAction.update')).toEqual([]);
    expect(rowNames()[0]).toBe('Deutsch als Sprache');
    expect(edit).toHaveFocus();
  });

  it('moves a field with the complete new order and keeps the focus on the moved row', async () => {
    const { api, edition, fields, user } = await setup();
    const [deutsch, zusammenleben, arbeit] = fields.map((field) => field.id);
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: '„Arbeit und Ausbildung“ nach oben verschieben' }));

    await waitFor(() => expect(rowNames()).toEqual(['Deutsch als Sprache', 'Arbeit und Ausbildung', 'Zusammenleben in Harburg']));
    expect(api.callsOf('fieldsOfAction.reorder')).toEqual([{ editionId: edition.id, orderedIds: [deutsch, arbeit, zusammenleben] }]);
    expect(await screen.findByText('„Arbeit und Ausbildung“ steht jetzt an Position 2.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: '„Arbeit und Ausbildung“ nach oben verschieben' })).toHaveFocus());

    await user.click(screen.getByRole('button', { name: '„Arbeit und Ausbildung“ nach oben verschieben' }));
    await waitFor(() => expect(rowNames()[0]).toBe('Arbeit und Ausbildung'));
    await waitFor(async () =>
      expect((await storedFields(api, edition.id)).map((field) => `${field.position} ${field.name}`)).toEqual([
        '1 Arbeit und Ausbildung',
        '2 Deutsch als Sprache',
        '3 Zusammenleben in Harburg',
      ]),
    );
    // At the top "nach oben" is disabled, so the focus goes to "nach unten".
    await waitFor(() => expect(screen.getByRole('button', { name: '„Arbeit und Ausbildung“ nach unten verschieben' })).toHaveFocus());
  });

  it('keeps both moves of a quick double click, in order, on screen and stored', async () => {
    const { api, edition, user } = await setup();
    await screen.findByRole('table');
    // The second click comes before the first move's answer: it must not be dropped.
    await user.click(screen.getByRole('button', { name: '„Arbeit und Ausbildung“ nach oben verschieben' }));
    await user.click(screen.getByRole('button', { name: '„Arbeit und Ausbildung“ nach oben verschieben' }));
    expect(rowNames()).toEqual(['Arbeit und Ausbildung', 'Deutsch als Sprache', 'Zusammenleben in Harburg']);
    await waitFor(() => expect(api.callsOf('fieldsOfAction.reorder')).toHaveLength(2));
    await waitFor(async () =>
      expect((await storedFields(api, edition.id)).map((field) => field.name)).toEqual(['Arbeit und Ausbildung', 'Deutsch als Sprache', 'Zusammenleben in Harburg']),
    );
    expect(rowNames()).toEqual(['Arbeit und Ausbildung', 'Deutsch als Sprache', 'Zusammenleben in Harburg']);
  });

  it('asks before deleting and shows the refusal when the field is in use', async () => {
    const { api, edition, user } = await setup(NAMES, { inUse: ['Deutsch als Sprache'] });
    await screen.findByRole('table');
    const remove = screen.getByRole('button', { name: '„Deutsch als Sprache“ löschen' });
    await user.click(remove);

    const dialog = screen.getByRole('dialog', { name: 'Handlungsfeld löschen?' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleDescription(expect.stringContaining('„Deutsch als Sprache“ wirklich löschen'));
    expect(within(dialog).getByRole('button', { name: 'Abbrechen' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Endgültig löschen' }));

    const refusal = 'Das Handlungsfeld „Deutsch als Sprache“ wird noch von Maßnahmen verwendet und kann deshalb nicht gelöscht werden.';
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(refusal), { timeout: 3000 });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(rowNames()).toEqual(NAMES));
    expect((await storedFields(api, edition.id)).map((field) => field.name)).toEqual(NAMES);
    expect(remove).toHaveFocus();
  });

  it('deletes after confirmation; Escape closes the dialog without deleting', async () => {
    const { api, edition, user } = await setup();
    await screen.findByRole('table');
    const remove = screen.getByRole('button', { name: '„Zusammenleben in Harburg“ löschen' });
    await user.click(remove);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(remove).toHaveFocus();
    expect(api.callsOf('fieldsOfAction.delete')).toEqual([]);

    await user.click(remove);
    await user.click(screen.getByRole('button', { name: 'Endgültig löschen' }));
    expect(await screen.findByText('Das Handlungsfeld „Zusammenleben in Harburg“ wurde gelöscht.')).toBeInTheDocument();
    expect(rowNames()).toEqual(['Deutsch als Sprache', 'Arbeit und Ausbildung']);
    expect(screen.getByRole('heading', { level: 2, name: '2 Handlungsfelder' })).toHaveFocus();
    expect((await storedFields(api, edition.id)).map((field) => field.name)).toEqual(['Deutsch als Sprache', 'Arbeit und Ausbildung']);
  });

  it('keeps Tab inside the open dialog', async () => {
    const { user } = await setup();
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: '„Deutsch als Sprache“ löschen' }));
    const dialog = screen.getByRole('dialog');
    await user.tab();
    expect(within(dialog).getByRole('button', { name: 'Endgültig löschen' })).toHaveFocus();
    await user.tab();
    expect(within(dialog).getByRole('button', { name: 'Abbrechen' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(within(dialog).getByRole('button', { name: 'Endgültig löschen' })).toHaveFocus();
  });
});
