/**
 * The body is not what the provider's webhook sends (wrong shape, wrong
 * types). `field` names the first offending field as a dotted path, e.g.
 * `entry[0].changes[0].value.messages[0].id`. An event of a kind we do not
 * serve is NOT this error: it parses to [].
 */
export class MetaPayloadError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'MetaPayloadError';
  }
}
