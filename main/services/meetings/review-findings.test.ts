import { describe, expect, it } from 'vitest';
import { callOn, mustCall } from '../../../test-support/core';
import { meetingSetup } from './meeting-test-setup';

describe('meetings review findings', () => {
  it('refuses wall-clock times that do not exist on the calendar (30 February, 24:00)', async () => {
    const { core, ag } = await meetingSetup();
    for (const startsAt of ['2026-02-30T18:00', '2026-03-01T24:00', '2026-04-31T10:00']) {
      const result = await callOn(core, 'meetings.create', { kind: 'ag_session', bodyId: ag.id, startsAt });
      expect(result, startsAt).toMatchObject({ ok: false, error: { code: 'invalid-input', fields: [{ field: 'startsAt', messageKey: 'validation.dateTime' }] } });
    }
    expect(await mustCall(core, 'meetings.list', {})).toEqual({ rows: [], total: 0 });
    await mustCall(core, 'meetings.create', { kind: 'ag_session', bodyId: ag.id, startsAt: '2024-02-29T23:59' });
  });
});
