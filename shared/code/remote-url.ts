import type { CdnHost, PlatformProfile } from '../platform/profiles';

export interface RemoteUrl {
  /** The address as written. */
  url: string;
  /** Lower-case host name, e.g. `cdn.jsdelivr.net`. */
  host: string;
  /** False for `http://`: the CRM runs on https, so the browser blocks such a script. */
  secure: boolean;
}

/**
 * An absolute address on another server (`https://`, `http://` or protocol-relative `//`), or null
 * for a path inside the widget, a requirejs module name, or text that is not a URL.
 */
export function remoteUrl(value: string): RemoteUrl | null {
  const url = value.trim();
  const lower = url.toLowerCase();
  const secure = !lower.startsWith('http://');
  if (!lower.startsWith('https://') && !lower.startsWith('http://') && !lower.startsWith('//')) return null;
  try {
    const parsed = new URL(lower.startsWith('//') ? `https:${url}` : url);
    return parsed.hostname ? { url, host: parsed.hostname.toLowerCase(), secure } : null;
  } catch {
    return null;
  }
}

/** The checklist's entry for a host, when the checklist lists it. */
export function cdnHostEntry(profile: PlatformProfile, host: string): CdnHost | undefined {
  return profile.cdnHosts.find((entry) => entry.host === host);
}

/** "code.jquery.com, yastatic.net, ..." for messages. */
export function cdnHostList(profile: PlatformProfile): string {
  return profile.cdnHosts.map((entry) => entry.host).join(', ');
}
