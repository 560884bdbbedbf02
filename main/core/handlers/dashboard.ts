import type { CallName } from '../../../contract';
import type { AppDatabase } from '../../../database/app-database';
import { DashboardService } from '../../services/dashboard/dashboard-service';
import type { HandlerMap } from '../handler-map';

export type DashboardCallName = Extract<CallName, `dashboard.${string}`>;

/** The start screen's summary of an edition. */
export function dashboardHandlers(db: AppDatabase): Pick<HandlerMap, DashboardCallName> {
  const dashboard = new DashboardService(db);
  return {
    'dashboard.summary': (input) => dashboard.summary(input),
  };
}
