import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRouter } from 'vue-router';
import { ApiError } from '../api/http';
import type { ConversationDto, SnoozeBody } from '../api/types';
import { useConversationsStore } from '../stores/conversations';
import { useToastsStore } from '../stores/toasts';

/**
 * Conversation actions with their feedback: a busy flag for the buttons and
 * a toast when the server says no (a 409 at the limit carries its own
 * explanation, which is shown as is).
 */
export function useConversationActions() {
  const { t } = useI18n();
  const store = useConversationsStore();
  const toasts = useToastsStore();
  const router = useRouter();
  const busy = ref<string | null>(null);

  async function run<T>(name: string, action: () => Promise<T>, success?: string): Promise<T | undefined> {
    if (busy.value) return undefined;
    busy.value = name;
    try {
      const result = await action();
      if (success) toasts.push('success', success);
      return result;
    } catch (error) {
      // A 409 explains itself ("You have 5 of 5 open conversations… close one before taking another").
      toasts.pushFailure(error, t);
      return undefined;
    } finally {
      busy.value = null;
    }
  }

  return {
    busy,
    accept: async (id: number) => {
      const done = await run('accept', () => store.accept(id));
      if (done) await router.push({ name: 'inbox', params: { id } });
      return done;
    },
    decline: (id: number) =>
      run('decline', () =>
        store.decline(id).catch((error) => {
          // Broadcast offers are nobody's in particular: "not offered to you" just means it is gone.
          if (error instanceof ApiError && error.status === 409) return;
          throw error;
        }),
      ),
    close: (id: number) => run('close', () => store.close(id), t('actions.closedToast')),
    snooze: (id: number, body: SnoozeBody) => run('snooze', () => store.snooze(id, body), t('snooze.snoozedToast')),
    unsnooze: (id: number) => run('unsnooze', () => store.unsnooze(id)),
    setPriority: (id: number, priority: ConversationDto['priority']) => run('priority', () => store.setPriority(id, priority)),
    setLabels: (id: number, labelIds: number[]) => run('labels', () => store.setLabels(id, labelIds)),
    transfer: (id: number, target: { agentId?: number; teamId?: number; override?: boolean }, label: string) =>
      run('transfer', () => store.transfer(id, target), t('actions.transferredToast', { name: label })),
  };
}
