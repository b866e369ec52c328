import { onBeforeUnmount, ref, type Ref } from 'vue';

/** Below this width the inbox shows one pane at a time (a phone held upright); the same figure as the CSS media queries. */
export const NARROW_QUERY = '(max-width: 767px)';

/** Whether the window is phone-narrow now; follows rotation and resizing. */
export function useNarrowScreen(): Ref<boolean> {
  const media = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(NARROW_QUERY) : null;
  const narrow = ref(media?.matches ?? false);
  const update = (event: MediaQueryListEvent) => (narrow.value = event.matches);
  media?.addEventListener('change', update);
  onBeforeUnmount(() => media?.removeEventListener('change', update));
  return narrow;
}
