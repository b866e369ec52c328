import { describe, expect, it } from 'vitest';
import { loadConfig } from './app-config';

describe('DEFAULT_PHONE_COUNTRY', () => {
  const base = { APP_SECRET: 'x'.repeat(32), DATA_DIR: '/nonexistent' };

  it('is none unless set, and an ISO 3166 alpha-2 code when set', () => {
    expect(loadConfig(base).defaultPhoneCountry).toBeNull();
    expect(loadConfig({ ...base, DEFAULT_PHONE_COUNTRY: '' }).defaultPhoneCountry).toBeNull();
    expect(loadConfig({ ...base, DEFAULT_PHONE_COUNTRY: 'UA' }).defaultPhoneCountry).toBe('UA');
    for (const wrong of ['ua', 'UK', 'UKR', 'XX']) {
      expect(() => loadConfig({ ...base, DEFAULT_PHONE_COUNTRY: wrong }), wrong).toThrow(/DEFAULT_PHONE_COUNTRY must be an ISO 3166 alpha-2 country code such as DE or US/);
    }
  });
});
