import {describe, expect, it} from 'vitest';
import {siteUrl} from '../siteUrl';

describe('siteUrl', () => {
  it('a production build requires SITE_URL', () => {
    expect(() => siteUrl(undefined, true)).toThrow(/SITE_URL is required/);
    expect(() => siteUrl('  ', true)).toThrow(/SITE_URL is required/);
  });
  it('a production build rejects loopback hosts', () => {
    for (const u of ['http://127.0.0.1:3000', 'http://localhost', 'http://127.1.2.3', 'http://[::1]:8080'])
      expect(() => siteUrl(u, true), u).toThrow(/loopback/);
  });
  it('takes the origin of a valid SITE_URL and rejects a relative one', () => {
    expect(siteUrl('https://docs.example.internal/', true)).toBe('https://docs.example.internal');
    expect(() => siteUrl('docs.example.internal', true)).toThrow(/not an absolute URL/);
  });
  it('the development server defaults to the local address', () => {
    expect(siteUrl(undefined, false)).toBe('http://127.0.0.1:3000');
  });
});
