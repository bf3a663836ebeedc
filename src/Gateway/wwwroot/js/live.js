// The one live connection of a page: the recruiter's assistantEvents, resumed after the last cursor
// seen, so every tab and device of the recruiter applies the same events in the same order.
import { subscribe } from './graphql.js';

const EVENTS = `subscription($after: String) { assistantEvents(after: $after) { cursor kind text at planId stepIndex payload } }`;
const listeners = new Set();
const statusListeners = new Set();
let cursor = null;
let stop = null;
let status = { state: 'offline' };
let everLive = false;
let dropped = false;

function newer(event) {
  return cursor === null || BigInt(event.cursor) > BigInt(cursor);
}

// Changes this browser's other tabs made that the server reports no event for (a candidate moved);
// they arrive as LOCAL_CHANGE events whose payload is the change.
const tabs = 'BroadcastChannel' in self ? new BroadcastChannel('hiring.changes') : null;
tabs?.addEventListener('message', message => deliver({ cursor: null, kind: 'LOCAL_CHANGE', at: new Date().toISOString(), text: '', payload: JSON.stringify(message.data) }));

function dispatch(event) {
  if (!newer(event)) return;
  cursor = event.cursor;
  deliver(event);
}

function deliver(event) {
  for (const listener of [...listeners]) {
    try {
      listener(event);
    } catch (error) {
      console.error('event listener failed', error);
    }
  }
}

function setStatus(next) {
  // A connection that comes back after a drop replays what it missed (after the cursor); listeners
  // also hear reconnected = true so views that keep their own copy of server state re-read it.
  const reconnected = next.state === 'live' && everLive && dropped;
  if (next.state === 'live') {
    everLive = true;
    dropped = false;
  }
  if (next.state === 'retrying') dropped = true;
  status = everLive || next.state !== 'connecting' ? next : { ...next, state: 'connecting-first' };
  for (const listener of [...statusListeners]) listener(status, reconnected);
}

export function startLive(key, lastCursor) {
  cursor = lastCursor ?? null;
  stop = subscribe(key, EVENTS, () => ({ after: cursor }), data => dispatch(data.assistantEvents), setStatus);
}

export function stopLive() {
  stop?.();
  stop = null;
}

// Listens to every new event; returns the function that stops listening.
export function onEvent(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// Listens to connection changes: (status, reconnected) where reconnected is true when a dropped
// connection is live again (views re-read their state then).
export function onStatus(listener) {
  statusListeners.add(listener);
  listener(status, false);
  return () => statusListeners.delete(listener);
}

// Tells this browser's other tabs about a change made here, e.g. { projectId, candidateId, stage }.
export function shareChange(change) {
  tabs?.postMessage(change);
}

export function lastCursor() {
  return cursor;
}

// The payload of an event as an object (payloads are JSON text), or null.
export function payloadOf(event) {
  if (!event.payload) return null;
  try {
    return JSON.parse(event.payload);
  } catch {
    return null;
  }
}
