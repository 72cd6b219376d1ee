// @vitest-environment node
/** Call descriptions in checker URLs: round trips, garbage and oversized input. */
import {describe, expect, it} from 'vitest';
import {checkCall} from '..';
import {samplePresets} from '../presets';
import {checkerPath, decodeCallFromSearch, encodeCallToSearch, encodeCallValue, MaxEncodedCallLength} from '../url';

describe('encodeCallToSearch / decodeCallFromSearch', () => {
  it('round-trips every sample preset, and the decoded call gives the same verdict', () => {
    for (const preset of samplePresets) {
      const search = encodeCallToSearch(preset.call);
      expect(search).toMatch(/^\?call=[A-Za-z0-9_-]+$/);
      const back = decodeCallFromSearch(search);
      expect(back).toEqual({ok: true, call: preset.call});
      if (!back.ok) throw new Error('unreachable');
      expect(checkCall(back.call)).toEqual(checkCall(preset.call));
    }
  });

  it('is UTF-8 safe (CJK, emoji, markup, quotes)', () => {
    const call = {
      operator: 'aclnnQuantMatmulAllReduceV2',
      product: '昇腾 Atlas A2 🚀 <img src=x onerror="window.__xss=1"> \'"\\ &amp;',
      tensors: {},
      attrs: {group: 'é\u0000\u2028'},
    };
    const search = encodeCallToSearch(call);
    expect(search).toMatch(/^\?call=[A-Za-z0-9_-]+$/);
    expect(decodeCallFromSearch(search)).toEqual({ok: true, call});
  });

  it('reads the parameter among others, with or without the leading "?"', () => {
    const value = encodeCallValue({operator: 'x'});
    expect(decodeCallFromSearch(`?utm=wiki&call=${value}&x=1`)).toEqual({ok: true, call: {operator: 'x'}});
    expect(decodeCallFromSearch(`call=${value}`)).toEqual({ok: true, call: {operator: 'x'}});
  });

  it('checkerPath gives the page path with the query', () => {
    const call = samplePresets[0].call;
    expect(checkerPath(call)).toBe(`/tools/checker${encodeCallToSearch(call)}`);
  });

  it('reports a missing parameter as absent', () => {
    for (const search of ['', '?', '?utm=wiki', '?calls=abc']) {
      expect(decodeCallFromSearch(search)).toMatchObject({ok: false, reason: 'absent'});
    }
  });

  it('never throws on garbage, and says why', () => {
    const garbage = [
      '?call=',
      '?call=%%%',
      '?call=%E0%A4%A',
      '?call=!!!!',
      '?call=a',
      '?call=abcde',
      '?call=____',
      `?call=${encodeCallValue('just a string')}`,
      `?call=${encodeCallValue([1, 2, 3])}`,
      `?call=${encodeCallValue(null)}`,
      `?call=${encodeCallValue(42)}`,
      `?call=${Buffer.from('{"operator": ').toString('base64url')}`,
      `?call=${Buffer.from([0xff, 0xfe, 0x7b, 0x7d]).toString('base64url')}`,
      '?call=<img src=x onerror="window.__xss=1">',
      '?call=eyJ+/=',
    ];
    for (const search of garbage) {
      const result = decodeCallFromSearch(search);
      expect(result.ok, search).toBe(false);
      if (!result.ok) {
        expect(result.reason).toBe('invalid');
        expect(result.problem).toMatch(/call/);
      }
    }
    expect(decodeCallFromSearch(undefined as unknown as string)).toMatchObject({ok: false});
    expect(decodeCallFromSearch({} as unknown as string)).toMatchObject({ok: false});
  });

  it('refuses oversized input quickly', () => {
    const big = {operator: 'aclnnQuantMatmulAllReduceV2', product: 'x'.repeat(MaxEncodedCallLength), tensors: {}};
    const search = encodeCallToSearch(big);
    expect(search.length).toBeGreaterThan(MaxEncodedCallLength);
    expect(decodeCallFromSearch(search)).toMatchObject({ok: false, reason: 'too-large'});

    const huge = `?call=${'A'.repeat(20_000_000)}`;
    const start = performance.now();
    expect(decodeCallFromSearch(huge)).toMatchObject({ok: false, reason: 'too-large'});
    expect(decodeCallFromSearch(`?x=${'A'.repeat(20_000_000)}`)).toMatchObject({ok: false, reason: 'absent'});
    expect(performance.now() - start).toBeLessThan(2000);

    // Just under the cap is still accepted.
    const fits = {operator: 'x', product: 'y'.repeat(Math.floor((MaxEncodedCallLength * 3) / 4) - 40)};
    const fitsSearch = encodeCallToSearch(fits);
    expect(fitsSearch.length - '?call='.length).toBeLessThanOrEqual(MaxEncodedCallLength);
    expect(decodeCallFromSearch(fitsSearch)).toEqual({ok: true, call: fits});
  });
});
