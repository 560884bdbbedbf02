import { lazy, Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Every screen but Start is a chunk of its own, so the window shows the start page after loading
 * only what that page needs (the start bundle stays under 500 kB; `scripts/check-start-bundle.mjs`).
 * Right after the first screen, `preloadScreens` fetches the rest in the background: by the time
 * someone clicks, the screen is there and renders at once, without a loading line.
 */

type Loader = () => Promise<ComponentType>;

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="muted" role="status">
      {t('common.loading')}
    </p>
  );
}

const loaders: Loader[] = [];

/** `preload: false` for screens whose chunk is heavy and rarely needed (the Word engine). */
function deferred(load: Loader, { preload = true } = {}): ComponentType {
  let loaded: ComponentType | undefined;
  let pending: Promise<ComponentType> | undefined;
  const fetchOnce = () => (pending ??= load().then((Screen) => (loaded = Screen)));
  if (preload) loaders.push(fetchOnce);
  // A thenable that answers at once when the chunk is already here: React.lazy then renders the
  // screen in the same pass instead of showing the fallback for one frame.
  const Lazy = lazy(() => ({
    then: (resolve: (module: { default: ComponentType }) => void, reject: (reason: unknown) => void) => {
      if (loaded) resolve({ default: loaded });
      else fetchOnce().then((Screen) => resolve({ default: Screen }), reject);
    },
  }) as Promise<{ default: ComponentType }>);
  return function DeferredScreen() {
    return (
      <Suspense fallback={<Loading />}>
        <Lazy />
      </Suspense>
    );
  };
}

/** Loads every screen's chunk (each once); a failure shows only when that screen is opened. */
export function preloadScreens(): void {
  for (const load of loaders) load().catch(() => undefined);
}

export const EditionsScreen = deferred(() => import('../screens/editions/EditionsScreen').then((m) => m.EditionsScreen));
export const EditionScreen = deferred(() => import('../screens/editions/EditionScreen').then((m) => m.EditionScreen));
export const FieldsOfActionScreen = deferred(() => import('../screens/fields-of-action/FieldsOfActionScreen').then((m) => m.FieldsOfActionScreen));
export const MeasuresScreen = deferred(() => import('../screens/measures/MeasuresScreen').then((m) => m.MeasuresScreen));
export const MeasureScreen = deferred(() => import('../screens/measures/MeasureScreen').then((m) => m.MeasureScreen));
export const IntakeScreen = deferred(() => import('../screens/measures/intake/IntakeScreen').then((m) => m.IntakeScreen));
export const SearchScreen = deferred(() => import('../screens/measures/search/SearchScreen').then((m) => m.SearchScreen));
export const MeetingsScreen = deferred(() => import('../screens/meetings/MeetingsScreen').then((m) => m.MeetingsScreen));
export const ActionItemsScreen = deferred(() => import('../screens/meetings/ActionItemsScreen').then((m) => m.ActionItemsScreen));
export const MeetingScreen = deferred(() => import('../screens/meetings/MeetingScreen').then((m) => m.MeetingScreen));
export const LiveMeetingScreen = deferred(() => import('../screens/meetings/live/LiveMeetingScreen').then((m) => m.LiveMeetingScreen));
export const ContactsScreen = deferred(() => import('../screens/contacts/ContactsScreen').then((m) => m.ContactsScreen));
export const ContactScreen = deferred(() => import('../screens/contacts/ContactScreen').then((m) => m.ContactScreen));
export const BodiesScreen = deferred(() => import('../screens/contacts/BodiesScreen').then((m) => m.BodiesScreen));
export const BodyScreen = deferred(() => import('../screens/contacts/BodyScreen').then((m) => m.BodyScreen));
export const OrganizationsScreen = deferred(() => import('../screens/contacts/OrganizationsScreen').then((m) => m.OrganizationsScreen));
export const ContactsImportScreen = deferred(() => import('../screens/contacts/import/ContactsImportScreen').then((m) => m.ContactsImportScreen));
export const SettingsScreen = deferred(() => import('../screens/settings/SettingsScreen').then((m) => m.SettingsScreen));
export const HelpScreen = deferred(() => import('../screens/help/HelpScreen').then((m) => m.HelpScreen));
export const AboutScreen = deferred(() => import('../screens/help/AboutScreen').then((m) => m.AboutScreen));
export const GuideScreen = deferred(() => import('../screens/help/GuideScreen').then((m) => m.GuideScreen));

// The document screens carry the Word engine (`docx`, the builders, `docx-preview`): loaded when
// "Dokumente" is first opened, not in the background after the start.
const wordEngine = { preload: false };
export const DocumentsScreen = deferred(() => import('../screens/documents/DocumentsScreen').then((m) => m.DocumentsScreen), wordEngine);
export const AntragScreen = deferred(() => import('../screens/documents/AntragScreen').then((m) => m.AntragScreen), wordEngine);
export const EditionDocumentScreen = deferred(() => import('../screens/documents/EditionDocumentScreen').then((m) => m.EditionDocumentScreen), wordEngine);
export const ReportScreen = deferred(() => import('../screens/documents/ReportScreen').then((m) => m.ReportScreen), wordEngine);
