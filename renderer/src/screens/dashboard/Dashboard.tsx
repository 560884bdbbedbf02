import { useCall } from '../../api/use-call';
import { CallLoadState } from '../../components/LoadState';
import { ByFieldCard } from './ByFieldCard';
import { RecentChangesCard } from './RecentChangesCard';
import { StaleCard } from './StaleCard';
import { useLiveReload } from '../../app/live-changes';

/** The edition's figures: one dashboard.summary call feeding the three cards. */
export function Dashboard({ editionId }: { editionId: number }) {
  const summary = useCall('dashboard.summary', { editionId });
  useLiveReload(summary.reload, ['*']);

  if (!summary.data) {
    return <CallLoadState call={summary} className="card" />;
  }
  return (
    <>
      <ByFieldCard summary={summary.data} />
      <div className="card-grid dashboard-grid">
        <StaleCard summary={summary.data} />
        <RecentChangesCard summary={summary.data} />
      </div>
    </>
  );
}
