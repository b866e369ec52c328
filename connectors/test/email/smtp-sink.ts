/**
 * A local SMTP server (smtp-server) that keeps what it receives, parsed with mailparser,
 * and can be told to refuse the next command with a given reply code.
 */
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  envelope: { from: string; to: string[] };
  user?: string;
  raw: Buffer;
  parsed: ParsedMail;
  /** Raw header value (unfolded) by lowercase name. */
  header(name: string): string | undefined;
}

type Stage = 'auth' | 'rcpt' | 'data';

export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  connections = 0;
  private failures: { stage: Stage; code: number; message: string }[] = [];

  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
  ) {}

  static async start(credentials = { user: 'smtp-user', pass: 'smtp-pass' }): Promise<SmtpSink> {
    // The handlers run after start() resolved; they reach the sink through this holder.
    const holder: { sink?: SmtpSink } = {};
    const refuse = (stage: Stage, callback: (err?: Error | null) => void): boolean => {
      const failure = holder.sink?.takeFailure(stage);
      if (!failure) return false;
      callback(Object.assign(new Error(failure.message), { responseCode: failure.code }));
      return true;
    };
    const server = new SMTPServer({
      logger: false,
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      authMethods: ['PLAIN', 'LOGIN'],
      onConnect: (_session, callback) => {
        if (holder.sink) holder.sink.connections++;
        callback();
      },
      onAuth: (auth, _session, callback) => {
        if (refuse('auth', callback)) return;
        if (auth.username === credentials.user && auth.password === credentials.pass) return callback(null, { user: auth.username });
        callback(Object.assign(new Error('5.7.8 Authentication credentials invalid'), { responseCode: 535 }));
      },
      onRcptTo: (_address, _session, callback) => {
        if (!refuse('rcpt', callback)) callback();
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          if (refuse('data', callback)) return;
          const raw = Buffer.concat(chunks);
          simpleParser(raw).then((parsed) => {
            holder.sink?.received.push({
              envelope: {
                from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
                to: session.envelope.rcptTo.map((r) => r.address),
              },
              user: typeof session.user === 'string' ? session.user : undefined,
              raw,
              parsed,
              header: (name) => headerOf(raw, name),
            });
            callback();
          }, callback);
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    holder.sink = new SmtpSink(server, (server.server.address() as AddressInfo).port);
    return holder.sink;
  }

  /** The next `stage` command is answered with `code message`. */
  failNext(stage: Stage, code: number, message: string): void {
    this.failures.push({ stage, code, message });
  }

  reset(): void {
    this.received.length = 0;
    this.failures = [];
    this.connections = 0;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private takeFailure(stage: Stage) {
    const at = this.failures.findIndex((f) => f.stage === stage);
    return at < 0 ? undefined : this.failures.splice(at, 1)[0];
  }
}

function headerOf(raw: Buffer, name: string): string | undefined {
  const head = raw.toString('utf8').split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line?.slice(name.length + 1).trim();
}
