import { BadRequestException, PayloadTooLargeException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/**
 * How deep a request's JSON may nest. Every real payload (a bot flow, a
 * provider's webhook) stays under a dozen levels; class-transformer and
 * class-validator recurse once per level, so a few kilobytes of brackets
 * would otherwise exhaust the stack before any field is looked at.
 */
export const JSON_MAX_DEPTH = 64;

/** The most bytes of JSON (or form fields) a request may carry: a 64 KB message is up to 256 KB of UTF-8 JSON. */
export const JSON_MAX_BYTES = 1024 * 1024;

/** In Unicode mode a surrogate pair is one code point, so only a lone half is in category Cs. */
const LONE_SURROGATE = /\p{Cs}/u;
const LONE_SURROGATES = /\p{Cs}/gu;

/**
 * Makes a parsed JSON value fit to be read, in one walk without recursion:
 * returns why it nests too deep (`body: nested deeper than 64 levels`), or
 * null. On the way, a lone surrogate in a string becomes U+FFFD, which is
 * what a column would store; left in, it makes validator's e-mail check
 * throw instead of answer.
 */
export function prepareJson(value: unknown, what: string): string | null {
  const pending: Array<[Record<string, unknown>, number]> = [];
  if (typeof value === 'object' && value !== null) pending.push([value as Record<string, unknown>, 1]);
  while (pending.length > 0) {
    const [node, depth] = pending.pop()!;
    if (depth > JSON_MAX_DEPTH) return `${what}: nested deeper than ${JSON_MAX_DEPTH} levels`;
    for (const [key, child] of Object.entries(node)) {
      if (typeof child === 'string' && LONE_SURROGATE.test(child)) node[key] = child.replace(LONE_SURROGATES, '\ufffd');
      else if (typeof child === 'object' && child !== null) pending.push([child as Record<string, unknown>, depth + 1]);
    }
  }
  return null;
}

/** Express middleware after the body parsers: a body nested too deep is a 400 before any route or DTO sees it. */
export function prepareJsonBody(req: Request, _res: Response, next: NextFunction): void {
  const problem = prepareJson(req.body, 'body');
  next(problem ? new BadRequestException(problem) : undefined);
}

/** Express error middleware: the parser's "request entity too large" says which limit it was. */
export function explainTooLarge(error: unknown, _req: Request, _res: Response, next: NextFunction): void {
  const tooLarge = (error as { type?: unknown } | null)?.type === 'entity.too.large';
  next(tooLarge ? new PayloadTooLargeException(`body: larger than ${JSON_MAX_BYTES / 1024 / 1024} MB`) : error);
}
