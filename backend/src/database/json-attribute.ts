import type { DataSourceOptions } from 'typeorm';

/**
 * SQL that reads one key of a JSON attributes column as text, the way
 * `String(value)` writes it in JavaScript (`42`, `2.5`, `true`, `gold`), on
 * either database, so a filter compares one spelling. The key is passed as
 * a bound JSON path (`$."order_id"`), never spliced into the SQL.
 * SQLite's json_extract gives booleans as 1/0, so json_type tells them apart.
 */
export function jsonAttributeText(type: DataSourceOptions['type'], column: string, pathParameter: string): string {
  if (type === 'better-sqlite3') {
    return `(CASE json_type(${column}, :${pathParameter}) WHEN 'true' THEN 'true' WHEN 'false' THEN 'false' ELSE CAST(json_extract(${column}, :${pathParameter}) AS TEXT) END)`;
  }
  return `JSON_UNQUOTE(JSON_EXTRACT(${column}, :${pathParameter}))`;
}

/** The JSON path of an attribute key (keys are checked slugs; quoted anyway). */
export const attributePath = (key: string): string => `$."${key}"`;

/**
 * A condition on a conversation id column: every `key:value` pair matches
 * the conversation's own attribute or its contact's. JSON is not indexed,
 * so this reads the attributes of the conversations and contacts it looks
 * at; the list's other filters and its page size keep that bounded.
 */
export function attributeFilterSql(
  type: DataSourceOptions['type'],
  filters: ReadonlyArray<{ key: string; value: string }>,
): { condition: (idColumn: string) => string; parameters: Record<string, string> } {
  const parameters: Record<string, string> = {};
  const conditions = filters.map(({ key, value }, i) => {
    parameters[`attrPath${i}`] = attributePath(key);
    parameters[`attrValue${i}`] = value;
    const own = `${jsonAttributeText(type, 'fc.attributes', `attrPath${i}`)} = :attrValue${i}`;
    const contact = `fc.contactId IN (SELECT fk.id FROM contacts fk WHERE ${jsonAttributeText(type, 'fk.attributes', `attrPath${i}`)} = :attrValue${i})`;
    return `IN (SELECT fc.id FROM conversations fc WHERE ${own} OR ${contact})`;
  });
  return { condition: (idColumn) => conditions.map((c) => `${idColumn} ${c}`).join(' AND '), parameters };
}
