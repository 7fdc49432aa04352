import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import { ALL_EXPORTS, addLibraryUses, libraryUsesRecord } from './libraryUses.ts';

const LIBRARIES = new Set(['react', 'sw-antd/data', 'i18next', '@tanstack/react-query']);

/** What a build's chunks (code, and the specifiers each imports dynamically) use of LIBRARIES. */
function usesOf(...chunks: Array<[code: string, dynamicImports?: string[]]>) {
  const uses = new Map<string, Set<string>>();
  for (const [code, dynamicImports = []] of chunks) addLibraryUses(uses, parseAst(code), dynamicImports, LIBRARIES);
  return libraryUsesRecord(uses);
}

describe('library uses', () => {
  it('lists the names imported from each library across chunks, once each and sorted', () => {
    expect(
      usesOf(
        ['import { Table as t, Tag } from "sw-antd/data"; import { useQuery } from "@tanstack/react-query";'],
        ['import { Tag, List } from "sw-antd/data"; import "./own.js";'],
      ),
    ).toEqual({ '@tanstack/react-query': ['useQuery'], 'sw-antd/data': ['List', 'Table', 'Tag'] });
  });

  it('counts a default import and a re-export by their names', () => {
    expect(usesOf(['import i18n from "i18next"; export { createInstance as c } from "i18next";'])).toEqual({
      i18next: ['createInstance', 'default'],
    });
  });

  it('needs all of a library for a namespace import, export *, a bare import or a dynamic import', () => {
    expect(usesOf(['import * as React from "react"; import { useState } from "react";'])).toEqual({
      react: [ALL_EXPORTS],
    });
    expect(usesOf(['export * from "react";'])).toEqual({ react: [ALL_EXPORTS] });
    expect(usesOf(['import "i18next";'])).toEqual({ i18next: [ALL_EXPORTS] });
    expect(usesOf(['export const later = () => import("sw-antd/data");', ['sw-antd/data']])).toEqual({
      'sw-antd/data': [ALL_EXPORTS],
    });
  });

  it("ignores what is not one of the page's libraries", () => {
    expect(usesOf(['import { a } from "./chunk-1.js"; import { b } from "dayjs";'])).toEqual({});
  });
});
