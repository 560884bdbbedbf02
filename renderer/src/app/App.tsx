import { useEffect, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { CallError, SettingsDto, SystemStatus } from '../../../contract';
import type { Api } from '../api/api';
import { ApiProvider, useApi } from '../api/api-context';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { ToastProvider } from '../components/toasts';
import { applyLanguage, i18n } from '../i18n/i18n';
import { EditionProvider } from '../leitbild/edition-context';
import { AppDataProvider } from './app-data';
import { LiveChangesProvider } from './live-changes';
import { BootFailureScreen } from './BootFailureScreen';
import { DatabaseRefusedScreen } from './DatabaseRefusedScreen';
import { Shell } from './Shell';
import { StartingFrame } from './StartingFrame';

type Boot =
  | { readonly phase: 'starting' }
  | { readonly phase: 'failed'; readonly error: CallError }
  | { readonly phase: 'refused'; readonly status: SystemStatus }
  | { readonly phase: 'ready'; readonly status: SystemStatus; readonly settings: SettingsDto };

async function boot(api: Api): Promise<Boot> {
  const status = await api.call('system.status', {});
  if (!status.ok) return { phase: 'failed', error: status.error };
  if (status.data.database.state === 'refused') return { phase: 'refused', status: status.data };
  const settings = await api.call('settings.get', {});
  if (!settings.ok) return { phase: 'failed', error: settings.error };
  await applyLanguage(settings.data.language);
  return { phase: 'ready', status: status.data, settings: settings.data };
}

function Boot({ onReload }: { onReload: () => void }) {
  const api = useApi();
  const [state, setState] = useState<Boot>({ phase: 'starting' });

  useEffect(() => {
    let current = true;
    void boot(api).then((next) => {
      if (current) setState(next);
    });
    return () => {
      current = false;
    };
  }, [api]);

  switch (state.phase) {
    case 'starting':
      return <StartingFrame />;
    case 'failed':
      return <BootFailureScreen error={state.error} onReload={onReload} />;
    case 'refused':
      return state.status.database.state === 'refused' ? (
        <DatabaseRefusedScreen database={state.status.database} appVersion={state.status.appVersion} onReload={onReload} />
      ) : null;
    case 'ready':
      return (
        <AppDataProvider status={state.status} settings={state.settings}>
          <LiveChangesProvider>
            <EditionProvider>
              <Shell onReload={onReload} />
            </EditionProvider>
          </LiveChangesProvider>
        </AppDataProvider>
      );
  }
}

const reloadWindow = () => window.location.reload();

/** The whole renderer: providers around the start sequence (status → settings → shell). */
export function App({ api, onReload = reloadWindow }: { api: Api; onReload?: () => void }) {
  return (
    <I18nextProvider i18n={i18n}>
      <ErrorBoundary variant="window" onReload={onReload}>
        <ApiProvider api={api}>
          <ToastProvider>
            <Boot onReload={onReload} />
          </ToastProvider>
        </ApiProvider>
      </ErrorBoundary>
    </I18nextProvider>
  );
}
