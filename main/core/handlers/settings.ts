import type { CallName } from '../../../contract';
import type { SettingsService } from '../../services/settings/settings-service';
import type { HandlerMap } from '../handler-map';

export type SettingsCallName = Extract<CallName, `settings.${string}`>;

/** The office's settings (the service is shared: it also names who entered a change). */
export function settingsHandlers(settings: SettingsService): Pick<HandlerMap, SettingsCallName> {
  return {
    'settings.get': () => settings.get(),
    'settings.update': (input) => settings.update(input),
  };
}
