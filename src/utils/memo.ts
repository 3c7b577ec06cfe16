/**
 * Compute something once per key object and look it up afterwards: what every page of a build
 * reads (the trips sorted, the list pages, the network) is computed once, not once per page.
 * Keyed by identity (the site data is loaded once a build, see site-data.ts), held weakly.
 */
export function once<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, compute(key));
    return cache.get(key) as V;
  };
}
