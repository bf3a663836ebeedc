// Subscribes to assistantEvents with the real graphql-ws client and prints one JSON line per
// protocol event: {"type":"connected"}, {"type":"next",...}, then exits after COUNT events.
// usage: node subscribe.mjs <ws-url> <api-key> <count> [after-cursor]
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, apiKey, count, after] = process.argv.slice(2);
const print = (line) => process.stdout.write(JSON.stringify(line) + '\n');
let received = 0;

const client = createClient({
  url,
  webSocketImpl: WebSocket,
  connectionParams: { apiKey },
  lazy: false,
  retryAttempts: 0,
  on: {
    connected: () => print({ type: 'connected' }),
    closed: (event) => print({ type: 'closed', code: event?.code }),
  },
});

const unsubscribe = client.subscribe(
  {
    query: 'subscription Events($after: String) { assistantEvents(after: $after) { cursor kind text } }',
    variables: { after: after ?? null },
  },
  {
    next: (result) => {
      print({ type: 'next', result });
      received += 1;
      if (received >= Number(count)) {
        unsubscribe();
        client.dispose();
      }
    },
    error: (error) => {
      print({ type: 'error', error: error instanceof Error ? error.message : error });
      process.exitCode = 2;
      client.dispose();
    },
    complete: () => print({ type: 'complete' }),
  },
);
