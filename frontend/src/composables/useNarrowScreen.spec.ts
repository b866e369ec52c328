import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { NARROW_QUERY, useNarrowScreen } from './useNarrowScreen';

/** A matchMedia stand-in whose answer the test changes, as rotating a phone would. */
function fakeMedia(matches: boolean) {
  const listeners = new Set<(event: MediaQueryListEvent) => void>();
  const media = {
    matches,
    addEventListener: (_: string, fn: (event: MediaQueryListEvent) => void) => listeners.add(fn),
    removeEventListener: (_: string, fn: (event: MediaQueryListEvent) => void) => listeners.delete(fn),
  };
  const matchMedia = vi.fn(() => media);
  vi.stubGlobal('matchMedia', matchMedia);
  return { matchMedia, listeners, change: (to: boolean) => listeners.forEach((fn) => fn({ matches: to } as MediaQueryListEvent)) };
}

const Probe = defineComponent({
  setup() {
    const narrow = useNarrowScreen();
    return () => h('span', narrow.value ? 'narrow' : 'wide');
  },
});

describe('useNarrowScreen', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('follows the media query and stops listening when the component goes', async () => {
    const media = fakeMedia(true);
    const wrapper = mount(Probe);
    expect(media.matchMedia).toHaveBeenCalledWith(NARROW_QUERY);
    expect(wrapper.text()).toBe('narrow');
    media.change(false);
    await wrapper.vm.$nextTick();
    expect(wrapper.text()).toBe('wide');
    wrapper.unmount();
    expect(media.listeners.size).toBe(0);
  });
});
