// The few Bot API methods the benchmark's backend calls, answered at once.
// (connectors/test/fake-telegram-api.ts is TypeScript and records every call;
// a benchmark wants neither a compile step nor an ever-growing call log.)
import { createServer } from 'node:http';
import { once } from 'node:events';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

/** `onCall(method, params)` hears every Bot API call as it arrives (the greeting benchmark times sendMessage). */
export async function startFakeBotApi({ onCall = () => {} } = {}) {
  const counts = new Map();
  let webhook = null;
  let messageId = 0;
  const server = createServer(async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const body = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url, 'http://x');
    if (url.pathname.startsWith('/file/')) {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': PNG.length });
      return res.end(PNG);
    }
    const method = url.pathname.split('/').pop();
    counts.set(method, (counts.get(method) ?? 0) + 1);
    const params = (req.headers['content-type'] ?? '').startsWith('application/json') && body ? JSON.parse(body) : {};
    onCall(method, params);
    const ok = (result) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, result }));
    };
    switch (method) {
      case 'getMe':
        return ok({ id: 7000001, is_bot: true, first_name: 'Bench Bot', username: 'bench_bot' });
      case 'setWebhook':
        webhook = { url: params.url, secret: params.secret_token };
        return ok(true);
      case 'deleteWebhook':
        webhook = null;
        return ok(true);
      case 'getFile':
        return ok({ file_id: params.file_id, file_unique_id: 'u', file_size: PNG.length, file_path: 'photos/p.jpg' });
      case 'sendMessage':
        return ok({ message_id: ++messageId, date: 0, chat: { id: Number(params.chat_id), type: 'private' }, text: params.text });
      case 'answerCallbackQuery':
      case 'sendChatAction':
        return ok(true);
      default:
        res.writeHead(404, { 'content-type': 'application/json' });
        return res.end(JSON.stringify({ ok: false, error_code: 404, description: 'Not Found' }));
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    apiRoot: `http://127.0.0.1:${server.address().port}`,
    get webhook() {
      return webhook;
    },
    counts,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
