// Which events the digest lists: autopilot runs that ended and applicants evaluated, after the mark
// where the recruiter last dismissed it. The latest events the app reads at start usually hold them
// all; when the mark is older, the events between are read page by page (a few pages at most).
const KINDS = new Set(['AUTOPILOT_RUN_FINISHED', 'APPLICANT_EVALUATED']);
const PAGE_SIZE = 200;
const MAX_PAGES = 5;
const PAGE = `query($after: String) { events(after: $after, max: ${PAGE_SIZE}) { cursor kind text at payload } }`;

export function isDigestEvent(event) {
  return KINDS.has(event.kind) && event.cursor !== null;
}

export function isAfter(event, mark) {
  return mark === null || BigInt(event.cursor) > BigInt(mark);
}

// seen: the mark (a cursor), or null when the digest was never dismissed: then what is new is what
// the latest events hold. latest: the app's latest events, oldest first.
export async function digestEvents(api, seen, latest) {
  const first = latest[0]?.cursor;
  const older = seen !== null && first !== undefined && BigInt(seen) + 1n < BigInt(first) ? await readBetween(api, seen, first) : [];
  return [...older, ...latest].filter(event => isDigestEvent(event) && isAfter(event, seen));
}

async function readBetween(api, from, until) {
  const events = [];
  let after = from;
  for (let page = 0; page < MAX_PAGES; page++) {
    const batch = (await api(PAGE, { after })).events;
    for (const event of batch) {
      if (BigInt(event.cursor) >= BigInt(until)) return events;
      events.push(event);
    }
    if (batch.length < PAGE_SIZE) return events;
    after = batch.at(-1).cursor;
  }
  return events;
}
