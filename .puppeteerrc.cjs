// The browser for whatsapp-web.js is the system Chromium; never download one.
module.exports = { skipDownload: true };
