import type { LocalizedText } from './language.policy';

/** The survey's own words, per language; an inbox may replace the question (automation.csat.text). */
export const CSAT_STRINGS = {
  question: {
    en: 'How would you rate our help? 1 is poor, 5 is excellent.',
    ru: 'Как вы оцените нашу помощь? 1 — плохо, 5 — отлично.',
    uk: 'Як ви оціните нашу допомогу? 1 — погано, 5 — чудово.',
  },
  link: {
    en: 'Rate us here: {{link}} — or reply with a digit from 1 to 5.',
    ru: 'Оцените нас здесь: {{link}} — или ответьте цифрой от 1 до 5.',
    uk: 'Оцініть нас тут: {{link}} — або дайте відповідь цифрою від 1 до 5.',
  },
  thanks: { en: 'Thank you for your rating!', ru: 'Спасибо за вашу оценку!', uk: 'Дякуємо за вашу оцінку!' },
  alreadyRated: { en: 'You have already rated this conversation. Thank you!', ru: 'Вы уже оценили этот разговор. Спасибо!', uk: 'Ви вже оцінили цю розмову. Дякуємо!' },
  expired: { en: 'This survey has closed.', ru: 'Этот опрос уже закрыт.', uk: 'Це опитування вже закрите.' },
  invalid: { en: 'This link is not valid.', ru: 'Эта ссылка недействительна.', uk: 'Це посилання недійсне.' },
  comment: { en: 'Anything you would like to add? (optional)', ru: 'Хотите что-то добавить? (необязательно)', uk: 'Бажаєте щось додати? (необов’язково)' },
  submit: { en: 'Send', ru: 'Отправить', uk: 'Надіслати' },
  title: { en: 'Rate the conversation', ru: 'Оцените разговор', uk: 'Оцініть розмову' },
} satisfies Record<string, LocalizedText>;
