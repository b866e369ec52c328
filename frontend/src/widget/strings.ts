/**
 * The widget's words. The language follows the host page (`<html lang>`),
 * then the browser; a site in Ukrainian gets a Ukrainian widget.
 * The operator app has the same three languages.
 */
const en = {
  openChat: 'Open chat',
  closeChat: 'Close chat',
  unread: '{n} unread messages',
  chatWith: 'Chat with {name}',
  online: 'We reply as soon as we can',
  connecting: 'Connecting…',
  reconnecting: 'Reconnecting…',
  messages: 'Messages',
  loadingOlder: 'Loading earlier messages…',
  typing: 'typing…',
  placeholder: 'Write a message…',
  send: 'Send message',
  attach: 'Attach a file',
  dropHere: 'Drop a file to send it',
  sending: 'Sending…',
  sent: 'Sent',
  delivered: 'Delivered',
  read: 'Seen',
  notSent: 'Not sent',
  retry: 'Retry',
  you: 'You',
  conversationClosed: 'This conversation has ended. Write to start a new one.',
  queuePlace: 'You are number {n} in line',
  waitMinutes: 'about {n} min',
  waitHours: 'about {n} h',
  preChatIntro: 'Please introduce yourself before we start.',
  name: 'Name',
  email: 'E-mail',
  start: 'Start chat',
  nameRequired: 'Please enter your name',
  nameTooLong: 'The name is too long',
  emailRequired: 'Please enter your e-mail',
  emailInvalid: 'This does not look like an e-mail address',
  phone: 'Phone',
  optional: 'optional',
  phoneRequired: 'Please enter your phone number',
  phoneInvalid: 'This does not look like a phone number',
  awayNoTime: 'We are away right now; we will answer when we are back.',
  awayUntil: 'We are away right now; back {when}.',
  tooLarge: '“{file}” is larger than {max}',
  emptyFile: '“{file}” is empty',
  fileTooLarge: 'The file is too large',
  uploadFailed: 'The file could not be uploaded',
  openImage: 'Open image {file}',
  download: 'Download {file}',
  today: 'Today',
  rateScore: '{n} of 5',
  rateComment: 'Anything to add? (optional)',
  rateSend: 'Send rating',
  rateThanks: 'Thank you for your rating!',
  rateAlready: 'You already rated this conversation. Thank you!',
  rateClosed: 'This survey has closed.',
  image: 'Image',
  audio: 'Audio message',
  video: 'Video',
  location: 'Location',
  file: 'File',
};

export type StringKey = keyof typeof en;
type Dictionary = Record<StringKey, string>;

const uk: Dictionary = {
  openChat: 'Відкрити чат',
  closeChat: 'Закрити чат',
  unread: 'Непрочитаних повідомлень: {n}',
  chatWith: 'Чат з {name}',
  online: 'Ми відповімо якнайшвидше',
  connecting: 'Підключення…',
  reconnecting: 'Повторне підключення…',
  messages: 'Повідомлення',
  loadingOlder: 'Завантаження попередніх повідомлень…',
  typing: 'друкує…',
  placeholder: 'Напишіть повідомлення…',
  send: 'Надіслати',
  attach: 'Прикріпити файл',
  dropHere: 'Перетягніть файл, щоб надіслати',
  sending: 'Надсилається…',
  sent: 'Надіслано',
  delivered: 'Доставлено',
  read: 'Прочитано',
  notSent: 'Не надіслано',
  retry: 'Повторити',
  you: 'Ви',
  conversationClosed: 'Розмову завершено. Напишіть, щоб почати нову.',
  queuePlace: 'Ваше місце в черзі: {n}',
  waitMinutes: 'близько {n} хв',
  waitHours: 'близько {n} год',
  preChatIntro: 'Будь ласка, представтеся, перш ніж почати.',
  name: 'Ім’я',
  email: 'E-mail',
  start: 'Почати чат',
  nameRequired: 'Вкажіть ваше ім’я',
  nameTooLong: 'Ім’я задовге',
  emailRequired: 'Вкажіть ваш e-mail',
  emailInvalid: 'Це не схоже на адресу e-mail',
  phone: 'Телефон',
  optional: 'необов’язково',
  phoneRequired: 'Вкажіть ваш номер телефону',
  phoneInvalid: 'Це не схоже на номер телефону',
  awayNoTime: 'Зараз ми не на зв’язку; відповімо, щойно повернемося.',
  awayUntil: 'Зараз ми не на зв’язку; повернемося {when}.',
  tooLarge: '«{file}» більший за {max}',
  emptyFile: '«{file}» порожній',
  fileTooLarge: 'Файл завеликий',
  uploadFailed: 'Не вдалося завантажити файл',
  openImage: 'Відкрити зображення {file}',
  download: 'Завантажити {file}',
  today: 'Сьогодні',
  rateScore: '{n} з 5',
  rateComment: 'Бажаєте щось додати? (необов’язково)',
  rateSend: 'Надіслати оцінку',
  rateThanks: 'Дякуємо за вашу оцінку!',
  rateAlready: 'Ви вже оцінили цю розмову. Дякуємо!',
  rateClosed: 'Це опитування вже закрите.',
  image: 'Зображення',
  audio: 'Аудіоповідомлення',
  video: 'Відео',
  location: 'Місце на мапі',
  file: 'Файл',
};

