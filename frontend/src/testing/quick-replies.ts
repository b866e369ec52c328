import type { QuickReply } from '../lib/quick-replies';

/** Quick replies as the API would list them, for component tests. */
export const EXAMPLE_QUICK_REPLIES: Record<string, QuickReply[]> = {
  en: [
    { id: 1, shortcut: 'hello', title: 'Greeting', content: 'Hello {{contact.name}}! My name is {{agent.name}}, how can I help you?' },
    { id: 2, shortcut: 'wait', title: 'One moment', content: 'Thank you for waiting, {{contact.name}}. I am checking this for you, it will take a couple of minutes.' },
    { id: 3, shortcut: 'email', title: 'Confirm e-mail', content: 'Is {{contact.email}} the best e-mail address to reach you?' },
    { id: 4, shortcut: 'thanks', title: 'Thanks and goodbye', content: 'Thank you for contacting us, {{contact.name}}! Have a great day. {{agent.name}}' },
  ],
  ru: [
    { id: 1, shortcut: 'hello', title: 'Приветствие', content: 'Здравствуйте, {{contact.name}}! Меня зовут {{agent.name}}, чем могу помочь?' },
    { id: 2, shortcut: 'wait', title: 'Минутку', content: 'Спасибо за ожидание, {{contact.name}}. Я проверяю, это займёт пару минут.' },
    { id: 3, shortcut: 'email', title: 'Уточнить e-mail', content: 'Вам удобно получить ответ на {{contact.email}}?' },
    { id: 4, shortcut: 'thanks', title: 'Спасибо и до свидания', content: 'Спасибо за обращение, {{contact.name}}! Хорошего дня. {{agent.name}}' },
  ],
  uk: [
    { id: 1, shortcut: 'hello', title: 'Привітання', content: 'Вітаю, {{contact.name}}! Мене звати {{agent.name}}, чим можу допомогти?' },
    { id: 2, shortcut: 'wait', title: 'Хвилинку', content: 'Дякую за очікування, {{contact.name}}. Я перевіряю, це займе кілька хвилин.' },
    { id: 3, shortcut: 'email', title: 'Уточнити e-mail', content: 'Вам зручно отримати відповідь на {{contact.email}}?' },
    { id: 4, shortcut: 'thanks', title: 'Дякую і до побачення', content: 'Дякуємо за звернення, {{contact.name}}! Гарного дня. {{agent.name}}' },
  ],
};
