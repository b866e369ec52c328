/**
 * "Something new is yours": a short beep made with WebAudio (nothing to
 * download), a system notification when the operator allowed them, and a
 * count in the tab title (see useAttentionTitle in the app shell).
 */

let audio: AudioContext | null = null;

export function beep(): void {
  try {
    const Ctx = window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
    if (!Ctx) return;
    audio ??= new Ctx();
    // Browsers start the context suspended until a user gesture; resume is a no-op after that.
    void audio.resume?.();
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    const t = audio.currentTime;
    osc.type = 'sine';
    osc.frequency.setValueAtTime(880, t);
    osc.frequency.setValueAtTime(1320, t + 0.09);
    gain.gain.setValueAtTime(0.0001, t);
    gain.gain.exponentialRampToValueAtTime(0.18, t + 0.015);
    gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.25);
    osc.connect(gain).connect(audio.destination);
    osc.start(t);
    osc.stop(t + 0.26);
  } catch {
    /* no audio device: the title count and notification still tell */
  }
}

export function notificationsSupported(): boolean {
  return typeof window !== 'undefined' && 'Notification' in window;
}

/** Asks once, from a click (browsers ignore requests without a user gesture). */
export async function requestNotificationPermission(): Promise<NotificationPermission | 'unsupported'> {
  if (!notificationsSupported()) return 'unsupported';
  if (Notification.permission !== 'default') return Notification.permission;
  try {
    return await Notification.requestPermission();
  } catch {
    return Notification.permission;
  }
}

/** `tag`: a newer notification of the same kind replaces the older one. */
export function notify(title: string, body: string, onClick?: () => void, tag = 'inbox-new-conversation'): void {
  if (!notificationsSupported() || Notification.permission !== 'granted') return;
  // The operator is looking at the inbox already: the sound and the list are enough.
  if (document.visibilityState === 'visible' && document.hasFocus()) return;
  try {
    const n = new Notification(title, { body, tag });
    n.onclick = () => {
      window.focus();
      onClick?.();
      n.close();
    };
  } catch {
    /* some platforms only allow notifications from a service worker */
  }
}
