/**
 * The REST client: JSON in and out, the operator's access token on every
 * call, and one error type carrying the server's `{statusCode, message}`.
 */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Network failure: the request never got an answer. */
    readonly network = false,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type UnauthorizedHandler = (message: string) => void;

let token: string | null = null;
let onUnauthorized: UnauthorizedHandler = () => {};
/** Tests and other hosts can point the client somewhere else; the app uses its own origin. */
let baseUrl = '';

export const http = {
  setToken(value: string | null) {
    token = value;
  },
  setBaseUrl(value: string) {
    baseUrl = value.replace(/\/+$/, '');
  },
  /** Called on any 401 except the login itself: the session is over. */
  onUnauthorized(handler: UnauthorizedHandler) {
    onUnauthorized = handler;
  },
  get<T>(path: string, query?: Record<string, string | number | undefined | null>): Promise<T> {
    return request<T>('GET', withQuery(path, query));
  },
  post<T>(path: string, body?: unknown): Promise<T> {
    return request<T>('POST', path, body);
  },
  patch<T>(path: string, body?: unknown): Promise<T> {
    return request<T>('PATCH', path, body);
  },
  put<T>(path: string, body?: unknown): Promise<T> {
    return request<T>('PUT', path, body);
  },
  delete<T = void>(path: string, body?: unknown): Promise<T> {
    return request<T>('DELETE', path, body);
  },
  /** Bytes behind the operator's token (a call recording): the caller makes an object URL of them. */
  async blob(path: string): Promise<Blob> {
    let res: Response;
    try {
      res = await fetch(baseUrl + path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    } catch {
      throw new ApiError(0, '', true);
    }
    if (res.status === 401) onUnauthorized(res.statusText);
    if (!res.ok) throw new ApiError(res.status, res.statusText || `HTTP ${res.status}`);
    return res.blob();
  },
  upload<T>(path: string, field: string, file: File): Promise<T> {
    const form = new FormData();
    form.append(field, file, file.name);
    return request<T>('POST', path, form);
  },
};

function withQuery(path: string, query?: Record<string, string | number | undefined | null>): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let res: Response;
  try {
    res = await fetch(baseUrl + path, { method, headers, body: payload });
  } catch {
    throw new ApiError(0, '', true);
  }
  const text = await res.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = text;
    }
  }
  if (!res.ok) {
    const message =
      data && typeof data === 'object' && 'message' in data && typeof (data as { message: unknown }).message === 'string'
        ? (data as { message: string }).message
        : res.statusText || `HTTP ${res.status}`;
    if (res.status === 401 && !path.startsWith('/api/auth/login')) onUnauthorized(message);
    throw new ApiError(res.status, message);
  }
  return data as T;
}
