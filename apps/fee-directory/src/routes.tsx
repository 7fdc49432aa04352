import { FeeListPage } from './pages/FeeListPage/FeeListPage.tsx';

/** The module's pages. One for now (`/fees`); item detail and the estimator come later. */
export default function Routes() {
  return <FeeListPage />;
}
