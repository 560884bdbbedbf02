import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TOAST_HIDE_AFTER_MS, ToastProvider, useToasts } from './toasts';

function Buttons() {
  const toasts = useToasts();
  return (
    <>
      <button type="button" onClick={() => toasts.success('Gespeichert.')}>
        success
      </button>
      <button type="button" onClick={() => toasts.error('Nicht gespeichert.')}>
        error
      </button>
    </>
  );
}

const setup = () => {
  render(
    <ToastProvider>
      <Buttons />
    </ToastProvider>,
  );
};

describe('toasts', () => {
  afterEach(() => vi.useRealTimers());

  it('announces success politely and errors assertively', async () => {
    setup();
    const user = userEvent.setup();
    // Both live regions exist before anything is announced.
    const polite = screen.getByRole('status');
    const assertive = screen.getByRole('alert');
    expect(polite).toHaveAttribute('aria-live', 'polite');
    expect(assertive).toHaveAttribute('aria-live', 'assertive');

    await user.click(screen.getByRole('button', { name: 'success' }));
    await user.click(screen.getByRole('button', { name: 'error' }));
    expect(within(polite).getByText('Gespeichert.')).toBeInTheDocument();
    expect(within(assertive).getByText('Nicht gespeichert.')).toBeInTheDocument();
  });

  it('can be dismissed', async () => {
    setup();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'error' }));
    await user.click(screen.getByRole('button', { name: 'Meldung schließen' }));
    expect(screen.queryByText('Nicht gespeichert.')).not.toBeInTheDocument();
  });

  it('hides success after a while, but keeps errors until dismissed', () => {
    vi.useFakeTimers();
    setup();
    act(() => screen.getByRole('button', { name: 'success' }).click());
    act(() => screen.getByRole('button', { name: 'error' }).click());
    expect(screen.getByText('Gespeichert.')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(TOAST_HIDE_AFTER_MS + 100));
    expect(screen.queryByText('Gespeichert.')).not.toBeInTheDocument();
    expect(screen.getByText('Nicht gespeichert.')).toBeInTheDocument();
  });
});

describe('toast limit', () => {
  it('shows at most three and never drops an error for a success', async () => {
    function Many() {
      const toasts = useToasts();
      return (
        <button
          type="button"
          onClick={() => {
            toasts.error('Fehler A');
            ['Eins', 'Zwei', 'Drei', 'Vier'].forEach((text) => toasts.success(text));
          }}
        >
          many
        </button>
      );
    }
    render(
      <ToastProvider>
        <Many />
      </ToastProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'many' }));
    expect(screen.getByText('Fehler A')).toBeInTheDocument();
    expect(screen.queryByText('Zwei')).not.toBeInTheDocument();
    expect(screen.getByText('Drei')).toBeInTheDocument();
    expect(screen.getByText('Vier')).toBeInTheDocument();
  });
});
