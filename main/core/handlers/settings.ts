import type { CallName } from '../../../contract';
import { saveAllSettings, type SaveAllDeps } from '../../services/settings/save-all-settings';
import type { HandlerMap } from '../handler-map';

export type SettingsCallName = Extract<CallName, `settings.${string}`>;

/** The office's and the person's settings (the service is shared: it also names who entered a change). */
export function settingsHandlers(deps: SaveAllDeps): Pick<HandlerMap, SettingsCallName> {
  const { settings } = deps;
  return {
    'settings.get': () => settings.get(),
    'settings.update': (input) => settings.update(input),
    'settings.save': (input) => saveAllSettings(deps, input),
  };
}
