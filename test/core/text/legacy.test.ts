import fc from 'fast-check';
import { convertLegacy, detectLegacy, legacyEncodingOfFont } from '../../../src/core/text/legacy';
// Test-side encoders, independent of the module.
import { toTcvn3, toVni } from '../../helpers/legacyEncoders';

const VOWELS = 'aăâeêioôơuưy';
const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
/** The 67 lower-case letters Vietnamese adds to ASCII (60 toned vowels, ă â ê ô ơ ư, đ). */
const LOWER_LETTERS = [...[...VOWELS].flatMap((v) => TONES.map((t) => (v + t).normalize('NFC'))).filter((c) => !/^[a-z]$/.test(c)), 'đ'];

// ------------------------------------------------------------------ tests

describe('legacyEncodingOfFont', () => {
  it.each([
    ['.VnTime', 'tcvn3'],
    ['.VnTimeH', 'tcvn3'],
    ['.VnArial', 'tcvn3'],
    ['.VnArialH', 'tcvn3'],
    ['.Vn3DH', 'tcvn3'],
    ['.VnArial Narrow', 'tcvn3'],
    ['.vntime', 'tcvn3'],
    ['VNI-Times', 'vni'],
    ['VNI-Helve', 'vni'],
    ['VNI-Univer', 'vni'],
    ['vni-times', 'vni'],
  ])('%j -> %s', (font, enc) => {
    expect(legacyEncodingOfFont(font)).toBe(enc);
  });

  it.each([null, undefined, '', 'Times New Roman', 'Arial', 'Calibri', 'VnTime', 'Vni', 'VNIX', 'Tahoma'])('%j -> null', (font) => {
    expect(legacyEncodingOfFont(font)).toBeNull();
  });
});

describe('the tables', () => {
  it('has 67 lower-case letters to check', () => {
    expect(LOWER_LETTERS).toHaveLength(67);
    expect(new Set(LOWER_LETTERS).size).toBe(67);
  });

  it('TCVN3: every lower-case letter round-trips, and the capital fonts give every capital', () => {
    for (const u of LOWER_LETTERS) {
      const legacy = toTcvn3(u);
      expect(legacy).toHaveLength(1);
      expect(legacy.charCodeAt(0)).toBeGreaterThanOrEqual(0xa1);
      expect(convertLegacy(legacy, 'tcvn3')).toBe(u);
      expect(convertLegacy(legacy, 'tcvn3', '.VnTimeH')).toBe(u.toUpperCase());
    }
    for (const u of ['Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ']) expect(convertLegacy(toTcvn3(u), 'tcvn3')).toBe(u);
    // 74 distinct codes: no two letters share one.
    const codes = new Set([...LOWER_LETTERS, 'Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ'].map(toTcvn3));
    expect(codes.size).toBe(74);
  });

  it('VNI: all 134 letters round-trip', () => {
    const all = [...LOWER_LETTERS, ...LOWER_LETTERS.map((c) => c.toUpperCase())];
    expect(new Set(all).size).toBe(134);
    for (const u of all) {
      const legacy = toVni(u);
      expect(legacy).toMatch(/^[\u0000-\u00ff]+$/);
      expect(convertLegacy(legacy, 'vni')).toBe(u);
    }
  });

  it('every letter with every tone, inside words', () => {
    for (const u of LOWER_LETTERS) {
      const word = `ch${u}ng`;
      expect(convertLegacy(toTcvn3(word), 'tcvn3')).toBe(word);
      expect(convertLegacy(toVni(word), 'vni')).toBe(word);
      expect(convertLegacy(toVni(word.toUpperCase()), 'vni')).toBe(word.toUpperCase());
    }
  });
});

