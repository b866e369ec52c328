/** The small public rating page behind the signed link: plain HTML, no script, works in any mail client's browser. */

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(language: string, title: string, body: string): string {
  return `<!doctype html>
<html lang="${escape(language)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>
body{font-family:system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem;color:#1f2937}
.stars{display:flex;flex-direction:row-reverse;justify-content:flex-end;gap:.25rem;font-size:2rem}
.stars input{position:absolute;opacity:0}.stars label{cursor:pointer;color:#d1d5db}
.stars input:checked~label,.stars label:hover,.stars label:hover~label{color:#f59e0b}
textarea{width:100%;min-height:6rem;margin:1rem 0;font:inherit}
button{font:inherit;padding:.5rem 1.25rem;border:0;border-radius:.375rem;background:#2563eb;color:#fff}
</style></head><body>${body}</body></html>`;
}

export interface RatingFormWords {
  title: string;
  question: string;
  comment: string;
  submit: string;
}

export function ratingFormPage(language: string, words: RatingFormWords, action: string): string {
  const stars = [5, 4, 3, 2, 1]
    .map((n) => `<input type="radio" id="s${n}" name="score" value="${n}" required><label for="s${n}" title="${n}">★</label>`)
    .join('');
  return page(
    language,
    words.title,
    `<h1>${escape(words.title)}</h1><p>${escape(words.question)}</p>
<form method="post" action="${escape(action)}"><div class="stars">${stars}</div>
<label for="comment">${escape(words.comment)}</label><textarea id="comment" name="comment" maxlength="2000"></textarea>
<button type="submit">${escape(words.submit)}</button></form>`,
  );
}

export function messagePage(language: string, title: string, message: string): string {
  return page(language, title, `<h1>${escape(title)}</h1><p>${escape(message)}</p>`);
}
