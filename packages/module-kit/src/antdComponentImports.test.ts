import { describe, expect, it } from 'vitest';
import { antdGroupIndex, antdGroupModule, rewriteAntdImports } from './antdComponentImports.ts';
import { ANTD_GROUPS, antdComponentModules, antdGroups } from './antdComponents.ts';

const groupOf = antdGroupIndex();

describe('rewriteAntdImports', () => {
  it("splits a module's antd imports into the groups the page provides, keeping local names", () => {
    const code = `import { Button, Table as AntTable, Modal } from 'antd';\nconst x = 1;`;
    expect(rewriteAntdImports(code, groupOf)).toBe(
      `import { Button } from 'sw-antd/base'; import { Table as AntTable } from 'sw-antd/data'; import { Modal } from 'sw-antd/overlay';\nconst x = 1;`,
    );
  });

  it('keeps type-only imports for the compiler and the line count for the source map', () => {
    const code = `import {\n  Form,\n  type FormProps,\n} from 'antd';\nimport type { TableProps } from 'antd';\nexport {};`;
    const rewritten = rewriteAntdImports(code, groupOf);
    expect(rewritten).toContain(`import { Form } from 'sw-antd/form'; import type { FormProps } from 'antd';`);
    expect(rewritten).toContain(`import type { TableProps } from 'antd';`);
    expect(rewritten.split('\n')).toHaveLength(code.split('\n').length);
  });

  it("turns a locale's default import into the base group's named export", () => {
    expect(rewriteAntdImports(`import zhHK from 'antd/es/locale/zh_HK';`, groupOf)).toBe(
      `import { locale_zh_HK as zhHK } from 'sw-antd/base';`,
    );
  });

  it('refuses what the page cannot provide, naming the file', () => {
    expect(() => rewriteAntdImports(`import { Buttn } from 'antd';`, groupOf, 'src/a.tsx')).toThrow(
      'src/a.tsx: antd exports no component "Buttn"',
    );
    expect(() => rewriteAntdImports(`import * as antd from 'antd';`, groupOf, 'src/b.tsx')).toThrow(
      /src\/b\.tsx: import antd's components by name/,
    );
    expect(() => rewriteAntdImports(`import ja from 'antd/es/locale/ja_JP';`, groupOf)).toThrow(/ja_JP locale/);
  });

  it('leaves code without antd imports alone', () => {
    const code = `import { useState } from 'react';\nconst antd = 'antd';`;
    expect(rewriteAntdImports(code, groupOf)).toBe(code);
  });
});

describe('antd groups', () => {
  it("put every component of antd's index in exactly one group, newer ones in `more`", () => {
    const placed = [...antdGroups().values()].flatMap((members) => [...members.keys()]);
    expect(placed.sort()).toEqual([...antdComponentModules().keys()].sort());
    const listed = Object.values(ANTD_GROUPS).flat() as string[];
    const more = [...antdGroups().get('more')!.keys()];
    expect(more.some((name) => listed.includes(name))).toBe(false);
  });

  it("write each group as a module re-exporting its components, base with the suite's locales", () => {
    const base = antdGroupModule('base');
    expect(base).toContain(`export { default as ConfigProvider } from 'antd/es/config-provider';`);
    expect(base).toContain(`export { default as locale_zh_CN } from 'antd/es/locale/zh_CN';`);
    expect(antdGroupModule('data')).toContain(`export { default as Table } from 'antd/es/table';`);
    expect(antdGroupModule('data')).not.toContain('locale_');
  });
});
