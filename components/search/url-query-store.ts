/**
 * The page's query string as an external store, so filter state lives in the URL (linkable,
 * survives reloads, works with back and forward) without useSearchParams, which would opt a
 * prerendered page out of static rendering.
 */
const CHANGE_EVENT = "offswitch:query-change";

export function subscribeToQuery(listener: () => void): () => void {
  window.addEventListener("popstate", listener);
  window.addEventListener(CHANGE_EVENT, listener);
  return () => {
    window.removeEventListener("popstate", listener);
    window.removeEventListener(CHANGE_EVENT, listener);
  };
}

export const getQuery = () => window.location.search;
export const getServerQuery = () => "";

/** Replaces the query (no new history entry per keystroke) and tells subscribers. */
export function replaceQuery(query: string): void {
  window.history.replaceState(window.history.state, "", `${window.location.pathname}${query}${window.location.hash}`);
  window.dispatchEvent(new Event(CHANGE_EVENT));
}
