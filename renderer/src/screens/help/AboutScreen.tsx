import { useTranslation } from 'react-i18next';
import type { SystemStatus } from '../../../../contract';
import { useAppData } from '../../app/app-data';
import { paths } from '../../app/paths';
import { BackLink } from '../../components/BackLink';
import { Page } from '../../components/Page';
import { useToasts } from '../../components/toasts';
import { formatNumber } from '../../i18n/format';
import './help.css';

type TFn = ReturnType<typeof useTranslation>['t'];

/** Label and value of each fact, in the order the IT support asks for them. */
function factsOf(t: TFn, status: SystemStatus): [label: string, value: string, isPath: boolean][] {
  const { database } = status;
  const facts: [string, string, boolean][] = [[t('help.about.appVersion'), status.appVersion, false]];
  if (database.state !== 'refused') {
    facts.push([t('help.about.schemaVersion'), formatNumber(database.schemaVersion), false]);
    facts.push([t('help.about.database'), t(database.state === 'ready' ? 'help.about.databaseReady' : 'help.about.databaseReadOnly'), false]);
  }
  facts.push(
    [t('help.about.dataFolder'), status.dataFolder, true],
    [t('help.about.databaseFile'), database.path, true],
    [t('help.about.logFile'), status.logFile, true],
    [t('help.about.mode'), t(status.transport === 'electron' ? 'help.about.modeElectron' : 'help.about.modeBrowser'), false],
  );
  return facts;
}

/** Hilfe → Über: version, schema, data folder, data file and log file – for the IT support, not on the start page. */
export function AboutScreen() {
  const { t } = useTranslation();
  const { status } = useAppData();
  const toasts = useToasts();
  const facts = factsOf(t, status);

  const copy = () => {
    const text = facts.map(([label, value]) => `${label}: ${value}`).join('\n');
    // Without a clipboard (an insecure page) the call throws: the same message as a refusal.
    Promise.resolve()
      .then(() => navigator.clipboard.writeText(text))
      .then(
      () => toasts.success(t('help.about.copied')),
      () => toasts.error(t('help.about.copyFailed')),
    );
  };

  return (
    <Page title={t('help.about.title')} breadcrumb={t('help.title')} intro={<p>{t('help.about.intro')}</p>}>
      <BackLink to={paths.help} label={t('help.backToGuides')} />
      <section className="card" aria-label={t('help.about.factsLabel')}>
        <dl className="facts about-facts">
          {facts.map(([label, value, isPath]) => (
            <div key={label} className="facts__row">
              <dt>{label}</dt>
              <dd>{isPath ? <code className="path">{value}</code> : value}</dd>
            </div>
          ))}
        </dl>
        <div className="about-actions">
          <button type="button" className="button button--secondary" onClick={copy}>
            {t('help.about.copy')}
          </button>
        </div>
        {status.transport === 'electron' ? <p className="muted about-hint">{t('help.about.desktopHint')}</p> : null}
      </section>
    </Page>
  );
}
