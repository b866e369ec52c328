import { Controller, Get, Header, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { allowingFilesFrom, serverPageCsp } from '../common/security-headers';
import { FileStorage } from '../storage/file-storage';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DemoService } from './demo.service';

/** The demo shop's own icon (a shopping bag), inline: without one the browser asks for /favicon.ico, which is not there. */
const SHOP_ICON =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Crect width='32' height='32' rx='8' fill='%23f59e0b'/%3E%3Cpath d='M9 12h14l-1 12H10zM13 12v-2a3 3 0 0 1 6 0v2' fill='none' stroke='white' stroke-width='2'/%3E%3C/svg%3E";
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A stand-in for a customer's website, carrying the widget snippet. */
@ApiExcludeController()
@Controller('demo')
export class DemoController {
  constructor(
    private readonly demo: DemoService,
    private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  async page(@Res({ passthrough: true }) res: Response): Promise<string> {
    // The widget on it shows files too.
    res.setHeader('Content-Security-Policy', allowingFilesFrom(serverPageCsp(this.config.publicUrl), this.storage.downloadOrigin));
    const inbox = await this.demo.demoInbox();
    const snippet = inbox
      ? `<script src="${this.config.publicUrl}/widget.js" data-inbox="${escapeHtml(inbox.publicKey)}" async></script>`
      : '';
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Demo shop</title><link rel="icon" href="${SHOP_ICON}">
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:44rem;margin:3rem auto;padding:0 1rem;color:#1f2937}
code,pre{background:#f3f4f6;border-radius:6px}pre{padding:1rem;overflow:auto;white-space:pre-wrap}</style></head>
<body>
<h1>Demo shop</h1>
${
  inbox
    ? `<p>This page plays a customer's website. The chat button in the corner is the widget of the inbox
<strong>${escapeHtml(inbox.name)}</strong>: write something as a customer.</p>
<p>Answer as an operator at <a href="/">the inbox</a> (log in with the admin printed at start),
or through the API described at <a href="/api/docs">/api/docs</a>.</p>
<p>Any site embeds the same chat with this snippet:</p><pre>${escapeHtml(snippet)}</pre>`
    : '<p>No widget inbox exists yet. Create one with <code>POST /api/inboxes</code> (type <code>webchat</code>).</p>'
}
${snippet}
</body></html>`;
  }
}
