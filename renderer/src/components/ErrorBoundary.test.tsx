import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';

function Broken(): never {
  throw new Error('Cannot read properties of undefined (reading "name")');
}

describe('ErrorBoundary', () => {
  beforeEach(() => {
    // React and the boundary report the crash on the console; keep the test output readable.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows a friendly German message with „Neu laden“ instead of a white window', async () => {
    const onReload = vi.fn();
    render(
      <ErrorBoundary onReload={onReload}>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Diese Ansicht konnte nicht angezeigt werden' })).toBeInTheDocument();
    expect(screen.getByText(/Ihre gespeicherten Daten sind davon nicht betroffen/)).toBeInTheDocument();
    expect(screen.getByText('Technische Angaben für den IT-Support')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Neu laden' }));
    expect(onReload).toHaveBeenCalledOnce();
  });

  it('renders its children when nothing goes wrong', () => {
    render(
      <ErrorBoundary>
        <p>Alles gut</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('Alles gut')).toBeInTheDocument();
  });
});
