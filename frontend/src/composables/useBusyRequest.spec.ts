import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api/http';
import { useToastsStore } from '../stores/toasts';
import { useBusyRequest } from './useBusyRequest';

const t = (key: string) => `[${key}]`;

describe(useBusyRequest.name, () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('is busy while the request is out and quiet when it succeeds', async () => {
    const { busy, run } = useBusyRequest(t);
    let release!: () => void;
    const sent = run(() => new Promise<void>((resolve) => (release = resolve)));
    expect(busy.value).toBe(true);
    release();
    await sent;
    expect(busy.value).toBe(false);
    expect(useToastsStore().items).toEqual([]);
  });

  it('turns a failure into an error toast and is free again', async () => {
    const { busy, run } = useBusyRequest(t);
    await run(async () => {
      throw new ApiError(409, 'You have 5 of 5 open conversations.');
    });
    expect(busy.value).toBe(false);
    expect(useToastsStore().items).toEqual([expect.objectContaining({ kind: 'error', text: 'You have 5 of 5 open conversations.' })]);
  });
});
