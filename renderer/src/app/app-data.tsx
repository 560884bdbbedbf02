import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { SettingsDto, SystemStatus } from '../../../contract';

/** What the shell loaded at start and every screen may show: the status and the settings. */
export interface AppData {
  readonly status: SystemStatus;
  readonly settings: SettingsDto;
  /** After `settings.update` succeeded. */
  setSettings(settings: SettingsDto): void;
  /** When the status changed while the app runs (the check after start found damage: read-only). */
  setStatus(status: SystemStatus): void;
}

const AppDataContext = createContext<AppData | null>(null);

export function AppDataProvider({ status: initialStatus, settings: initial, children }: { status: SystemStatus; settings: SettingsDto; children: ReactNode }) {
  const [settings, setSettings] = useState(initial);
  const [status, setStatus] = useState(initialStatus);
  // A new status from the shell (a reload) replaces the one set meanwhile.
  useEffect(() => setStatus(initialStatus), [initialStatus]);
  const value = useMemo(() => ({ status, settings, setSettings, setStatus }), [status, settings]);
  return <AppDataContext.Provider value={value}>{children}</AppDataContext.Provider>;
}

export function useAppData(): AppData {
  const data = useContext(AppDataContext);
  if (!data) throw new Error('useAppData() needs an <AppDataProvider>');
  return data;
}
