/**
 * Hosts that only reach the developer's own machine: localhost and private networks, and the tunnels
 * that expose a laptop for a while (ngrok, localtunnel, Cloudflare quick tunnels, ...). Whoever calls them
 * from elsewhere (the platform's servers, a user's browser) gets no answer once the laptop sleeps.
 */
const LOCAL_HOST = /^(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1\]|10(?:\.\d{1,3}){3}|192\.168(?:\.\d{1,3}){2}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d{1,3}){2})$|\.(?:local|localhost)$/i;
const TUNNEL_HOST = /(?:^|\.)(?:ngrok\.io|ngrok\.app|ngrok\.dev|ngrok-free\.app|ngrok-free\.dev|loca\.lt|localtunnel\.me|trycloudflare\.com|serveo\.net|localhost\.run|lhr\.life|devtunnels\.ms|tunnelmole\.net|pagekite\.me)$/i;
/** Absolute and protocol-relative addresses inside a longer text (code strings, templates). */
const ADDRESS_IN_TEXT = /(?:https?:)?\/\/[^\s'"`<>()]+/gi;

/** The host of an address when it is a local or tunnel address, else null. */
export function developmentHost(address: string): string | null {
  let host: string;
  try {
    host = new URL(address.trim()).hostname;
  } catch {
    return null;
  }
  return LOCAL_HOST.test(host) || TUNNEL_HOST.test(host) ? host : null;
}

/** The first address in `text` on a development host, with where it starts; null when there is none. */
export function developmentAddressIn(text: string): { found: string; at: number } | null {
  // Every address holds `//`; most texts have none, and the search below costs far more than this test.
  if (!text.includes('//')) return null;
  for (const match of text.matchAll(ADDRESS_IN_TEXT)) {
    const address = match[0].startsWith('//') ? `http:${match[0]}` : match[0];
    if (developmentHost(address)) return { found: match[0], at: match.index ?? 0 };
  }
  return null;
}
