import { describe, expect, it } from 'vitest';
import { splitEmailQuotedText as splitQuotedText } from '../../src/email';

describe('splitQuotedText', () => {
  it('folds a Gmail quote whose attribution the client wrapped over two lines', () => {
    const text = 'Sounds good.\n\nOn Tue, Feb 6, 2024 at 9:15 AM Very Long Support Team Name <support@example.test>\nwrote:\n\n> Shall we call you?\n';
    expect(splitQuotedText(text)).toEqual({
      visible: 'Sounds good.',
      quoted: 'On Tue, Feb 6, 2024 at 9:15 AM Very Long Support Team Name <support@example.test>\nwrote:\n\n> Shall we call you?',
      signature: '',
      quotePosition: 'below',
    });
  });

  it('folds an Outlook header block in Russian and in German', () => {
    const ru = 'Спасибо!\n\nОт: Acme Support <support@example.test>\nОтправлено: 6 февраля 2024 г. 15:10\nКому: Анна\nТема: Заказ\n\nДобрый день';
    expect(splitQuotedText(ru)).toMatchObject({ visible: 'Спасибо!', quoted: expect.stringMatching(/^От: Acme Support/) });
    const de = 'Danke.\n\nVon: Acme Support <support@example.test>\nGesendet: Dienstag, 6. Februar 2024 15:10\nAn: Thomas\nBetreff: AW: Bestellung\n\nHallo';
    expect(splitQuotedText(de)).toMatchObject({ visible: 'Danke.', quoted: expect.stringMatching(/^Von: Acme Support/) });
  });

  it('folds Russian and Ukrainian attributions of Thunderbird, Mail.ru and Gmail', () => {
    const cases = [
      '06.02.2024 15:10, Acme Support пишет:\n> Добрый день',
      '6 февраля 2024 г., в 15:10, Acme Support <support@example.test> написал:\n> Добрый день',
      'вт, 6 февр. 2024 г. в 15:10, Acme Support <support@example.test>:\n> Добрый день',
      '06.02.2024 15:10, Acme Support написав(ла):\n> Добрий день',
    ];
    for (const quote of cases) {
      expect(splitQuotedText(`Ок, жду.\n\n${quote}\n`)).toMatchObject({ visible: 'Ок, жду.', quoted: quote, quotePosition: 'below' });
    }
  });

  it('leaves inline answers between quotes unfolded', () => {
    const text = '> Which colour?\nRed.\n> Which size?\nM.\n';
    expect(splitQuotedText(text)).toEqual({ visible: '> Which colour?\nRed.\n> Which size?\nM.', quoted: '', signature: '' });
  });

  it('keeps everything visible when the mail is only a quote', () => {
    expect(splitQuotedText('> just a quote\n> nothing else')).toEqual({ visible: '> just a quote\n> nothing else', quoted: '', signature: '' });
  });

  it('does not take an ordinary sentence ending in a colon for an attribution', () => {
    const text = 'My colleague wrote:\nthe parcel is damaged.\nPlease advise.';
    expect(splitQuotedText(text).quoted).toBe('');
  });

  it('keeps a forward visible, even with an Outlook header block inside', () => {
    const text = 'See below.\n\nFrom: Warehouse <w@example.com>\nSent: Monday\nSubject: Stock\n\nOut of stock';
    expect(splitQuotedText(text, { forwarded: true })).toEqual({ visible: text, quoted: '', signature: '' });
    expect(splitQuotedText('FYI\n\nBegin forwarded message:\n\nFrom: a@example.com\nDate: today\n\n> old').quoted).toBe('');
  });

  it('splits a "-- " signature only near the end', () => {
    expect(splitQuotedText('Thanks\n-- \nJane Doe\nACME Ltd\n')).toEqual({ visible: 'Thanks', quoted: '', signature: 'Jane Doe\nACME Ltd' });
    const longTail = `Intro\n--\n${Array.from({ length: 30 }, (_, i) => `line ${i}`).join('\n')}`;
    expect(splitQuotedText(longTail).signature).toBe('');
  });

  it('treats a mobile footer as the signature', () => {
    expect(splitQuotedText('Ок\n\nОтправлено с iPhone')).toEqual({ visible: 'Ок', quoted: '', signature: 'Отправлено с iPhone' });
    expect(splitQuotedText('OK\n\nGet Outlook for Android')).toMatchObject({ visible: 'OK', signature: 'Get Outlook for Android' });
  });

  it('handles CRLF line ends and a byte order mark', () => {
    expect(splitQuotedText('\uFEFFYes\r\n\r\n> old\r\n')).toEqual({ visible: 'Yes', quoted: '> old', signature: '', quotePosition: 'below' });
  });
});
