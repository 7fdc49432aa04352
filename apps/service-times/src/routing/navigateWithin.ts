/**
 * Moves to another page of this module without a reload. In the shell, single-spa patches
 * `pushState` and announces the change with a popstate event itself; alone (dev harness, tests)
 * nothing does, so one is sent only when none came.
 */
export function navigateWithin(url: string): void {
  let announced = false;
  const listen = () => {
    announced = true;
  };
  addEventListener('popstate', listen);
  try {
    history.pushState(history.state, '', url);
  } finally {
    removeEventListener('popstate', listen);
  }
  if (!announced) dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
  scrollTo?.({ top: 0 });
}
