import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertIcon } from './icons';

interface ErrorBoundaryProps {
  readonly children: ReactNode;
  /** "Neu laden"; the whole window by default. */
  readonly onReload?: () => void;
  /** `page`: fills the content area; `window`: the whole window (nothing else could be shown). */
  readonly variant?: 'page' | 'window';
}

interface ErrorBoundaryState {
  readonly error: Error | null;
}

const reloadWindow = () => window.location.reload();

export function ErrorFallback({ error, onReload = reloadWindow, variant = 'page' }: { error: Error; onReload?: () => void; variant?: 'page' | 'window' }) {
  const { t } = useTranslation();
  const content = (
    <div className="problem" role="alert">
      <span className="problem__icon">
        <AlertIcon size={32} />
      </span>
      <div className="problem__body">
        <h1 className="problem__title" tabIndex={-1}>
          {t('common.errorBoundary.title')}
        </h1>
        <p>{t('common.errorBoundary.text')}</p>
        <p>{t('common.errorBoundary.hint')}</p>
        <p>
          <button type="button" className="button button--primary" onClick={onReload}>
            {t('common.reload')}
          </button>
        </p>
        {error.message ? (
          <details className="problem__details">
            <summary>{t('common.errorBoundary.details')}</summary>
            <pre>{error.message}</pre>
          </details>
        ) : null}
      </div>
    </div>
  );
  return variant === 'window' ? <main className="standalone">{content}</main> : content;
}

/** Catches a crash while rendering and shows a calm message instead of a white window. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Leitbild-Werkstatt: rendering failed', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error) return <ErrorFallback error={error} onReload={this.props.onReload} variant={this.props.variant} />;
    return this.props.children;
  }
}
