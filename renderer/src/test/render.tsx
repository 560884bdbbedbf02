import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { SettingsDto, SystemStatus } from '../../../contract';
import type { Api } from '../api/api';
import { ApiProvider } from '../api/api-context';
import { AppDataProvider } from '../app/app-data';
import { ToastProvider } from '../components/toasts';
import { defaultSettings, readyStatus } from './fake-api';

/** Renders one screen the way the shell does: inside `main`, with api, app data and toasts. */
export function renderScreen(
  screen: ReactElement,
  { api, settings = defaultSettings, status = readyStatus }: { api: Api; settings?: SettingsDto; status?: SystemStatus },
): RenderResult {
  return render(
    <ApiProvider api={api}>
      <AppDataProvider status={status} settings={settings}>
        <ToastProvider>
          <main>{screen}</main>
        </ToastProvider>
      </AppDataProvider>
    </ApiProvider>,
  );
}
