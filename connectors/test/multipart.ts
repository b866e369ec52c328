/** Reading multipart/form-data bodies in test servers that stand in for providers. */

export interface MultipartPart {
  name: string;
  fileName?: string;
  contentType?: string;
  data: Buffer;
}

/** Just enough of RFC 7578 for what HTTP clients send: boundary-split parts with headers. */
export function parseMultipart(body: Buffer, boundary: string): MultipartPart[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: MultipartPart[] = [];
  let pos = body.indexOf(delimiter);
  while (pos >= 0) {
    const start = pos + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break; // closing delimiter
    const next = body.indexOf(delimiter, start);
    if (next < 0) break;
    // Each part: CRLF, headers, CRLF CRLF, data, CRLF, then the next delimiter.
    const raw = body.subarray(start + 2, next - 2);
    const split = raw.indexOf('\r\n\r\n');
    const headers = raw.subarray(0, split).toString('utf8');
    const data = raw.subarray(split + 4);
    const disposition = headers.match(/content-disposition:[^\r\n]*/i)?.[0] ?? '';
    const name = disposition.match(/\bname="([^"]*)"/)?.[1] ?? '';
    const fileName = disposition.match(/\bfilename="([^"]*)"/)?.[1];
    const partType = headers.match(/content-type:\s*([^\r\n]+)/i)?.[1];
    parts.push({ name, data: Buffer.from(data), ...(fileName !== undefined ? { fileName } : {}), ...(partType ? { contentType: partType } : {}) });
    pos = next;
  }
  return parts;
}
