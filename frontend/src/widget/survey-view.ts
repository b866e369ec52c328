import { h } from './dom';
import type { ChatMessage } from './state';
import { t, type StringKey } from './strings';
import type { CsatOutcome } from './types';

/** A survey's state in this visitor's view, per conversation. */
export interface RatingState {
  busy?: boolean;
  outcome?: CsatOutcome;
  error?: string;
}

/** The question, five stars and a comment box; once answered, what became of the answer. */
export function surveyRow(m: ChatMessage, conversationId: number, rating: RatingState, rate: (conversationId: number, score: number, comment: string) => void): HTMLElement {
  const row = h('div', { class: 'row sys survey' }, h('div', { class: 'line' }, m.text ?? ''));
  if (rating.outcome) {
    const done: StringKey = rating.outcome === 'recorded' ? 'rateThanks' : rating.outcome === 'already-rated' ? 'rateAlready' : 'rateClosed';
    row.appendChild(h('div', { class: 'line rated', role: 'status' }, t(done)));
    return row;
  }
  let score = 0;
  const stars = [1, 2, 3, 4, 5].map((n) => h('button', { type: 'button', class: 'star', 'aria-label': t('rateScore', { n }), 'aria-pressed': 'false' }, '★'));
  const comment = h('textarea', { class: 'rate-comment', rows: 2, maxlength: 2000, placeholder: t('rateComment'), 'aria-label': t('rateComment') });
  const submit = h('button', { type: 'submit', class: 'primary', disabled: true }, t('rateSend'));
  stars.forEach((star, i) =>
    star.addEventListener('click', () => {
      score = i + 1;
      stars.forEach((s, j) => {
        s.classList.toggle('on', j < score);
        s.setAttribute('aria-pressed', String(j === i));
      });
      submit.disabled = !!rating.busy;
    }),
  );
  const form = h('form', { class: 'rate' }, h('div', { class: 'stars', role: 'group', 'aria-label': m.text ?? '' }, ...stars), comment, submit);
  if (rating.error) form.appendChild(h('div', { class: 'field-error', role: 'alert' }, rating.error));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (score && !rating.busy) rate(conversationId, score, comment.value);
  });
  row.appendChild(form);
  return row;
}
