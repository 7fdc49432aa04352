import type { PageLibrariesFile } from '@sw/contracts/page-libraries';

// The file's shape is a contract between module-kit (which writes it) and its readers.
export { PAGE_LIBRARIES_FILE, pageLibrariesFileSchema, type PageLibrariesFile } from '@sw/contracts/page-libraries';

/** The library specifiers a build's chunks import (`react`, `sw-antd/data`…), in first-seen order. */
export function librariesImportedBy(file: PageLibrariesFile, chunks: string[]): string[] {
  return [...new Set(chunks.flatMap((chunk) => file.imports[chunk] ?? []))];
}

/** The files of `specifiers` in the page's build (each library's own file and what it imports). */
export function libraryFiles(page: PageLibrariesFile, specifiers: string[]): string[] {
  return [...new Set(specifiers.flatMap((specifier) => page.libraries[specifier]?.files ?? []))];
}

/** antd's group of what the frame shows on every page (module-kit's antdComponents.ts): buttons, menus, cards. */
const EVERY_PAGE_GROUP = 'sw-antd/base';

/**
 * The lazy chunks among `lazyChunks` that hold a module's pages: the ones that import antd's page
 * groups (tables, forms, dialogs), split from its lifecycles and loaded as soon as it mounts. Charts,
 * spreadsheets and icons do not, nor a menu opened on click that needs only the base group (the
 * frame's demo sign-in): those load when used. Where the build says which chunk imports which
 * (`lazy`), only the ones `loadedFrom` (the expose's own files) import count: a page the routes
 * load later on their own (the usage meter's data entry, for operators) is not the mount's.
 */
export function pageChunks(file: PageLibrariesFile, lazyChunks: string[], loadedFrom: string[]): string[] {
  const { lazy } = file;
  const atMount = lazy && new Set(loadedFrom.flatMap((chunk) => lazy[chunk] ?? []));
  return lazyChunks.filter(
    (chunk) =>
      (!atMount || atMount.has(chunk)) &&
      (file.imports[chunk] ?? []).some(
        (specifier) => specifier.startsWith('sw-antd/') && specifier !== EVERY_PAGE_GROUP,
      ),
  );
}
