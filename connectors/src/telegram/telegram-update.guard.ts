/**
 * A hand-written guard for the parts of a Bot API `Update` this adapter reads
 * (https://core.telegram.org/bots/api#update). It checks types field by field
 * and returns fresh objects holding only the checked fields, so the parser
 * works on typed data and never on whatever else the body carried.
 *
 * Only structure is checked here; what to do with a valid update (ignore a
 * group message, an unknown update type) is the parser's business.
 */
import { TelegramPayloadError } from './telegram.errors';

export interface TgUser {
  id: number;
  is_bot?: boolean;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

export interface TgChat {
  id: number;
  /** 'private' | 'group' | 'supergroup' | 'channel' */
  type: string;
  first_name?: string;
  last_name?: string;
  username?: string;
}

/** Fields shared by every downloadable file object. */
export interface TgFile {
  file_id: string;
  file_unique_id: string;
  file_size?: number;
}

export interface TgPhotoSize extends TgFile {
  width: number;
  height: number;
}

/** Document, Audio, Voice, Video, Animation: the optional name and type. */
export interface TgMediaFile extends TgFile {
  file_name?: string;
  mime_type?: string;
}

export type TgVideoNote = TgFile;

export interface TgSticker extends TgFile {
  is_animated?: boolean;
  is_video?: boolean;
  emoji?: string;
  set_name?: string;
}

export interface TgLocation {
  latitude: number;
  longitude: number;
}

export interface TgVenue {
  location: TgLocation;
  title: string;
  address: string;
}

export interface TgContact {
  phone_number: string;
  first_name: string;
  last_name?: string;
  user_id?: number;
  vcard?: string;
}

export interface TgMessage {
  message_id: number;
  /** Unix time in seconds; 0 for an inaccessible message in a callback query. */
  date: number;
  chat: TgChat;
  from?: TgUser;
  edit_date?: number;
  text?: string;
  caption?: string;
  photo?: TgPhotoSize[];
  document?: TgMediaFile;
  animation?: TgMediaFile;
  audio?: TgMediaFile;
  voice?: TgMediaFile;
  video?: TgMediaFile;
  video_note?: TgVideoNote;
  sticker?: TgSticker;
  location?: TgLocation;
  venue?: TgVenue;
  contact?: TgContact;
  reply_to_message?: TgMessage;
}

export interface TgCallbackQuery {
  id: string;
  from: TgUser;
  /** The bot's message that carried the button (absent for inline-mode messages). */
  message?: TgMessage;
  data?: string;
}

export interface TgUpdate {
  update_id: number;
  message?: TgMessage;
  edited_message?: TgMessage;
  callback_query?: TgCallbackQuery;
}

type Obj = Record<string, unknown>;

function fail(path: string, expected: string): never {
  throw new TelegramPayloadError(path, `"${path}" must be ${expected}`);
}

function asObject(value: unknown, path: string): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'an object');
  return value as Obj;
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

function int(o: Obj, key: string, path: string): number {
  const v = o[key];
  if (!Number.isSafeInteger(v)) fail(join(path, key), 'an integer');
  return v as number;
}

function num(o: Obj, key: string, path: string): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(join(path, key), 'a number');
  return v;
}

function str(o: Obj, key: string, path: string): string {
  const v = o[key];
  if (typeof v !== 'string') fail(join(path, key), 'a string');
  return v;
}

/** Optional fields: absent or null is "not there"; anything else must have the right type. */
function opt<T>(o: Obj, key: string, read: (o: Obj, key: string) => T): T | undefined {
  return o[key] === undefined || o[key] === null ? undefined : read(o, key);
}

function optStr(o: Obj, key: string, path: string) {
  return opt(o, key, () => str(o, key, path));
}

function optInt(o: Obj, key: string, path: string) {
  return opt(o, key, () => int(o, key, path));
}

function optBool(o: Obj, key: string, path: string): boolean | undefined {
  return opt(o, key, () => {
    if (typeof o[key] !== 'boolean') fail(join(path, key), 'a boolean');
    return o[key] as boolean;
  });
}

function optObj<T>(o: Obj, key: string, path: string, read: (v: Obj, path: string) => T): T | undefined {
  const p = join(path, key);
  return opt(o, key, () => read(asObject(o[key], p), p));
}

function readUser(o: Obj, path: string): TgUser {
  return {
    id: int(o, 'id', path),
    is_bot: optBool(o, 'is_bot', path),
    first_name: str(o, 'first_name', path),
    last_name: optStr(o, 'last_name', path),
    username: optStr(o, 'username', path),
    language_code: optStr(o, 'language_code', path),
  };
}

