import { normalizeText } from '../../../src/core/text/normalize';

describe('normalizeText', () => {
  it('composes decomposed (NFD) Unicode and reports no legacy encoding', () => {
    const nfd = 'Đã giải quyết trước hạn'.normalize('NFD');
    expect(nfd).not.toBe('Đã giải quyết trước hạn');
    expect(normalizeText(nfd)).toEqual({ text: 'Đã giải quyết trước hạn', legacy: null });
  });

  it('converts TCVN3 and VNI text', () => {
    expect(normalizeText('Céng hoµ x· héi chñ nghÜa ViÖt Nam')).toEqual({
      text: 'Cộng hoà xã hội chủ nghĩa Việt Nam',
      legacy: 'tcvn3',
    });
    expect(normalizeText('Tieáng Vieät')).toEqual({ text: 'Tiếng Việt', legacy: 'vni' });
    expect(normalizeText('Soá hoà sô', 'VNI-Times')).toEqual({ text: 'Số hồ sơ', legacy: 'vni' });
  });

  it('uses the font: capital TCVN3 fonts give capitals', () => {
    expect(normalizeText('ñy ban nh©n d©n x· ba bÝch', '.VnTimeH')).toEqual({
      text: 'ỦY BAN NHÂN DÂN XÃ BA BÍCH',
      legacy: 'tcvn3',
    });
    expect(normalizeText('Tæng sè', '.VnTime')).toEqual({ text: 'Tổng số', legacy: 'tcvn3' });
  });

  it('trims nothing and leaves ordinary text as it is', () => {
    expect(normalizeText('  Tổng cộng \n')).toEqual({ text: '  Tổng cộng \n', legacy: null });
    expect(normalizeText(' Tæng sè ', '.VnTime')).toEqual({ text: ' Tổng số ', legacy: 'tcvn3' });
    expect(normalizeText('')).toEqual({ text: '', legacy: null });
    expect(normalizeText('UBND', '.VnTime')).toEqual({ text: 'UBND', legacy: null });
    expect(normalizeText('Société Générale')).toEqual({ text: 'Société Générale', legacy: null });
    expect(normalizeText('Cộng hòa', '.VnTime')).toEqual({ text: 'Cộng hòa', legacy: null });
  });
});
