import { useEffect, useMemo, useState } from 'react';
import { createFeeSearchIndex, type FeeItem, type FeeQuery, type Locale } from '@sw/contracts';

type ExtraKeys = (item: FeeItem) => string[];

/**
 * pinyin-pro is large, so it is loaded after the first render: the list and the Chinese/English
 * search work at once, pinyin search joins a moment later.
 */
function usePinyinKeys(): ExtraKeys | undefined {
  const [keys, setKeys] = useState<{ fn: ExtraKeys }>();
  useEffect(() => {
    let active = true;
    import('./pinyinKeys.ts').then(
      (m) => active && setKeys({ fn: m.feePinyinKeys }),
      () => {}, // without pinyin keys the search still works in all three languages
    );
    return () => {
      active = false;
    };
  }, []);
  return keys?.fn;
}

/** Filters and sorts the catalogue; the index is built once per catalogue, each query is a scan. */
export function useFeeSearch(items: readonly FeeItem[] | undefined, query: FeeQuery, locale: Locale): FeeItem[] {
  const pinyinKeys = usePinyinKeys();
  const index = useMemo(() => createFeeSearchIndex(items ?? [], pinyinKeys), [items, pinyinKeys]);
  return useMemo(() => index.search(query, locale), [index, query, locale]);
}
