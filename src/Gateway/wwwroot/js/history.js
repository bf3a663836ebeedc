// The newest events of the log. The API pages forward only (events after a cursor), and cursors
// are the log's sequence numbers, so the last one is found by doubling then halving with one-event
// probes, and the newest `count` are read after it minus count.
const PROBE = `query($after: String) { events(after: $after, max: 1) { cursor } }`;
const FIRST = 200;
const PAGE = `query($after: String, $max: Int) { events(after: $after, max: $max) { cursor kind text at planId stepIndex payload } }`;

async function anyAfter(api, sequence) {
  return (await api(PROBE, { after: String(sequence) })).events.length > 0;
}

export async function latestEvents(api, count) {
  // A short log (the usual case) is read at once.
  const first = (await api(PAGE, { after: null, max: FIRST })).events;
  if (first.length < FIRST) return first.slice(-count);
  let high = FIRST;
  while (await anyAfter(api, high)) high *= 2;
  // Invariant: an event exists after low, none after high.
  let low = Math.floor(high / 2);
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (await anyAfter(api, middle)) low = middle; else high = middle;
  }
  return (await api(PAGE, { after: String(Math.max(0, high - count)), max: count })).events;
}
