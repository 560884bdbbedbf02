import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { applyLanguage } from '../i18n/i18n';
import { DateInput, FileInput, TimeInput } from './date-inputs';

/** A form value kept as ISO, as the forms keep it; `seen` gets every value handed out. */
function Controlled({ initial, seen, time = false }: { initial: string; seen(value: string): void; time?: boolean }) {
  const [value, setValue] = useState(initial);
  const Input = time ? TimeInput : DateInput;
  return (
    <>
      <label htmlFor="field">Feld</label>
      <Input
        id="field"
        value={value}
        onChange={(next) => {
          seen(next);
          setValue(next);
        }}
      />
      <output data-testid="value">{value}</output>
      <button type="button" onClick={() => setValue('2027-01-15')}>
        von außen
      </button>
    </>
  );
}

describe('DateInput', () => {
  it('shows the ISO value as TT.MM.JJJJ with a visible format hint in German', () => {
    render(<Controlled initial="2026-11-26" seen={vi.fn()} />);
    const field = screen.getByRole('textbox', { name: 'Feld' });
    expect(field).toHaveValue('26.11.2026');
    expect(screen.getByText('Format: TT.MM.JJJJ')).toBeVisible();
    expect(field).toHaveAccessibleDescription('Format: TT.MM.JJJJ');
  });

  it('hands out ISO while typing TT.MM.JJJJ and tidies the text on leaving', async () => {
    const seen = vi.fn();
    render(<Controlled initial="" seen={seen} />);
    const user = userEvent.setup();
    const field = screen.getByRole('textbox', { name: 'Feld' });
    await user.type(field, '3.2.27');
    expect(field).toHaveValue('3.2.27');
    expect(screen.getByTestId('value')).toHaveTextContent('2027-02-03');
    await user.tab();
    expect(field).toHaveValue('03.02.2027');
    expect(seen).toHaveBeenLastCalledWith('2027-02-03');
  });

  it('says at the field, in German, that an impossible day does not exist', async () => {
    render(<Controlled initial="" seen={vi.fn()} />);
    const user = userEvent.setup();
    const field = screen.getByRole('textbox', { name: 'Feld' });
    await user.type(field, '31.02.2026');
    expect(screen.queryByText(/gibt es nicht/)).not.toBeInTheDocument();
    await user.tab();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/Dieses Datum gibt es nicht\. Bitte als TT\.MM\.JJJJ eingeben/);
    // The typed text goes to the form as it is, so the contract refuses it too.
    expect(screen.getByTestId('value')).toHaveTextContent('31.02.2026');
    await user.clear(field);
    await user.type(field, '28.02.2026');
    expect(field).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText(/gibt es nicht/)).not.toBeInTheDocument();
  });

  it('shows a value set from outside and follows a change of language', async () => {
    render(<Controlled initial="2026-11-26" seen={vi.fn()} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'von außen' }));
    const field = screen.getByRole('textbox', { name: 'Feld' });
    expect(field).toHaveValue('15.01.2027');
    await applyLanguage('en');
    expect(await screen.findByDisplayValue('15/01/2027')).toBe(field);
    expect(screen.getByText('Format: DD/MM/YYYY')).toBeVisible();
  });

  it('reads DD/MM/YYYY in English and names an impossible day in English', async () => {
    await applyLanguage('en');
    const seen = vi.fn();
    render(<Controlled initial="" seen={seen} />);
    const user = userEvent.setup();
    const field = screen.getByRole('textbox', { name: 'Feld' });
    await user.type(field, '26/11/2026');
    expect(seen).toHaveBeenLastCalledWith('2026-11-26');
    await user.clear(field);
    await user.type(field, '30/02/2026');
    await user.tab();
    expect(field).toHaveAccessibleDescription(/This date does not exist\. Please enter it as DD\/MM\/YYYY/);
  });
});

describe('TimeInput', () => {
  it('shows and hands out 24-hour HH:MM in both languages', async () => {
    const seen = vi.fn();
    render(<Controlled initial="18:00" seen={seen} time />);
    const user = userEvent.setup();
    const field = screen.getByRole('textbox', { name: 'Feld' });
    expect(field).toHaveValue('18:00');
    await user.clear(field);
    await user.type(field, '930');
    await user.tab();
    expect(field).toHaveValue('09:30');
    expect(seen).toHaveBeenLastCalledWith('09:30');
    await user.clear(field);
    await user.type(field, '25:00');
    await user.tab();
    expect(field).toHaveAccessibleDescription(/Diese Uhrzeit gibt es nicht/);
  });
});

describe('FileInput', () => {
  it('offers a button in the app language and shows the chosen file name', async () => {
    const onChange = vi.fn();
    render(
      <>
        <label htmlFor="file">CSV-Datei</label>
        <FileInput id="file" onChange={onChange} />
      </>,
    );
    const user = userEvent.setup();
    const input = screen.getByLabelText(/CSV-Datei/);
    expect(screen.getByText('Datei auswählen …')).toBeVisible();
    expect(input).toHaveAccessibleDescription('Keine Datei ausgewählt');
    await user.upload(input, new File(['a;b'], 'Outlook-Export.csv', { type: 'text/csv' }));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(input).toHaveAccessibleDescription('Outlook-Export.csv');
    await applyLanguage('en');
    expect(await screen.findByText('Choose file …')).toBeVisible();
  });
});
