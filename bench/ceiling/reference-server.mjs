// The reference servers the ceiling benchmark measures the webhook against,
// each in its own process as the backend is. Prints its port once listening.
//   node reference-server.mjs bare
//     reads the body, JSON.parse, answers 200;
//   node reference-server.mjs insert <mysql url> <table> <pool size>
//     the same, plus one autocommit INSERT of the update's message into
//     <table> through a mysql2 pool, answering once the row is committed.
import http from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const [mode, databaseUrl, table, poolSize] = process.argv.slice(2);

function inserter() {
  const pool = require('mysql2/promise').createPool({ uri: databaseUrl, connectionLimit: Number(poolSize) });
  const sql = `INSERT INTO \`${table}\` (chat_id, message_id, text) VALUES (?, ?, ?)`;
  return ({ message }) => pool.query(sql, [message.chat.id, message.message_id, message.text]);
}

if (mode !== 'bare' && mode !== 'insert') throw new Error(`unknown reference server "${mode}": bare or insert`);
const store = mode === 'insert' ? inserter() : async () => {};

const server = http.createServer(async (req, res) => {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  let status = 200;
  try {
    await store(JSON.parse(Buffer.concat(chunks).toString('utf8')));
  } catch (error) {
    status = error instanceof SyntaxError ? 400 : 500;
  }
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ ok: status === 200 }));
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
