import { useEffect, useMemo, useState } from 'react';
import { createFeeSearchIndex, type FeeItem, type FeeQuery, type Locale } from '@sw/contracts';

type ExtraKeys = (item: FeeItem) => string[];

/** Items converted to pinyin per slice of work; the page stays responsive between slices. */
const CHUNK = 500;

/**
 * pinyin-pro is large and converting a big catalogue takes a while, so pinyin keys come after the
 * first render, computed in slices between frames: the list and the Chinese/English search work at
 * once, pinyin search joins when all keys are ready, and typing is never blocked meanwhile.
 */
function usePinyinKeys(items: readonly FeeItem[] | undefined): ExtraKeys | undefined {
  const [keys, setKeys] = useState<{ items: readonly FeeItem[]; fn: ExtraKeys }>();
  useEffect(() => {
    if (!items?.length) return;
    let active = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    import('./pinyinKeys.ts').then(
      ({ feePinyinKeys }) => {
        const byItem = new Map<FeeItem, string[]>();
        const step = (start: number) => {
          if (!active) return;
          for (const item of items.slice(start, start + CHUNK)) byItem.set(item, feePinyinKeys(item));
          if (start + CHUNK < items.length) timer = setTimeout(() => step(start + CHUNK), 0);
          else setKeys({ items, fn: (item) => byItem.get(item) ?? [] });
        };
        step(0);
      },
      () => {}, // without pinyin keys the search still works in all three languages
    );
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [items]);
  return keys && keys.items === items ? keys.fn : undefined;
}

/** Filters and sorts the catalogue; the index is built once per catalogue, each query is a scan. */
export function useFeeSearch(items: readonly FeeItem[] | undefined, query: FeeQuery, locale: Locale): FeeItem[] {
  const pinyinKeys = usePinyinKeys(items);
  const index = useMemo(() => createFeeSearchIndex(items ?? [], pinyinKeys), [items, pinyinKeys]);
  return useMemo(() => index.search(query, locale), [index, query, locale]);
}
