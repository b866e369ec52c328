import type { LocalizedText } from '../automation/language.policy';

/** What a flow bot says when its definition has no text of its own for the case. */
export const BOT_STRINGS = {
  chooseOption: {
    en: 'Please choose one of the options.',
    ru: 'Пожалуйста, выберите один из вариантов.',
    uk: 'Будь ласка, оберіть один із варіантів.',
  },
  notUnderstood: {
    en: 'Sorry, I did not understand. Could you put it another way?',
    ru: 'Извините, я не понял. Можете сказать иначе?',
    uk: 'Вибачте, я не зрозумів. Можете сказати інакше?',
  },
  invalid: {
    name: { en: 'Please type your name.', ru: 'Пожалуйста, напишите ваше имя.', uk: 'Будь ласка, напишіть ваше імʼя.' },
    phone: {
      en: 'That does not look like a phone number. Please type it with the country code, e.g. +44 20 7946 0958.',
      ru: 'Это не похоже на номер телефона. Напишите его с кодом страны, например +7 495 123-45-67.',
      uk: 'Це не схоже на номер телефону. Напишіть його з кодом країни, наприклад +380 44 123 45 67.',
    },
    email: {
      en: 'That does not look like an e-mail address. Please try again.',
      ru: 'Это не похоже на адрес электронной почты. Попробуйте ещё раз.',
      uk: 'Це не схоже на адресу електронної пошти. Спробуйте ще раз.',
    },
    orderNumber: {
      en: 'That does not look like an order number. Please check it and try again.',
      ru: 'Это не похоже на номер заказа. Проверьте его и попробуйте ещё раз.',
      uk: 'Це не схоже на номер замовлення. Перевірте його та спробуйте ще раз.',
    },
  },
} satisfies Record<string, LocalizedText | Record<string, LocalizedText>>;

/** "Talk to a human" at any step, in any of these languages, when a definition has no list of its own. */
export const DEFAULT_HUMAN_KEYWORDS: Record<string, string[]> = {
  en: ['human', 'operator', 'agent', 'person', 'talk to a human', 'real person'],
  ru: ['оператор', 'человек', 'живой человек', 'позовите оператора'],
  uk: ['оператор', 'людина', 'жива людина', 'покличте оператора'],
};
