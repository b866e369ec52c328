/** localStorage that never throws (private mode, full quota, a sandboxed frame). */
export const storage = {
  get(key: string): string | null {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(key: string, value: string | null): void {
    try {
      if (value === null) localStorage.removeItem(key);
      else localStorage.setItem(key, value);
    } catch {
      /* not persisted: the app works without it */
    }
  },
  getJson<T>(key: string, fallback: T): T {
    const raw = storage.get(key);
    if (!raw) return fallback;
    try {
      return JSON.parse(raw) as T;
    } catch {
      return fallback;
    }
  },
  setJson(key: string, value: unknown): void {
    storage.set(key, JSON.stringify(value));
  },
};

export const KEYS = {
  token: 'inbox.token',
  user: 'inbox.user',
  locale: 'inbox.locale',
  drafts: 'inbox.drafts',
  unread: 'inbox.unread',
  sound: 'inbox.sound',
};
