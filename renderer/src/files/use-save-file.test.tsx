import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ToastProvider } from '../components/toasts';
import { useSaveFile } from './use-save-file';

function SaveButton() {
  const save = useSaveFile();
  return (
    <button type="button" onClick={() => void save('Protokoll.docx', new Uint8Array([1, 2]), 'Die Word-Datei wurde erstellt.')}>
      Speichern
    </button>
  );
}

const renderButton = () =>
  render(
    <ToastProvider>
      <SaveButton />
    </ToastProvider>,
  );

afterEach(() => {
  delete (window as { leitbild?: unknown }).leitbild;
  vi.restoreAllMocks();
});

describe('useSaveFile', () => {
  it('desktop: says where the file was saved', async () => {
    Object.assign(window, { leitbild: { call: vi.fn().mockResolvedValue({ ok: true, data: { saved: true, path: 'C:\\Users\\anna\\Documents\\Protokoll.docx' } }) } });
    renderButton();
    fireEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('Gespeichert unter C:\\Users\\anna\\Documents\\Protokoll.docx')).toBeTruthy();
  });

  it('desktop: a refused write shows the German reason', async () => {
    const error = { code: 'rejected', messageKey: 'errors.saveInUse', fields: [] };
    Object.assign(window, { leitbild: { call: vi.fn().mockResolvedValue({ ok: false, error }) } });
    renderButton();
    fireEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText(/in einem anderen Programm geöffnet/)).toBeTruthy();
  });

  it('browser: downloads and shows the caller’s text', async () => {
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:x'), revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderButton();
    fireEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('Die Word-Datei wurde erstellt.')).toBeTruthy();
    expect(click).toHaveBeenCalled();
  });
});
