import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../test/axe';
import { fakeApi, fieldsOfActionHandlers } from '../../test/fake-api';
import { renderScreen } from '../../test/render';
import { paths } from '../../app/paths';
import { FieldsOfActionScreen } from './FieldsOfActionScreen';

const NAMES = ['Deutsch als Sprache', 'Zusammenleben in Harburg', 'Arbeit und Ausbildung'];

function setup(names: readonly string[] = NAMES, options: { inUse?: readonly string[] } = {}) {
  const store = fieldsOfActionHandlers(names, options);
  const api = fakeApi(store.handlers);
  const user = userEvent.setup();
  const view = renderScreen(<FieldsOfActionScreen />, { api, path: paths.fieldsOfAction });
  return { api, store, user, ...view };
}

const rowNames = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

describe('Handlungsfelder', () => {
  it('lists the fields in order with a count, and has no axe violations', async () => {
    const { container } = setup();
    expect(screen.getByRole('heading', { level: 1, name: 'Handlungsfelder' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: '3 Handlungsfelder' })).toBeInTheDocument();
    expect(rowNames()).toEqual(NAMES);
    expect(screen.getByRole('button', { name: '„Deutsch als Sprache“ nach oben verschieben' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '„Arbeit und Ausbildung“ nach unten verschieben' })).toBeDisabled();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows an empty state when there are none', async () => {
    const { container } = setup([]);
    expect(await screen.findByText('Noch keine Handlungsfelder')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('creates a field: toast, cleared form, focus back in „Name“', async () => {
    const { api, user } = setup();
    await screen.findByRole('table');
    const name = screen.getByLabelText('Name');
    await user.type(name, 'Bildung');
    await user.type(screen.getByLabelText(/^Kürzel/), 'bi');
    await user.type(screen.getByLabelText(/^Beschreibung/), 'Kita, Schule und Weiterbildung');
    await user.click(screen.getByRole('button', { name: 'Handlungsfeld anlegen' }));

    expect(await screen.findByText('Das Handlungsfeld „Bildung“ wurde angelegt.')).toBeInTheDocument();
    expect(api.callsOf('fieldsOfAction.create')).toEqual([{ editionId: 1, name: 'Bildung', shortCode: 'bi', description: 'Kita, Schule und Weiterbildung' }]);
    expect(rowNames()).toEqual([...NAMES, 'Bildung']);
    expect(screen.getByRole('heading', { level: 2, name: '4 Handlungsfelder' })).toBeInTheDocument();
    expect(name).toHaveValue('');
    expect(screen.getByLabelText(/^Kürzel/)).toHaveValue('');
    await waitFor(() => expect(name).toHaveFocus());
  });

  it('shows a refusal at the field and moves the focus there', async () => {
    const { user } = setup();
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
  });

  it('shows validation errors from the main side at their fields; the first gets the focus', async () => {
    const { user } = setup();
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Handlungsfeld anlegen' }));
    const name = screen.getByLabelText('Name');
    await waitFor(() => expect(name).toHaveFocus());
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Bitte füllen Sie dieses Feld aus.'));
    expect(screen.getByLabelText(/^Kürzel/)).not.toHaveAttribute('aria-invalid');
  });

  it('renames a field in a dialog (Enter saves) and returns the focus', async () => {
    const { api, user } = setup();
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
    expect(api.callsOf('fieldsOfAction.update')).toEqual([{ id: 2, name: 'Zusammenleben im Bezirk', shortCode: '', description: '' }]);
    expect(rowNames()).toEqual(['Deutsch als Sprache', 'Zusammenleben im Bezirk', 'Arbeit und Ausbildung']);
    expect(screen.getByText('Die Änderungen an „Zusammenleben im Bezirk“ wurden gespeichert.')).toBeInTheDocument();
    expect(edit).toHaveFocus();
  });

  it('cancels editing with Escape without saving', async () => {
    const { api, user } = setup();
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
    const { api, user } = setup();
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: '„Arbeit und Ausbildung“ nach oben verschieben' }));

    await waitFor(() => expect(rowNames()).toEqual(['Deutsch als Sprache', 'Arbeit und Ausbildung', 'Zusammenleben in Harburg']));
    expect(api.callsOf('fieldsOfAction.reorder')).toEqual([{ editionId: 1, orderedIds: [1, 3, 2] }]);
    expect(await screen.findByText('„Arbeit und Ausbildung“ steht jetzt an Position 2.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: '„Arbeit und Ausbildung“ nach oben verschieben' })).toHaveFocus());

    await user.click(screen.getByRole('button', { name: '„Arbeit und Ausbildung“ nach oben verschieben' }));
    await waitFor(() => expect(rowNames()[0]).toBe('Arbeit und Ausbildung'));
    expect(api.callsOf('fieldsOfAction.reorder')).toEqual([{ editionId: 1, orderedIds: [1, 3, 2] }, { editionId: 1, orderedIds: [3, 1, 2] }]);
    // At the top "nach oben" is disabled, so the focus goes to "nach unten".
    await waitFor(() => expect(screen.getByRole('button', { name: '„Arbeit und Ausbildung“ nach unten verschieben' })).toHaveFocus());
  });

  it('asks before deleting and shows the refusal when the field is in use', async () => {
    const { api, user } = setup(NAMES, { inUse: ['Deutsch als Sprache'] });
    await screen.findByRole('table');
    const remove = screen.getByRole('button', { name: '„Deutsch als Sprache“ löschen' });
    await user.click(remove);

    const dialog = screen.getByRole('dialog', { name: 'Handlungsfeld löschen?' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleDescription(expect.stringContaining('„Deutsch als Sprache“ wirklich löschen'));
    expect(within(dialog).getByRole('button', { name: 'Abbrechen' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Endgültig löschen' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Das Handlungsfeld „Deutsch als Sprache“ wird noch von Maßnahmen verwendet und kann deshalb nicht gelöscht werden.',
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(api.callsOf('fieldsOfAction.delete')).toEqual([{ id: 1 }]);
    await waitFor(() => expect(rowNames()).toEqual(NAMES));
    expect(remove).toHaveFocus();
  });

  it('deletes after confirmation; Escape closes the dialog without deleting', async () => {
    const { api, user } = setup();
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
  });

  it('keeps Tab inside the open dialog', async () => {
    const { user } = setup();
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
