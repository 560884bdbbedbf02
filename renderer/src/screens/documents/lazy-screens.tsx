import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The document screens carry the Word engine (`docx`, the builders, `docx-preview`): loaded
 * when "Dokumente" is first opened, not with the app. The chunks are files of the app
 * (script-src 'self').
 */
function Loading() {
  const { t } = useTranslation();
  return (
    <p className="muted" role="status">
      {t('common.loading')}
    </p>
  );
}

function deferred(Screen: LazyExoticComponent<ComponentType>): ComponentType {
  return function DeferredScreen() {
    return (
      <Suspense fallback={<Loading />}>
        <Screen />
      </Suspense>
    );
  };
}

export const DocumentsScreen = deferred(lazy(() => import('./DocumentsScreen').then((module) => ({ default: module.DocumentsScreen }))));
export const AntragScreen = deferred(lazy(() => import('./AntragScreen').then((module) => ({ default: module.AntragScreen }))));
export const EditionDocumentScreen = deferred(lazy(() => import('./EditionDocumentScreen').then((module) => ({ default: module.EditionDocumentScreen }))));
export const ReportScreen = deferred(lazy(() => import('./ReportScreen').then((module) => ({ default: module.ReportScreen }))));
