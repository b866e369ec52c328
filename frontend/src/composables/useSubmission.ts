import { ref } from 'vue';
import { errorText } from '../stores/toasts';

/**
 * A form sent to the API: `busy` while the request is out (its submit button
 * stays off), `error` for the line under its fields. `send` clears the line,
 * holds `busy` up and turns a failure into the text to show there.
 */
export function useSubmission(t: (key: string) => string) {
  const busy = ref(false);
  const error = ref<string | null>(null);

  async function send(request: () => Promise<unknown>): Promise<void> {
    busy.value = true;
    error.value = null;
    try {
      await request();
    } catch (e) {
      error.value = errorText(e, t).text;
    } finally {
      busy.value = false;
    }
  }

  return { busy, error, send };
}
