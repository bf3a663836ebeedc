// A small GraphQL client: queries and mutations over HTTP, subscriptions over graphql-transport-ws.

export class GraphQLError extends Error {
  constructor(errors, status) {
    super(errors.map(e => e.message).join('; '));
    this.code = errors[0]?.extensions?.code ?? (status ? `HTTP_${status}` : undefined);
    this.errors = errors;
  }
}

export async function request(key, query, variables = {}) {
  let response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'x-api-key': key },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new GraphQLError([{ message: 'The server cannot be reached.', extensions: { code: 'OFFLINE' } }]);
  }
  const body = await response.json().catch(() => ({ errors: [{ message: `HTTP ${response.status}` }] }));
  if (body.errors?.length) throw new GraphQLError(body.errors, response.status);
  return body.data;
}

// Keeps one subscription alive: reconnects with exponential backoff (capped, with jitter) and
// resubscribes with fresh variables, so the caller resumes after the last cursor it saw.
// onStatus receives { state: 'connecting' | 'live' | 'retrying' | 'refused', attempt, delayMs }.
export function subscribe(key, query, variablesFor, onData, onStatus) {
  let socket;
  let timer;
  let stopped = false;
  let attempt = 0;

  let waiting = false;

  const retry = () => {
    attempt += 1;
    const delayMs = Math.min(10000, 500 * 2 ** (attempt - 1)) * (0.75 + Math.random() * 0.5);
    onStatus({ state: 'retrying', attempt, delayMs });
    waiting = true;
    timer = setTimeout(connect, delayMs);
  };

  // Back online (network or a woken laptop): try now rather than at the end of the backoff.
  const now = () => {
    if (!waiting || stopped) return;
    clearTimeout(timer);
    connect();
  };
  window.addEventListener('online', now);

  const connect = () => {
    waiting = false;
    if (stopped) return;
    onStatus({ state: 'connecting', attempt });
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
    socket = new WebSocket(url, 'graphql-transport-ws');
    socket.onopen = () => socket.send(JSON.stringify({ type: 'connection_init', payload: { apiKey: key } }));
    socket.onmessage = message => {
      const frame = JSON.parse(message.data);
      switch (frame.type) {
        case 'connection_ack':
          attempt = 0;
          onStatus({ state: 'live', attempt });
          socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables: variablesFor() } }));
          break;
        case 'ping':
          socket.send(JSON.stringify({ type: 'pong' }));
          break;
        case 'next':
          if (frame.payload?.data) onData(frame.payload.data);
          break;
        case 'error':
          console.error('subscription error', frame.payload);
          break;
      }
    };
    socket.onclose = event => {
      if (stopped) return;
      if (event.code === 4403 || event.code === 4401) {
        onStatus({ state: 'refused', attempt });
        return;
      }
      retry();
    };
  };

  connect();
  return () => {
    stopped = true;
    window.removeEventListener('online', now);
    clearTimeout(timer);
    socket?.close(1000);
  };
}
