import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { realApi } from '../../../../test-support/real-api';
import { HARBURG_MOTION_CONVENTIONS } from '../../../../contract/settings';
import { axeViolations } from '../../test/axe';
import { renderScreen } from '../../test/render';
import { MotionConventionsSection } from './MotionConventionsSection';

describe('Einstellungen – Anträge an die Bezirksversammlung', () => {
  it("shows Harburg's wording, lets another district write its own, and stores it as one block", async () => {
    const api = await realApi();
    const user = userEvent.setup();
    const { container } = renderScreen(<MotionConventionsSection />, { api, settings: await api.settings(), status: await api.status() });
    expect(screen.getByLabelText(/^Wer gebeten wird zu handeln/)).toHaveValue('Die Bezirksamtsleitung');
    expect(screen.getByText('Gemeinsamer Antrag der SPD-Fraktion, der GRÜNE-Fraktion und der CDU-Fraktion')).toBeInTheDocument();

    const joint = screen.getByLabelText(/^Überschrift, mehrere Fraktionen/);
    await user.clear(joint);
    await user.type(joint, 'Interfraktioneller Antrag der Fraktionen {{fraktionen}');
    const item = screen.getByLabelText(/^Eine Fraktion in der Aufzählung/);
    await user.clear(item);
    await user.type(item, '{{name}');
    expect(screen.getByText('Interfraktioneller Antrag der Fraktionen SPD, GRÜNE und CDU')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Antragsform speichern' }));

    expect(await screen.findByText('Die Antragsform wurde gespeichert.')).toBeInTheDocument();
    expect((await api.settings()).motionConventions).toEqual({ ...HARBURG_MOTION_CONVENTIONS, jointHeading: 'Interfraktioneller Antrag der Fraktionen {fraktionen}', jointItem: '{name}' });
    expect(await axeViolations(container)).toEqual([]);
  });
});
