// A small GraphQL client: queries and mutations over HTTP, subscriptions over graphql-transport-ws.

export async function request(key, query, variables = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'x-api-key': key },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json().catch(() => ({ errors: [{ message: `HTTP ${response.status}` }] }));
  if (body.errors?.length) {
    const error = new Error(body.errors.map(e => e.message).join('; '));
    error.code = body.errors[0].extensions?.code;
    throw error;
  }
  return body.data;
}

// Keeps one subscription alive: reconnects with backoff and resumes after the last cursor seen.
export function subscribe(key, query, variablesFor, onData, onStatus) {
  let socket;
  let stopped = false;
  let attempt = 0;

  const connect = () => {
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
    socket = new WebSocket(url, 'graphql-transport-ws');
    socket.onopen = () => socket.send(JSON.stringify({ type: 'connection_init', payload: { apiKey: key } }));
    socket.onmessage = message => {
      const frame = JSON.parse(message.data);
      switch (frame.type) {
        case 'connection_ack':
          attempt = 0;
          onStatus(true);
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
      onStatus(false);
      if (stopped || event.code === 4403) return;
      attempt += 1;
      setTimeout(connect, Math.min(10000, 250 * 2 ** attempt));
    };
  };

  connect();
  return () => { stopped = true; socket?.close(1000); };
}
