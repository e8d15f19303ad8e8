import { createClient, type Client } from 'graphql-ws';
import { endpoint, indicatorChangedSubscription, type IndicatorChange } from './api';

// Live changes over graphql-transport-ws at /graphql (the npm graphql-ws client), anonymous.
export type LiveState = 'connecting' | 'live' | 'offline';

export interface LiveHandlers {
  onState(state: LiveState): void;
  onChange(change: IndicatorChange): void;
  /** After a reconnection: what happened meanwhile was missed, so read the report again. */
  onReconnected(): void;
}

let client: Client | null = null;
let everConnected = false;

function socketUrl(): string {
  const url = new URL(endpoint, location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}

function connection(handlers: LiveHandlers): Client {
  if (client) return client;
  client = createClient({
    url: socketUrl(),
    lazy: false,
    keepAlive: 15_000,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: async (retries) => {
      await new Promise((resolve) => setTimeout(resolve, Math.min(1000 * 2 ** retries, 15_000) + Math.random() * 500));
    },
    on: {
      connecting: () => handlers.onState(everConnected ? 'offline' : 'connecting'),
      connected: () => {
        handlers.onState('live');
        if (everConnected) handlers.onReconnected();
        everConnected = true;
      },
      closed: () => handlers.onState('offline'),
    },
  });
  return client;
}

/** Follows one report's figures; returns the function that stops following. A subscription the
 * server ends (on its shutdown, say) is started again, and the report read again for what was missed. */
export function followReport(province: string, year: number, handlers: LiveHandlers): () => void {
  const socket = connection(handlers);
  let stopped = false;
  let unsubscribe: () => void = () => undefined;
  const start = (): void => {
    unsubscribe = socket.subscribe<{ indicatorChanged: IndicatorChange }>(
      { query: indicatorChangedSubscription, variables: { where: { province, year } } },
      {
        next: (message) => {
          if (message.data?.indicatorChanged) handlers.onChange(message.data.indicatorChanged);
        },
        error: () => restart(),
        complete: () => restart(),
      },
    );
  };
  const restart = (): void => {
    if (stopped) return;
    setTimeout(() => {
      if (stopped) return;
      start();
      handlers.onReconnected();
    }, 2000);
  };
  start();
  return () => {
    stopped = true;
    unsubscribe();
  };
}