const SENTENCES = [
  'Cộng hòa xã hội chủ nghĩa Việt Nam',
  'Độc lập - Tự do - Hạnh phúc',
  'Ủy ban nhân dân xã Ba Bích',
  'Trường Đại học',
  'Báo cáo kết quả công tác cải cách hành chính quý I năm 2023',
  'Tổng số hồ sơ đã giải quyết đúng hạn',
  'Người ướt nhẹp, thuở ấy, khuỷu tay, nguyễn, ngoẵng, quyển sách',
];

describe('convertLegacy', () => {
  it('converts known TCVN3 text', () => {
    expect(convertLegacy('Céng hoµ x· héi chñ nghÜa ViÖt Nam', 'tcvn3')).toBe('Cộng hoà xã hội chủ nghĩa Việt Nam');
    expect(convertLegacy('§éc lËp - Tù do - H¹nh phóc', 'tcvn3')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(convertLegacy('B¶o Th¾ng', 'tcvn3')).toBe('Bảo Thắng');
    expect(convertLegacy('M\u00adêng Kh\u00ad¬ng', 'tcvn3')).toBe('Mường Khương');
    expect(convertLegacy('B¸t X¸t', 'tcvn3')).toBe('Bát Xát');
    expect(convertLegacy('Tæng sè', 'tcvn3')).toBe('Tổng số');
    expect(convertLegacy('Tr\u00adêng §¹i häc', 'tcvn3')).toBe('Trường Đại học');
  });

  it('upper-cases text in TCVN3 capital fonts only', () => {
    expect(convertLegacy('céng hoµ x· héi chñ nghÜa viÖt nam', 'tcvn3', '.VnTimeH')).toBe('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(convertLegacy('ñy ban nh©n d©n', 'tcvn3', '.VnArialH')).toBe('ỦY BAN NHÂN DÂN');
    expect(convertLegacy('ñy ban', 'tcvn3', '.VnTime')).toBe('ủy ban');
    expect(convertLegacy('ñy ban', 'tcvn3', null)).toBe('ủy ban');
  });

  it('converts known VNI text', () => {
    expect(convertLegacy('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'vni')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(convertLegacy('Tieáng Vieät', 'vni')).toBe('Tiếng Việt');
    expect(convertLegacy('Tröôøng Ñaïi hoïc', 'vni')).toBe('Trường Đại học');
    expect(convertLegacy('COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM', 'vni')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(convertLegacy('Ñoäc laäp - Töï do - Haïnh phuùc', 'vni')).toBe('Độc lập - Tự do - Hạnh phúc');
  });

  it('round-trips full sentences through both encodings', () => {
    for (const s of SENTENCES) {
      expect(convertLegacy(toVni(s), 'vni')).toBe(s);
      const lower = s.toLowerCase();
      expect(convertLegacy(toTcvn3(lower), 'tcvn3')).toBe(lower);
      expect(convertLegacy(toTcvn3(lower), 'tcvn3', '.VnTimeH')).toBe(s.toUpperCase());
    }
  });

  it('leaves ASCII, digits and punctuation alone and returns NFC', () => {
    expect(convertLegacy('UBND 2023: 1.234 (x) - A/B', 'tcvn3')).toBe('UBND 2023: 1.234 (x) - A/B');
    expect(convertLegacy('UBND 2023: 1.234 (x) - A/B', 'vni')).toBe('UBND 2023: 1.234 (x) - A/B');
    const out = convertLegacy('Vieät', 'vni');
    expect(out).toBe(out.normalize('NFC'));
  });
});

describe('detectLegacy', () => {
  it('detects TCVN3 and VNI text without a font', () => {
    expect(detectLegacy('Céng hoµ x· héi chñ nghÜa ViÖt Nam')).toBe('tcvn3');
    expect(detectLegacy('§éc lËp - Tù do - H¹nh phóc')).toBe('tcvn3');
    expect(detectLegacy('Tæng sè')).toBe('tcvn3');
    expect(detectLegacy('Hoµ')).toBe('tcvn3');
    expect(detectLegacy('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam')).toBe('vni');
    expect(detectLegacy('Tieáng Vieät')).toBe('vni');
    expect(detectLegacy('Tröôøng Ñaïi hoïc')).toBe('vni');
  });

  it('detects generated legacy sentences', () => {
    for (const s of SENTENCES) {
      expect(detectLegacy(toTcvn3(s.toLowerCase()))).toBe('tcvn3');
      expect(detectLegacy(toVni(s))).toBe('vni');
    }
  });

  it('trusts the font when the text has something to convert', () => {
    expect(detectLegacy('Tæng sè', '.VnTime')).toBe('tcvn3');
    expect(detectLegacy('Q§-UBND', '.VnTime')).toBe('tcvn3');
    expect(detectLegacy('sè', '.VnTimeH')).toBe('tcvn3');
    expect(detectLegacy('Soá', 'VNI-Times')).toBe('vni');
    expect(detectLegacy('Vieät Nam', 'VNI-Helve')).toBe('vni');
  });

  it('never reports plain ASCII, even with a legacy font', () => {
    expect(detectLegacy('UBND xa Ba Bich', '.VnTime')).toBeNull();
    expect(detectLegacy('Tong so 2023', 'VNI-Times')).toBeNull();
    expect(detectLegacy('')).toBeNull();
    expect(detectLegacy('123', '.VnTime')).toBeNull();
  });

  it('never reports genuine Unicode Vietnamese, NFC or NFD, whatever the font', () => {
    for (const s of [...SENTENCES, 'Hà Nội', 'Tên', 'Ghi chú', 'Tháng', 'Mã số', 'Hà Nam', 'Cá', 'Về']) {
      expect(detectLegacy(s)).toBeNull();
      expect(detectLegacy(s.normalize('NFD'))).toBeNull();
      expect(detectLegacy(s.normalize('NFD'), '.VnTime')).toBeNull();
    }
    expect(detectLegacy('Cộng hòa', '.VnTime')).toBeNull();
    expect(detectLegacy('Cộng hòa', 'VNI-Times')).toBeNull();
  });

  it.each([
    'Société Générale',
    'café crème',
    'Le goût du coût',
    'où est-il',
    'naïve façade',
    'Noël à Paris',
    'Raphaël',
    'Müller Straße',
    'Björn Ångström',
    'São Paulo',
    'El año español',
    'résumé',
    '© 2023 Microsoft',
    '½ kg',
    'Temperature 25 °C',
    'Price: £10 · €12',
    'Ghi chú: đã xong',
  ])('never reports %j', (t) => {
    expect(detectLegacy(t)).toBeNull();
  });

  it('lets conversion overrule a font when it only spoils words', () => {
    expect(detectLegacy('Société Générale', '.VnTime')).toBeNull();
  });
});

describe('round trips on random text (property)', () => {
  const letter = fc.constantFrom(...LOWER_LETTERS, ...'abcdeghiklmnopqrstuvxy');
  const word = fc.array(letter, { minLength: 1, maxLength: 7 }).map((cs) => cs.join(''));
  const sentence = fc.array(word, { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' '));

  it('TCVN3 (lower case) and VNI (any case) convert back to the original', () => {
    fc.assert(
      fc.property(sentence, fc.boolean(), (s, upper) => {
        expect(convertLegacy(toTcvn3(s), 'tcvn3')).toBe(s);
        expect(convertLegacy(toTcvn3(s), 'tcvn3', '.VnTimeH')).toBe(s.toUpperCase());
        const v = upper ? s.toUpperCase() : s;
        expect(convertLegacy(toVni(v), 'vni')).toBe(v);
      }),
    );
  });

  it('never reports random Unicode Vietnamese', () => {
    fc.assert(
      fc.property(sentence, (s) => {
        expect(detectLegacy(s)).toBeNull();
        expect(detectLegacy(s.normalize('NFD'))).toBeNull();
      }),
    );
  });
});
