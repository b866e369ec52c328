import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api/http';
import { useToastsStore } from './toasts';

const t = (key: string) => `[${key}]`;

describe('toasts for failed requests', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it("shows the server's own message for a refusal", () => {
    const toasts = useToastsStore();
    toasts.pushFailure(new ApiError(409, 'You have 5 of 5 open conversations.'), t);
    expect(toasts.items).toEqual([expect.objectContaining({ kind: 'error', text: 'You have 5 of 5 open conversations.', hint: undefined })]);
  });

  it('explains a lost connection with a hint on what to do', () => {
    const toasts = useToastsStore();
    toasts.pushFailure(new ApiError(0, '', true), t);
    expect(toasts.items).toEqual([expect.objectContaining({ kind: 'error', text: '[errors.network]', hint: '[errors.networkHint]' })]);
  });
});
