/** Test-side legacy encoders (Unicode -> TCVN3 / VNI Windows), written independently of src/core/text/legacy.ts so each checks the other. */
/** TCVN3 rows written out as they show in Latin-1: plain, grave, hook, tilde, acute, dot below. */
const TCVN3_ROWS: Record<string, string> = {
  a: 'aµ¶·¸¹',
  ă: '¨»¼½¾Æ',
  â: '©ÇÈÉÊË',
  e: 'eÌÎÏÐÑ',
  ê: 'ªÒÓÔÕÖ',
  i: 'i×ØÜÝÞ',
  o: 'oßáâãä',
  ô: '«åæçèé',
  ơ: '¬êëìíî',
  u: 'uïñòóô',
  ư: '\u00adõö÷øù',
  y: 'yúûüýþ',
};
const TONE_MARKS = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
const TCVN3_CAPITALS: Record<string, string> = { Ă: '¡', Â: '¢', Ê: '£', Ô: '¤', Ơ: '¥', Ư: '¦', Đ: '§', đ: '®' };

/** Unicode -> TCVN3 for lower-case text (and the 7 capitals that TCVN3 has). */
export function toTcvn3(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (TCVN3_CAPITALS[ch]) {
      out += TCVN3_CAPITALS[ch];
      continue;
    }
    const nfd = ch.normalize('NFD');
    const tone = TONE_MARKS.findIndex((t, i) => i > 0 && nfd.includes(t));
    const base = nfd.replace(/[\u0300\u0309\u0303\u0301\u0323]/g, '').normalize('NFC');
    const row = TCVN3_ROWS[base];
    out += row ? row[tone < 0 ? 0 : tone] : ch;
  }
  return out;
}

/** Unicode -> VNI Windows by decomposition: base letter, then one mark character. */
export function toVni(text: string): string {
  const TONE = { '\u0300': 'ø', '\u0309': 'û', '\u0303': 'õ', '\u0301': 'ù', '\u0323': 'ï' } as Record<string, string>;
  const CIRC = { '': 'â', '\u0300': 'à', '\u0309': 'å', '\u0303': 'ã', '\u0301': 'á', '\u0323': 'ä' } as Record<string, string>;
  const BREVE = { '': 'ê', '\u0300': 'è', '\u0309': 'ú', '\u0303': 'ü', '\u0301': 'é', '\u0323': 'ë' } as Record<string, string>;
  const I = { '': 'i', '\u0300': 'ì', '\u0309': 'æ', '\u0303': 'ó', '\u0301': 'í', '\u0323': 'ò' } as Record<string, string>;
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const upper = ch !== ch.toLowerCase();
    const nfd = ch.toLowerCase().normalize('NFD');
    const letter = nfd[0];
    const mods = nfd.slice(1);
    const tone = [...mods].find((m) => m in TONE) ?? '';
    let enc: string;
    if (ch.toLowerCase() === 'đ') enc = 'ñ';
    else if (mods.includes('\u0302')) enc = letter + CIRC[tone];
    else if (mods.includes('\u0306')) enc = 'a' + BREVE[tone];
    else if (mods.includes('\u031b')) enc = (letter === 'o' ? 'ô' : 'ö') + (tone ? TONE[tone] : '');
    else if (letter === 'i' && tone) enc = I[tone];
    else if (letter === 'y' && tone === '\u0323') enc = 'î';
    else if (tone && 'aeouy'.includes(letter)) enc = letter + TONE[tone];
    else enc = ch.toLowerCase();
    out += upper ? enc.toUpperCase() : enc;
  }
  return out;
}
