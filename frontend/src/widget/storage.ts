/**
 * What the widget remembers in the visitor's browser, under
 * `inbox-widget:<inboxKey>` (the signed visitor token: the visitor's only
 * identity) and `inbox-widget:<inboxKey>:seen` (the newest message id the
 * visitor has seen, so the unread badge survives page navigation).
 *
 * localStorage can throw (Safari private mode, storage blocked by the
 * browser's privacy settings): then the widget works for this page view only.
 */
export interface VisitorStore {
  getToken(): string | null;
  setToken(token: string): void;
  clearToken(): void;
  getSeenId(): number | null;
  setSeenId(id: number): void;
}

export function tokenKey(inboxKey: string): string {
  return `inbox-widget:${inboxKey}`;
}

export function createVisitorStore(inboxKey: string, storage: Storage | null = safeLocalStorage()): VisitorStore {
  const memory = new Map<string, string>();
  const get = (key: string): string | null => {
    try {
      return storage ? storage.getItem(key) : (memory.get(key) ?? null);
    } catch {
      return memory.get(key) ?? null;
    }
  };
  const set = (key: string, value: string | null): void => {
    if (value === null) memory.delete(key);
    else memory.set(key, value);
    try {
      if (value === null) storage?.removeItem(key);
      else storage?.setItem(key, value);
    } catch {
      /* kept in memory only */
    }
  };
  const token = tokenKey(inboxKey);
  const seen = `${token}:seen`;
  return {
    getToken: () => get(token) || null,
    setToken: (value) => set(token, value),
    clearToken: () => set(token, null),
    getSeenId: () => {
      const n = Number(get(seen));
      return Number.isSafeInteger(n) && n > 0 ? n : null;
    },
    setSeenId: (id) => set(seen, String(id)),
  };
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
