/**
 * A person's staff category told from the position written for them, for a staff list with no «Loại» column
 * (docs/reporting-schema.md §2 staff, §4: the headcount is cán bộ + công chức, không chuyên trách apart).
 *
 * Source: Nghị định 33/2023/NĐ-CP, Điều 5: cán bộ cấp xã are the Bí thư and Phó Bí thư Đảng ủy, the Chủ tịch and
 * Phó Chủ tịch of the HĐND and of the UBND, the Chủ tịch of the UBMTTQ, the Bí thư of the Đoàn TNCS Hồ Chí Minh,
 * the Chủ tịch of the Hội Liên hiệp Phụ nữ, the Hội Nông dân and the Hội Cựu chiến binh; công chức cấp xã are the
 * Chỉ huy trưởng Ban Chỉ huy Quân sự, Văn phòng - thống kê, Địa chính - xây dựng (- nông nghiệp - môi trường),
 * Tài chính - kế toán, Tư pháp - hộ tịch, Văn hóa - xã hội; Trưởng Công an xã, a công chức under Nghị định
 * 92/2009/NĐ-CP, is still listed so in communes' lists. The deputies of the Mặt trận and of the associations, the
 * Phó Chỉ huy trưởng, the Văn phòng Đảng ủy, văn thư, thủ quỹ and the like are người hoạt động không chuyên trách
 * (Điều 33). Since 1 July 2025 (two-tier local government, DOMAIN.md §6) a commune's UBND has its own office
 * and specialised departments (Văn phòng HĐND và UBND, Phòng Kinh tế, Phòng Văn hóa - Xã hội; Nghị định
 * 150/2025/NĐ-CP): their Chánh / Phó Chánh Văn phòng, Trưởng / Phó Trưởng phòng and chuyên viên are công chức.
 * A position none of these name is not guessed: null.
 */
import { fold } from '../text/fold';

export type StaffCategory = 'canBo' | 'congChuc' | 'khongChuyenTrach';

/** Words that say the category outright: «Không chuyên trách», «Người hoạt động KCT», «HĐKCT», «Bán chuyên trách». */
const PART_TIME = /(?:^| )(?:khong chuyen trach|ban chuyen trach|kct|hdkct|nhdkct)(?: |$)/;

/** A deputy: «Phó Chủ tịch», «PCT», «Phó Bí thư», «Phó Chỉ huy trưởng», «Chỉ huy phó». */
const DEPUTY = /(?:^| )(?:pho|pct)(?: |$)/;

/** The body a «Chủ tịch» heads, by its name or its abbreviation. */
const COUNCIL = /(?:^| )(?:hdnd|hd nhan dan|hoi dong nhan dan|ubnd|ub nhan dan|uy ban nhan dan|uy ban)(?: |$)/;
const FRONT = /(?:^| )(?:ubmttq|ubmt|mttq|mat tran|mttqvn)(?: |$)/;
/** The associations whose Chủ tịch is a cán bộ (Điều 5): women's, farmers', veterans'. */
const CADRE_ASSOCIATION = /(?:^| )(?:phu nu|lhpn|hlhpn|hpn|nong dan|hnd|cuu chien binh|ccb|hccb)(?: |$)/;
/** Any other association or its abbreviation («Hội Người cao tuổi», «Hội Chữ thập đỏ»). */
const ASSOCIATION = /(?:^| )(?:hoi|nguoi cao tuoi|chu thap do|khuyen hoc|hnct|hctd)(?: |$)/;
/** The youth union: «Bí thư Đoàn», «Bí thư Xã đoàn», «Bí thư ĐTN». */
const YOUTH = /(?:^| )(?:doan|xa doan|dtn|doan tn|doan thanh nien)(?: |$)/;

/** Không chuyên trách posts whose names hold a công chức's words («Văn phòng», «Văn hóa»): tried first. */
const PART_TIME_NAMESAKES = ['van phong dang uy', 'van phong dang bo', 'nha van hoa', 'trung tam van hoa'];

/**
 * Người hoạt động không chuyên trách by their post (Điều 33; posts the province lists): tried after the công
 * chức's, so that «Văn phòng - Thống kê (kiêm văn thư)» stays a công chức.
 */
