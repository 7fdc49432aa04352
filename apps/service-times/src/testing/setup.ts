import { configure } from '@testing-library/react';

// antd pages take a while to render in happy-dom (more so on a busy machine): wait for them
// longer than Testing Library's default second before calling something missing.
configure({ asyncUtilTimeout: 10_000 });