const ru: Dictionary = {
  openChat: 'Открыть чат',
  closeChat: 'Закрыть чат',
  unread: 'Непрочитанных сообщений: {n}',
  chatWith: 'Чат с {name}',
  online: 'Мы ответим как можно скорее',
  connecting: 'Подключение…',
  reconnecting: 'Переподключение…',
  messages: 'Сообщения',
  loadingOlder: 'Загрузка предыдущих сообщений…',
  typing: 'печатает…',
  placeholder: 'Напишите сообщение…',
  send: 'Отправить',
  attach: 'Прикрепить файл',
  dropHere: 'Перетащите файл, чтобы отправить',
  sending: 'Отправляется…',
  sent: 'Отправлено',
  delivered: 'Доставлено',
  read: 'Прочитано',
  notSent: 'Не отправлено',
  retry: 'Повторить',
  you: 'Вы',
  conversationClosed: 'Диалог завершён. Напишите, чтобы начать новый.',
  queuePlace: 'Ваше место в очереди: {n}',
  waitMinutes: 'около {n} мин',
  waitHours: 'около {n} ч',
  preChatIntro: 'Пожалуйста, представьтесь, прежде чем начать.',
  name: 'Имя',
  email: 'E-mail',
  start: 'Начать чат',
  nameRequired: 'Укажите ваше имя',
  nameTooLong: 'Имя слишком длинное',
  emailRequired: 'Укажите ваш e-mail',
  emailInvalid: 'Это не похоже на адрес e-mail',
  phone: 'Телефон',
  optional: 'необязательно',
  phoneRequired: 'Укажите ваш номер телефона',
  phoneInvalid: 'Это не похоже на номер телефона',
  awayNoTime: 'Сейчас нас нет на месте; ответим, как только вернёмся.',
  awayUntil: 'Сейчас нас нет на месте; вернёмся {when}.',
  tooLarge: '«{file}» больше {max}',
  emptyFile: '«{file}» пустой',
  fileTooLarge: 'Файл слишком большой',
  uploadFailed: 'Не удалось загрузить файл',
  openImage: 'Открыть изображение {file}',
  download: 'Скачать {file}',
  today: 'Сегодня',
  rateScore: '{n} из 5',
  rateComment: 'Хотите что-то добавить? (необязательно)',
  rateSend: 'Отправить оценку',
  rateThanks: 'Спасибо за вашу оценку!',
  rateAlready: 'Вы уже оценили этот разговор. Спасибо!',
  rateClosed: 'Этот опрос уже закрыт.',
  image: 'Изображение',
  audio: 'Аудиосообщение',
  video: 'Видео',
  location: 'Место на карте',
  file: 'Файл',
};

const dictionaries: Record<string, Dictionary> = { en, uk, ru };
let active: Dictionary = en;
let activeLocale = 'en';

/** Picks the first supported language among the candidates (`uk-UA` → `uk`). */
export function setLocale(...candidates: Array<string | null | undefined>): string {
  for (const c of candidates) {
    const lang = c?.toLowerCase().split(/[-_]/)[0];
    if (lang && dictionaries[lang]) {
      active = dictionaries[lang];
      activeLocale = c as string;
      return lang;
    }
  }
  active = en;
  activeLocale = 'en';
  return 'en';
}

export function locale(): string {
  return activeLocale;
}

export function t(key: StringKey, vars?: Record<string, string | number>): string {
  const text = active[key];
  return vars ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? '')) : text;
}
