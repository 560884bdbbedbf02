import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApi } from './api/api';
import { App } from './app/App';
import { initI18n } from './i18n/i18n';
import './styles/app.css';

initI18n();

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <App api={createApi()} />
    </StrictMode>,
  );
}
