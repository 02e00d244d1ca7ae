/**
 * Read-model views kept per source object: `cachedViews(build, same)` returns a function that gives
 * back the view it built last time for the same source while `same(view, source)` still holds, and a
 * fresh `build(source)` otherwise. A WeakMap, so a dropped source takes its view with it. Structural
 * sharing (snapshotShare.ts) then stops at `===` for sources that did not change.
 */
export function cachedViews<S extends object, V>(
  build: (source: S) => V,
  same: (view: V, source: S) => boolean,
): (source: S) => V {
  const views = new WeakMap<S, V>();
  return (source) => {
    const kept = views.get(source);
    if (kept !== undefined && same(kept, source)) return kept;
    const view = build(source);
    views.set(source, view);
    return view;
  };
}
