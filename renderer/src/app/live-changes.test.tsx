import { render, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { CallResult, ChangesDto } from '../../../contract';
import { ApiProvider } from '../api/api-context';
import type { Api } from '../api/api';
import { realApi } from '../../../test-support/real-api';
import { LiveChangesProvider, useLiveReload } from './live-changes';

function Watcher({ tables, onReload }: { tables: readonly string[]; onReload: () => void }) {
  useLiveReload(onReload, tables);
  return null;
}

/** The server's side of the long poll, answer by answer (the last one never comes, as a quiet server). */
function serverAnswering(answers: ChangesDto[]): Api & { asked: unknown[] } {
  const asked: unknown[] = [];
  return {
    asked,
    call: ((name: string, input: unknown) => {
      if (name !== 'system.changes') throw new Error(`unexpected call ${name}`);
      asked.push(input);
      const answer = answers.shift();
      return answer ? Promise.resolve({ ok: true, data: answer } as CallResult<ChangesDto>) : new Promise(() => undefined);
    }) as Api['call'],
  } as Api & { asked: unknown[] };
}

describe('live refresh from colleagues’ changes (issue 19)', () => {
  it('reloads a screen for changes to its own tables only; the first answer is the starting point; each wait goes on from the last generation', async () => {
    const api = serverAnswering([
      { live: true, generation: 7, tables: ['measure'] },
      { live: true, generation: 8, tables: ['contact'] },
      { live: true, generation: 10, tables: ['measure', 'progress_note'] },
    ]);
    const measures = vi.fn();
    const contacts = vi.fn();
    render(
      <ApiProvider api={api}>
        <LiveChangesProvider>
          <Watcher tables={['measure']} onReload={measures} />
          <Watcher tables={['contact']} onReload={contacts} />
        </LiveChangesProvider>
      </ApiProvider>,
    );
    await waitFor(() => expect(api.asked).toEqual([{}, { after: 7 }, { after: 8 }, { after: 10 }]));
    // The first answer is where the app starts: nothing to reload yet.
    await waitFor(() => expect(measures).toHaveBeenCalledTimes(1));
    expect(contacts).toHaveBeenCalledTimes(1);
  });

  it('on one PC the core says it is not live, and the app stops asking', async () => {
    const api = await realApi();
    const reload = vi.fn();
    render(
      <ApiProvider api={api}>
        <LiveChangesProvider>
          <Watcher tables={['*']} onReload={reload} />
        </LiveChangesProvider>
      </ApiProvider>,
    );
    await waitFor(() => expect(api.callsOf('system.changes')).toEqual([{}]));
    await api.must('settings.update', { districtName: 'Bezirksamt Harburg' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(api.callsOf('system.changes')).toHaveLength(1);
    expect(reload).not.toHaveBeenCalled();
  });
});
