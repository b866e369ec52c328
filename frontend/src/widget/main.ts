/**
 * Entry of `widget.js`, the script site owners paste:
 *   <script src="https://HOST/widget.js" data-inbox="KEY" async></script>
 */
import css from './widget.css?inline';
import { readEmbedConfig } from './config';
import { setLocale } from './strings';
import { mountWidget } from './widget';

// document.currentScript is only set during this first synchronous run.
const config = readEmbedConfig(document);

if (!config) {
  console.warn('[inbox-widget] not started: the script tag needs data-inbox="<inbox key>" and an http(s) src');
} else {
  const start = () => {
    setLocale(document.documentElement.lang, navigator.language);
    mountWidget(config, css);
  };
  // An async script in <head> can run before <body> exists.
  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start, { once: true });
}
