import { defineStore } from 'pinia';
import { ref } from 'vue';
import { api } from '../api/endpoints';
import { ApiError } from '../api/http';
import type { AttachmentDto } from '../api/types';
import { KEYS, storage } from '../lib/storage';

export interface PendingFile {
  key: string;
  name: string;
  size: number;
  status: 'uploading' | 'ready' | 'failed';
  attachment?: AttachmentDto;
  error?: string;
}

export interface Draft {
  text: string;
  private: boolean;
  files: PendingFile[];
  /** The quick reply the text came from, if any (sent along when the API knows quick replies). */
  quickReplyId?: number;
}

let fileSeq = 0;

/**
 * What the operator has typed per conversation, so switching between chats
 * never loses a half-written answer. Text survives a reload (localStorage);
 * uploaded files stay for the session.
 */
export const useDraftsStore = defineStore('drafts', () => {
  const saved = storage.getJson<Record<number, { text: string; private?: boolean }>>(KEYS.drafts, {});
  const drafts = ref<Record<number, Draft>>(
    Object.fromEntries(Object.entries(saved).map(([id, d]) => [id, { text: d.text, private: !!d.private, files: [] }])),
  );
  let saveTimer: ReturnType<typeof setTimeout> | undefined;

  function get(id: number): Draft {
    return drafts.value[id] ?? { text: '', private: false, files: [] };
  }

  function ensure(id: number): Draft {
    if (!drafts.value[id]) drafts.value[id] = { text: '', private: false, files: [] };
    return drafts.value[id];
  }

  function setText(id: number, text: string) {
    ensure(id).text = text;
    persistSoon();
  }

  function setPrivate(id: number, on: boolean) {
    ensure(id).private = on;
    persistSoon();
  }

  function setQuickReply(id: number, quickReplyId: number | undefined) {
    ensure(id).quickReplyId = quickReplyId;
  }

  /** Uploads at once, so sending is instant; the composer shows progress and failures per file. */
  async function addFile(id: number, file: File) {
    const entry: PendingFile = { key: `f${++fileSeq}`, name: file.name || 'file', size: file.size, status: 'uploading' };
    const draft = ensure(id);
    draft.files.push(entry);
    const live = () => draft.files.find((f) => f.key === entry.key);
    try {
      const { attachment } = await api.upload(id, file);
      const f = live();
      if (f) Object.assign(f, { status: 'ready', attachment });
    } catch (error) {
      const f = live();
      if (f) Object.assign(f, { status: 'failed', error: error instanceof ApiError && !error.network ? error.message : '' });
    }
  }

  /** A quick reply's files: copied into the conversation on the server, shown like uploads meanwhile. */
  async function addQuickReplyFiles(id: number, quickReplyId: number, files: Array<{ fileName: string; size: number }>) {
    const draft = ensure(id);
    const entries: PendingFile[] = files.map((f) => ({ key: `f${++fileSeq}`, name: f.fileName, size: f.size, status: 'uploading' }));
    draft.files.push(...entries);
    const live = (key: string) => draft.files.find((f) => f.key === key);
    try {
      const { attachments } = await api.useQuickReplyFiles(quickReplyId, id);
      entries.forEach((entry, i) => {
        const f = live(entry.key);
        if (f && attachments[i]) Object.assign(f, { status: 'ready', attachment: attachments[i] });
        else if (f) Object.assign(f, { status: 'failed', error: '' });
      });
    } catch (error) {
      for (const entry of entries) {
        const f = live(entry.key);
        if (f) Object.assign(f, { status: 'failed', error: error instanceof ApiError && !error.network ? error.message : '' });
      }
    }
  }

  function removeFile(id: number, key: string) {
    const draft = ensure(id);
    draft.files = draft.files.filter((f) => f.key !== key);
  }

  /** After a send: the composer starts empty, the note toggle stays as the operator left it. */
  function clear(id: number) {
    const draft = ensure(id);
    draft.text = '';
    draft.files = [];
    draft.quickReplyId = undefined;
    persistSoon();
  }

  function persistSoon() {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(persist, 300);
  }

  function persist() {
    const out: Record<number, { text: string; private: boolean }> = {};
    for (const [id, d] of Object.entries(drafts.value)) if (d.text.trim() || d.private) out[Number(id)] = { text: d.text, private: d.private };
    storage.setJson(KEYS.drafts, out);
  }

  return { drafts, get, setText, setPrivate, setQuickReply, addFile, addQuickReplyFiles, removeFile, clear, persist };
});
