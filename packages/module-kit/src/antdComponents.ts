import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * antd's components in a few groups, each one module of the page (`sw-antd/<group>`): a page loads
 * the groups its modules use, in a handful of files, instead of the whole library (430 KB gzip) or
 * one file per component (hundreds of requests). The groups follow how the suite uses antd: `base`
 * is what the frame shows on every page; a module's pages add `data`, `form` and `overlay`; the
 * rest waits in groups no page uses today. Components missing here (a newer antd) go to `more`.
 */
export const ANTD_GROUPS = {
  base: [
    'App',
    'ConfigProvider',
    'Button',
    'Typography',
    'Space',
    'Flex',
    'Row',
    'Col',
    'Grid',
    'Card',
    'Tabs',
    'Skeleton',
    'Empty',
    'Tooltip',
    'Spin',
    'Result',
    'Dropdown',
    'Menu',
    'Radio',
    'theme',
    'version',
  ],
  data: [
    'Table',
    'Pagination',
    'Tag',
    'Descriptions',
    'List',
    'Statistic',
    'Timeline',
    'Steps',
    'Collapse',
    'Progress',
    'Breadcrumb',
    'Alert',
    'Badge',
    'Avatar',
    'Segmented',
  ],
  form: ['Form', 'Input', 'InputNumber', 'Select', 'Checkbox', 'Upload', 'AutoComplete', 'Switch'],
  overlay: ['Modal', 'Drawer', 'Popconfirm', 'Popover', 'message', 'notification'],
  pickers: ['DatePicker', 'TimePicker', 'Calendar'],
  more: [] as string[],
} as const satisfies Record<string, readonly string[]>;

export type AntdGroup = keyof typeof ANTD_GROUPS;

/** The page's module for an antd group: `sw-antd/base`. */
export const antdGroupSpecifier = (group: AntdGroup) => `sw-antd/${group}`;

/** antd's locales every module's ModuleRoot uses (react/antdLocale.ts), exported by `base` as `locale_en_US`… */
export const ANTD_LOCALES = ['en_US', 'zh_CN', 'zh_HK'] as const;
export const antdLocaleModule = (locale: string) => `antd/es/locale/${locale}`;
export const antdLocaleExport = (locale: string) => `locale_${locale}`;

/** `export { default as Button } from './button';` in antd's ES index. */
const COMPONENT_EXPORT = /^export \{ default as (\w+) \} from '\.\/([\w-]+)';$/gm;

/**
 * antd's public components, each with the module that holds it alone: `Button` → `antd/es/button`.
 * Read from antd's own ES index, so a new antd version brings its new components along.
 */
export function antdComponentModules(): Map<string, string> {
  const index = join(dirname(require.resolve('antd/package.json')), 'es/index.js');
  const modules = new Map<string, string>();
  for (const [, name, folder] of readFileSync(index, 'utf8').matchAll(COMPONENT_EXPORT)) {
    modules.set(name!, `antd/es/${folder}`);
  }
  if (!modules.has('ConfigProvider')) throw new Error(`antd's ES index (${index}) no longer lists its components`);
  return modules;
}

/** Each group's components (name → antd module); every component of antd is in exactly one. */
export function antdGroups(): Map<AntdGroup, Map<string, string>> {
  const modules = antdComponentModules();
  const groups = new Map<AntdGroup, Map<string, string>>();
  const placed = new Set<string>();
  for (const [group, names] of Object.entries(ANTD_GROUPS) as Array<[AntdGroup, readonly string[]]>) {
    const members = new Map<string, string>();
    for (const name of names) {
      const module = modules.get(name);
      if (!module) throw new Error(`ANTD_GROUPS.${group} lists ${name}, which antd does not export`);
      if (placed.has(name)) throw new Error(`ANTD_GROUPS lists ${name} twice`);
      placed.add(name);
      members.set(name, module);
    }
    groups.set(group, members);
  }
  for (const [name, module] of modules) if (!placed.has(name)) groups.get('more')!.set(name, module);
  return groups;
}
