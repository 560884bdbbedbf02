import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { SettingsDto, SystemStatus } from '../../../contract';
import type { Api } from '../api/api';
import { ApiProvider } from '../api/api-context';
import { AppDataProvider } from '../app/app-data';
import { paths } from '../app/paths';
import { RouteProvider } from '../app/router';
import { resolvePath } from '../app/routes';
import { EditionProvider } from '../leitbild/edition-context';
import { ToastProvider } from '../components/toasts';
import { defaultSettings, readyStatus } from './shell-defaults';

/** Renders one screen the way the shell does: inside `main`, with api, app data and toasts. */
export function renderScreen(
  screen: ReactElement,
  {
    api,
    settings = defaultSettings,
    status = readyStatus,
    path = paths.start,
  }: { api: Api; settings?: SettingsDto; status?: SystemStatus; /** The address the screen is shown at. */ path?: string },
): RenderResult {
  const route = resolvePath(path);
  if (!route) throw new Error(`no route for ${path}`);
  return render(
    <ApiProvider api={api}>
      <AppDataProvider status={status} settings={settings}>
        <EditionProvider>
          <ToastProvider>
            <RouteProvider value={route}>
              <main>{screen}</main>
            </RouteProvider>
          </ToastProvider>
        </EditionProvider>
      </AppDataProvider>
    </ApiProvider>,
  );
}
