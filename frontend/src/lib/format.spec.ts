import { describe, expect, it } from 'vitest';
import { createAppI18n } from '../app/i18n';
import { customerName, formatBytes, initials } from './format';

describe('customerName', () => {
  const { t } = createAppI18n('en').global;
  it('takes the name, else the e-mail or phone, else Visitor with the contact’s number', () => {
    expect(customerName({ id: 7, name: 'Anna', email: 'a@example.com' }, 3, t)).toBe('Anna');
    expect(customerName({ id: 7, name: null, email: 'a@example.com' }, 3, t)).toBe('a@example.com');
    expect(customerName({ id: 7, name: null, email: null, phone: '+380441234567' }, 3, t)).toBe('+380441234567');
    expect(customerName({ id: 7, name: null, email: null, phone: null }, 3, t)).toBe('Visitor #7');
    expect(customerName(null, 3, t)).toBe('Visitor #3');
  });

  it('gives a visitor the initial V, wherever the avatar stands', () => {
    expect(initials(customerName({ id: 7, name: null }, 3, t))).toBe('V');
  });
});

describe('formatBytes', () => {
  it('counts bytes under a kilobyte as they are', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1023)).toBe('1023 B');
  });

  it('gives one decimal under 10 of a unit, and drops it when the size is whole', () => {
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(1024)).toBe('1 KB');
    expect(formatBytes(5 * 1024)).toBe('5 KB');
    expect(formatBytes(2.25 * 1024 * 1024)).toBe('2.3 MB');
  });

  it('rounds to whole units from 10 on', () => {
    expect(formatBytes(10 * 1024 * 1024)).toBe('10 MB');
    expect(formatBytes(320.4 * 1024)).toBe('320 KB');
  });

  it('steps up to the next unit at 1024 and stops at gigabytes', () => {
    expect(formatBytes(1024 * 1024)).toBe('1 MB');
    expect(formatBytes(3 * 1024 ** 3)).toBe('3 GB');
    expect(formatBytes(2048 * 1024 ** 3)).toBe('2048 GB');
  });
});
