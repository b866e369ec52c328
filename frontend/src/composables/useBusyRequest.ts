import { ref } from 'vue';
import { useToastsStore } from '../stores/toasts';

/** A button's request: `busy` while it is out, and an error toast with its hint when it fails. */
export function useBusyRequest(t: (key: string) => string) {
  const toasts = useToastsStore();
  const busy = ref(false);

  async function run(request: () => Promise<unknown>): Promise<void> {
    busy.value = true;
    try {
      await request();
    } catch (error) {
      toasts.pushFailure(error, t);
    } finally {
      busy.value = false;
    }
  }

  return { busy, run };
}