const PART_TIME_POSTS = [
  'van thu',
  'luu tru',
  'thu quy',
  'truyen thanh',
  'cong an vien',
  'thu y',
  'khuyen nong',
  'nguoi cao tuoi',
  'chu thap do',
  'truong thon',
  'thon truong',
  'to truong to dan pho',
  'chi huy pho',
  'xa doi pho',
];

/** Công chức by their post (Điều 5, khoản 2). */
const CIVIL_SERVANT_POSTS = [
  'chi huy truong',
  'cht quan su',
  'ban chi huy quan su',
  'quan su',
  'xa doi truong',
  'van phong',
  'vp tk',
  'vptk',
  'thong ke',
  'dia chinh',
  'dc xd',
  'dcxd',
  'xay dung',
  'tu phap',
  'tp ht',
  'tpht',
  'ho tich',
  'tai chinh',
  'ke toan',
  'tc kt',
  'tckt',
  'van hoa',
  'vh xh',
  'vhxh',
  'lao dong thuong binh',
  'ldtbxh',
  'truong cong an',
  // The UBND's office and departments of the two-tier commune (since 1 July 2025).
  'chanh van phong',
  'truong phong',
  'pho truong phong',
  'phong kinh te',
  'kinh te ha tang',
  'phong van hoa',
  'chuyen vien phong',
];

const has = (text: string, phrase: string) => ` ${text} `.includes(` ${phrase} `);

/** One post, folded («pho chu tich ubnd»): its category, or null when it names none known. */
function postCategory(post: string): StaffCategory | null {
  if (!post) return null;
  if (PART_TIME.test(post)) return 'khongChuyenTrach';
  const deputy = DEPUTY.test(post) || has(post, 'chi huy pho') || has(post, 'xa doi pho');
  if (has(post, 'bi thu')) {
    if (has(post, 'chi bo')) return null; // a village's party cell: not a commune post
    if (YOUTH.test(post)) return deputy ? 'khongChuyenTrach' : 'canBo';
    return 'canBo'; // Bí thư, Phó Bí thư Đảng ủy
  }
  if (has(post, 'chu tich') || has(post, 'ct') || has(post, 'pct') || has(post, 'hoi truong')) {
    // The Front before the council: «Ủy ban Mặt trận» holds «Ủy ban» too.
    if (FRONT.test(post) || CADRE_ASSOCIATION.test(post)) return deputy ? 'khongChuyenTrach' : 'canBo';
    if (COUNCIL.test(post)) return 'canBo';
    if (ASSOCIATION.test(post)) return 'khongChuyenTrach';
    // «Chủ tịch», «Phó Chủ tịch» alone, «Chủ tịch xã»: the People's Committee's.
    if (has(post, 'chu tich')) return 'canBo';
  }
  if (deputy && (has(post, 'chi huy') || has(post, 'quan su') || has(post, 'cong an'))) return 'khongChuyenTrach';
  for (const p of PART_TIME_NAMESAKES) if (has(post, p)) return 'khongChuyenTrach';
  for (const p of CIVIL_SERVANT_POSTS) if (has(post, p)) return 'congChuc';
  for (const p of PART_TIME_POSTS) if (has(post, p)) return 'khongChuyenTrach';
  // The category's own word, with no post named: «Công chức», «Cán bộ chuyên trách».
  if (has(post, 'cong chuc')) return 'congChuc';
  if (has(post, 'can bo')) return 'canBo';
  return null;
}

/**
 * The category a position cell's text tells: «Chủ tịch UBND» cán bộ, «Văn phòng - Thống kê» công chức, «Phó Chủ
 * tịch UBMTTQ» or «KCT - Văn thư» không chuyên trách; null when it names no post known. A person holding several
 * posts («Phó Chủ tịch UBMTTQ kiêm Chủ tịch Hội Nông dân») is of the first cán bộ or công chức post named, else
 * không chuyên trách; a cell saying «không chuyên trách» outright is so whatever post it names.
 */
export function categoryOfPosition(text: string): StaffCategory | null {
  const whole = fold(text);
  if (!whole) return null;
  if (PART_TIME.test(whole)) return 'khongChuyenTrach';
  let partTime = false;
  for (const part of text.split(/\s+kiêm\s+|\s+kiem\s+|[;,\n]|\s+và\s+/iu)) {
    const c = postCategory(fold(part));
    if (c === 'canBo' || c === 'congChuc') return c;
    if (c === 'khongChuyenTrach') partTime = true;
  }
  return partTime ? 'khongChuyenTrach' : null;
}