function readChat(o: Obj, path: string): TgChat {
  return {
    id: int(o, 'id', path),
    type: str(o, 'type', path),
    first_name: optStr(o, 'first_name', path),
    last_name: optStr(o, 'last_name', path),
    username: optStr(o, 'username', path),
  };
}

function readFile(o: Obj, path: string): TgFile {
  return {
    file_id: str(o, 'file_id', path),
    file_unique_id: str(o, 'file_unique_id', path),
    file_size: optInt(o, 'file_size', path),
  };
}

function readMediaFile(o: Obj, path: string): TgMediaFile {
  return {
    ...readFile(o, path),
    file_name: optStr(o, 'file_name', path),
    mime_type: optStr(o, 'mime_type', path),
  };
}

function readPhotoSizes(o: Obj, key: string, path: string): TgPhotoSize[] | undefined {
  return opt(o, key, () => {
    const p = join(path, key);
    const list = o[key];
    if (!Array.isArray(list) || list.length === 0) fail(p, 'a non-empty array of PhotoSize');
    return list.map((item, i) => {
      const ip = `${p}[${i}]`;
      const size = asObject(item, ip);
      return { ...readFile(size, ip), width: int(size, 'width', ip), height: int(size, 'height', ip) };
    });
  });
}

function readSticker(o: Obj, path: string): TgSticker {
  return {
    ...readFile(o, path),
    is_animated: optBool(o, 'is_animated', path),
    is_video: optBool(o, 'is_video', path),
    emoji: optStr(o, 'emoji', path),
    set_name: optStr(o, 'set_name', path),
  };
}

function readLocation(o: Obj, path: string): TgLocation {
  return { latitude: num(o, 'latitude', path), longitude: num(o, 'longitude', path) };
}

function readVenue(o: Obj, path: string): TgVenue {
  return {
    location: readLocation(asObject(o.location, join(path, 'location')), join(path, 'location')),
    title: str(o, 'title', path),
    address: str(o, 'address', path),
  };
}

function readContact(o: Obj, path: string): TgContact {
  return {
    phone_number: str(o, 'phone_number', path),
    first_name: str(o, 'first_name', path),
    last_name: optStr(o, 'last_name', path),
    user_id: optInt(o, 'user_id', path),
    vcard: optStr(o, 'vcard', path),
  };
}

function readMessage(o: Obj, path: string, depth = 0): TgMessage {
  return {
    message_id: int(o, 'message_id', path),
    date: int(o, 'date', path),
    chat: readChat(asObject(o.chat, join(path, 'chat')), join(path, 'chat')),
    from: optObj(o, 'from', path, readUser),
    edit_date: optInt(o, 'edit_date', path),
    text: optStr(o, 'text', path),
    caption: optStr(o, 'caption', path),
    photo: readPhotoSizes(o, 'photo', path),
    document: optObj(o, 'document', path, readMediaFile),
    animation: optObj(o, 'animation', path, readMediaFile),
    audio: optObj(o, 'audio', path, readMediaFile),
    voice: optObj(o, 'voice', path, readMediaFile),
    video: optObj(o, 'video', path, readMediaFile),
    video_note: optObj(o, 'video_note', path, readFile),
    sticker: optObj(o, 'sticker', path, readSticker),
    location: optObj(o, 'location', path, readLocation),
    venue: optObj(o, 'venue', path, readVenue),
    contact: optObj(o, 'contact', path, readContact),
    // The Bot API never nests replies deeper than one level; don't recurse on a crafted body.
    reply_to_message: depth === 0 ? optObj(o, 'reply_to_message', path, (v, p) => readMessage(v, p, 1)) : undefined,
  };
}

function readCallbackQuery(o: Obj, path: string): TgCallbackQuery {
  return {
    id: str(o, 'id', path),
    from: readUser(asObject(o.from, join(path, 'from')), join(path, 'from')),
    message: optObj(o, 'message', path, (v, p) => readMessage(v, p)),
    data: optStr(o, 'data', path),
  };
}

/**
 * Checks that `body` is a Telegram Update and returns the typed parts we use.
 * Throws TelegramPayloadError naming the first field that is wrong.
 * Update types we don't read (my_chat_member, channel_post, poll...) pass
 * through unchecked and come back as an update with only `update_id`.
 */
export function readTelegramUpdate(body: unknown): TgUpdate {
  const o = asObject(body, 'update');
  return {
    update_id: int(o, 'update_id', ''),
    message: optObj(o, 'message', '', (v, p) => readMessage(v, p)),
    edited_message: optObj(o, 'edited_message', '', (v, p) => readMessage(v, p)),
    callback_query: optObj(o, 'callback_query', '', readCallbackQuery),
  };
}
