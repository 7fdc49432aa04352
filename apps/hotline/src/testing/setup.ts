import { configure } from '@testing-library/react';

// The module's pages load lazily and antd renders slowly in happy-dom: give async queries time.
configure({ asyncUtilTimeout: 5000 });
