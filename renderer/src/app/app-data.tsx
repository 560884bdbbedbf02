import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { SettingsDto, SystemStatus } from '../../../contract';

/** What the shell loaded at start and every screen may show: the status and the settings. */
export interface AppData {
  readonly status: SystemStatus;
  readonly settings: SettingsDto;
  /** After `settings.update` succeeded. */
  setSettings(settings: SettingsDto): void;
}

const AppDataContext = createContext<AppData | null>(null);

export function AppDataProvider({ status, settings: initial, children }: { status: SystemStatus; settings: SettingsDto; children: ReactNode }) {
  const [settings, setSettings] = useState(initial);
  const value = useMemo(() => ({ status, settings, setSettings }), [status, settings]);
  return <AppDataContext.Provider value={value}>{children}</AppDataContext.Provider>;
}

export function useAppData(): AppData {
  const data = useContext(AppDataContext);
  if (!data) throw new Error('useAppData() needs an <AppDataProvider>');
  return data;
}
