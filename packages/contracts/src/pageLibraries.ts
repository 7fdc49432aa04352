import { z } from 'zod';

/** The file a build writes beside its output: the libraries its page provides (module-kit's pageLibrariesPlugin). */
export const PAGE_LIBRARIES_FILE = 'page-libraries.json';

/** The build's copy of one library. */
const pageLibrarySchema = z.object({
  /** The library's package version (module-kit's pin, the one every module is built with). */
  version: z.string(),
  /** The file the import map points the specifier at, from the build's root. */
  file: z.string(),
  /** `file` and every file it imports, for preloading. */
  files: z.array(z.string()),
});

/**
 * A build's `page-libraries.json`, written by module-kit and read by the release tools, the portal and
 * the embed: its copy of each page library, and which ones each of its chunks imports.
 */
export const pageLibrariesFileSchema = z.object({
  /** Specifier (`react`, `sw-antd/data`…) → the build's copy of it. */
  libraries: z.record(z.string(), pageLibrarySchema),
  /** The build's own chunks → the library specifiers each imports statically. */
  imports: z.record(z.string(), z.array(z.string())),
  /** What a module's code imports from each library, name by name (`*`: all of it); absent in the shell's build and in older builds. */
  uses: z.optional(z.record(z.string(), z.array(z.string()))),
  /** The build's own chunks → the chunks each imports lazily (`import()`), by file name; absent in older builds. */
  lazy: z.optional(z.record(z.string(), z.array(z.string()))),
});

export type PageLibrary = z.infer<typeof pageLibrarySchema>;
export type PageLibrariesFile = z.infer<typeof pageLibrariesFileSchema>;
