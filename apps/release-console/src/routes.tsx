import { ReleasesPage } from './pages/ReleasesPage/ReleasesPage.tsx';

/** The module's one page, /releases (its tabs live in the query string). */
export default function Routes() {
  return (
    <div style={{ maxWidth: 1280, margin: '0 auto', padding: '16px 16px 32px' }}>
      <ReleasesPage />
    </div>
  );
}
