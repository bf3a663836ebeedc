// Coalesces bursts of calls (one step of the assistant emits several events) into one call after
// the burst, so a view re-reads the server once per burst rather than once per event.
export function coalesce(fn, ms = 250) {
  let timer = null;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(() => { timer = null; fn(); }, ms);
  };
}
