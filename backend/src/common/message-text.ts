const MESSAGE_TEXT = Symbol('messageText');

/**
 * The text of a message someone on our side writes: a reply or a note, a
 * quick reply, an automatic message, a bot's words. It is held to
 * MESSAGE_MAX_CHARS, as customers' messages are, and never to more than
 * `ceiling` (what its column or channel takes). A text per language
 * (`{"en": …}`) is held to it language by language. The limit is
 * configuration, so the request validation pipe checks it after the field's
 * static rules have passed.
 */
export function MessageText(ceiling = Number.POSITIVE_INFINITY): PropertyDecorator {
  return (target, field) => Reflect.defineMetadata(MESSAGE_TEXT, ceiling, target, field);
}

/** The most characters a message-text field of this DTO takes by itself, or undefined for any other field. */
export function messageTextCeiling(dto: object, field: string): number | undefined {
  return Reflect.getMetadata(MESSAGE_TEXT, dto, field) as number | undefined;
}

/**
 * What stands in the way of sending a text once its variables or a
 * template's parameters are filled in (a contact's long name, an operator's
 * values): the result is held to MESSAGE_MAX_CHARS as a written text is.
 */
export function renderedTextProblem(text: string, maxChars: number): string | null {
  return text.length > maxChars ? `the text would be ${text.length} characters, past the limit of ${maxChars}` : null;
}
