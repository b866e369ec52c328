import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/http';
import { useSubmission } from './useSubmission';

const t = (key: string) => `[${key}]`;

describe(useSubmission.name, () => {
  it('is busy while the request is out and clears an earlier error', async () => {
    const form = useSubmission(t);
    form.error.value = 'Give a name.';
    let release!: () => void;
    const sent = form.send(() => new Promise<void>((resolve) => (release = resolve)));
    expect(form.busy.value).toBe(true);
    expect(form.error.value).toBeNull();
    release();
    await sent;
    expect(form.busy.value).toBe(false);
    expect(form.error.value).toBeNull();
  });

  it('puts the failure on the error line and is free again', async () => {
    const form = useSubmission(t);
    await form.send(async () => {
      throw new ApiError(409, 'That address is taken.');
    });
    expect(form.error.value).toBe('That address is taken.');
    expect(form.busy.value).toBe(false);
    await form.send(async () => {
      throw new Error('boom');
    });
    expect(form.error.value).toBe('[errors.unknown]');
  });
});
