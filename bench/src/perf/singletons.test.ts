import { describe, expect, it } from 'vitest';
import type { RecordedRequest } from './network.ts';
import { sharedPackageOfChunk, singletonDownloads } from './singletons.ts';

const script = (url: string, transferred = 1000): RecordedRequest => ({
  id: url,
  url,
  type: 'Script',
  sentAt: 0,
  finishedAt: 0,
  transferred,
  fromCache: false,
  status: 200,
  finished: true,
});
const chunk = (origin: string, owner: string, name: string) =>
  `${origin}/modules/x/1.0.0/assets/_virtual_mf___mfe_internal__${owner}__mf_owner__1__prebuild__${name}__prebuild__-AbC123.js`;

describe('sharedPackageOfChunk', () => {
  it('reads the package a federation prebuild chunk provides, with scoped names', () => {
    expect(sharedPackageOfChunk(chunk('http://a', 'sw_frame', 'react_mf_2_dom'))).toBe('react-dom');
    expect(sharedPackageOfChunk(chunk('http://a', 'sw_frame', '_mf_0_tanstack_mf_1_react_mf_2_query'))).toBe(
      '@tanstack/react-query',
    );
    expect(sharedPackageOfChunk('http://a/assets/routes-AbC123.js')).toBeUndefined();
  });
});

describe('singletonDownloads', () => {
  it('reports a library downloaded from two module builds as two providers, subpaths included', () => {
    const downloads = singletonDownloads(
      [
        script(chunk('http://frame', 'sw_frame', 'react'), 4000),
        script(chunk('http://fees', 'sw_fee_directory', 'react'), 4000),
        script(chunk('http://frame', 'sw_frame', 'antd'), 90_000),
        script(chunk('http://frame', 'sw_frame', 'react_mf_2_dom_mf_1_client'), 60_000),
        script(chunk('http://frame', 'sw_frame', 'react_mf_2_i18next'), 10_000),
        script('http://frame/assets/header-AbC123.js'),
      ],
      ['react', 'react-dom', 'antd', 'i18next'],
    );
    expect(downloads).toEqual([
      { name: 'react', providers: ['http://frame', 'http://fees'], files: 2, bytes: 8000 },
      // A subpath's chunk counts for its package; react-i18next is not react.
      { name: 'react-dom', providers: ['http://frame'], files: 1, bytes: 60_000 },
      { name: 'antd', providers: ['http://frame'], files: 1, bytes: 90_000 },
      { name: 'i18next', providers: [], files: 0, bytes: 0 },
    ]);
  });
});
