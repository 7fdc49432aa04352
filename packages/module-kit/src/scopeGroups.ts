/** What the grouping needs to know of one module of a scoped build. */
export interface ScopedModule {
  /** The scopes whose code reaches the module. */
  scopes: ReadonlySet<string>;
  /** Its code's size, to weigh a group against the request it costs. */
  bytes: number;
}

/** The group every page loads: what the scopes on every page reach. */
export const EVERY_PAGE = 'every-page';

interface Group {
  scopes: Set<string> | typeof EVERY_PAGE;
  bytes: number;
  modules: string[];
}

/** Whether `outer` can take `inner`'s modules: its pages are a superset (never the every-page group: the landing page would pay). */
const covers = (outer: Group['scopes'], inner: Group['scopes']) =>
  outer !== EVERY_PAGE && inner !== EVERY_PAGE && [...inner].every((scope) => outer.has(scope));

const size = (scopes: Group['scopes']) => (scopes === EVERY_PAGE ? Infinity : scopes.size);

/**
 * Which file each module of a scoped build goes in, as the group's key (EVERY_PAGE, or its scopes
 * joined by spaces). Modules go by the set of scopes that reach them, so a page downloads only what
 * its modules use; what a scope on every page reaches (the frame) goes in one file. A group smaller
 * than `minBytes` is not worth its own request: it joins the group of the fewest more scopes that
 * covers it (a page of those scopes downloads a little it does not run), never the every-page group
 * (the landing page would pay for every module's odds and ends).
 */
export function groupByScopes(
  modules: ReadonlyMap<string, ScopedModule>,
  everyPage: ReadonlySet<string>,
  minBytes: number,
): Map<string, string> {
  const groups = new Map<string, Group>();
  for (const [id, module] of modules) {
    const onEveryPage = [...module.scopes].some((scope) => everyPage.has(scope));
    const key = onEveryPage ? EVERY_PAGE : [...module.scopes].sort().join(' ');
    const group = groups.get(key) ?? {
      scopes: onEveryPage ? EVERY_PAGE : new Set(module.scopes),
      bytes: 0,
      modules: [],
    };
    group.bytes += module.bytes;
    group.modules.push(id);
    groups.set(key, group);
  }
  for (;;) {
    const small = [...groups]
      .filter(([, group]) => group.bytes < minBytes)
      .sort(([a, ga], [b, gb]) => ga.bytes - gb.bytes || a.localeCompare(b));
    const merge = small
      .map(([key, group]) => {
        const targets = [...groups]
          .filter(([other, candidate]) => other !== key && covers(candidate.scopes, group.scopes))
          .sort(([a, ga], [b, gb]) => size(ga.scopes) - size(gb.scopes) || gb.bytes - ga.bytes || a.localeCompare(b));
        return targets[0] && { key, group, target: targets[0][1] };
      })
      .find(Boolean);
    if (!merge) break;
    merge.target.bytes += merge.group.bytes;
    merge.target.modules.push(...merge.group.modules);
    groups.delete(merge.key);
  }
  const groupOf = new Map<string, string>();
  for (const [key, group] of groups) for (const id of group.modules) groupOf.set(id, key);
  return groupOf;
}
