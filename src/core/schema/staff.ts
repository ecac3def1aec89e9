import { TABLE_LABEL } from '../labels';
import { defineTable } from './types';

export const EDUCATION_CATEGORIES: Record<string, string[]> = {
  // «Cao học» is the master's course and, once held, its degree (a clerk's word for Thạc sĩ).
  // «Sau ĐH» (a column heading's short form) is above «ĐH», never it.
  postgraduate: ['sau đại học', 'sau đh', 'thạc sĩ', 'tiến sĩ', 'thạc sỹ', 'tiến sỹ', 'ths', 'ts', 'cao học'],
  university: ['đại học', 'cử nhân', 'kỹ sư', 'đh', 'bác sĩ'],
  college: ['cao đẳng', 'cđ'],
  secondary: ['trung cấp', 'tc'],
  // LĐPT (lao động phổ thông) and a general-school diploma are no professional training.
  none: ['sơ cấp', 'chưa qua đào tạo', 'chưa qua đt', 'chưa đào tạo', 'không', 'lđpt', 'lao động phổ thông', 'phổ thông', 'thpt'],
};

/**
 * Levels that a per-level table may give as rows of their own, though they are one level group (Thông tư 11: «Tiến
 * sĩ» and «Thạc sĩ» rows under Sau đại học; «Sơ cấp» and «Chưa qua đào tạo» both no professional training): two
 * such rows are summed, and are no duplicate of each other (check/duplicates.ts). Words of a level not named here
 * are its own row.
 */
export const EDUCATION_ROWS_APART: Record<string, string[]> = {
  doctor: ['tiến sĩ', 'tiến sỹ', 'ts'],
  master: ['thạc sĩ', 'thạc sỹ', 'ths', 'cao học'],
  elementary: ['sơ cấp'],
};

/**
 * Levels of political theory (lý luận chính trị: sơ cấp, trung cấp, cao cấp; Quy định 164-QĐ/TW names them), written
 * in a qualification cell beside the professional level or alone: «Trung cấp chính trị», «TC LLCT», «Sơ cấp lý
 * luận», «Cao cấp chính trị - hành chính». They hold the words of «Trung cấp» but are no professional training.
 */
export const POLITICAL_THEORY_LEVELS: string[] = [
  ...['trung cấp', 'sơ cấp', 'cao cấp', 'tc', 'sc', 'cc'].flatMap((level) =>
    ['lý luận chính trị hành chính', 'chính trị hành chính', 'lý luận chính trị', 'lý luận ct', 'lý luận', 'chính trị', 'llct', 'll', 'ct'].map(
      (theory) => `${level} ${theory}`,
    ),
  ),
  'tcct',
  'scct',
  'ccct',
  'tcllct',
  'scllct',
  'ccllct',
];

/** Groups of levels that are not professional training (a staff-quality form's other columns). */
export const EDUCATION_NOT_PROFESSIONAL = ['lý luận chính trị', 'chính trị', 'văn hóa', 'văn hoá', 'tin học', 'ngoại ngữ', 'quản lý nhà nước'];

/**
 * Headers of a person's other trainings, beside the professional level («Trình độ LLCT | Trình độ chuyên môn»,
 * «Trình độ tin học», «Trình độ ngoại ngữ», «Trình độ văn hóa»): never the education column (schema otherHeaders).
 */
const OTHER_TRAINING_HEADERS: string[] = [...EDUCATION_NOT_PROFESSIONAL, 'llct', 'lý luận', 'qlnn', 'quản lý hành chính nhà nước'].flatMap((x) => [
  `trình độ ${x}`,
  x,
]);

/** Headers of a person's date of birth. */
const BIRTH = ['ngày sinh', 'ngày tháng năm sinh', 'năm sinh', 'sinh ngày'];

/** Staff: one row per person, or one row per education level with counts. */
export const staff = defineTable({
  name: 'staff',
  label: TABLE_LABEL.staff,
  titleWords: ['cán bộ', 'công chức', 'cán bộ công chức', 'danh sách cán bộ', 'nhân sự', 'trình độ'],
  shape: 'rows',
  required: true,
  headings: ['name', 'position', 'category', 'education'],
  // A name kept in two columns ("Họ" / "Họ và tên đệm" + "Tên") is joined by the reader into `name`.
  anyOf: [
    ['name', 'education'],
    ['name', 'category'],
    ['familyName', 'givenName', 'education'],
    ['familyName', 'givenName', 'category'],
    ['education', 'count'],
    // One column per category and no «Tổng số» (tester 11 item 14): the per-category counts are the count. A row
    // of values («Công chức | Cán bộ | Sau đại học») names no field (read/locate.ts satisfiesAnyOf).
    ['education', 'countCanBo', 'countCongChuc'],
    // A list of persons whose only qualification column is political theory (tester «blocks» item 3): the persons
    // listed are the staff; their professional level is missing, and said (read/index.ts).
    ['name', 'politicalTheory'],
    ['familyName', 'givenName', 'politicalTheory'],
  ],
  evidence: {
    // Per person: rows that are people, with a category or a level of the vocabulary;
    // per level: levels down the first column, with counts.
    anyOf: [
      [
        { fields: ['name', 'givenName'], values: 'person' },
        { fields: ['category'], values: 'category' },
      ],
      [
        { fields: ['name', 'givenName'], values: 'person' },
        { fields: ['education'], values: 'category' },
      ],
      [
        { fields: ['education'], values: 'category' },
        { fields: ['count', 'countCanBo', 'countCongChuc', 'countKhongChuyenTrach'], values: 'count' },
      ],
      // Rows that are people under a political-theory column, titled as a list of cán bộ, công chức.
      [{ fields: ['name', 'givenName'], values: 'person' }, { fields: ['politicalTheory'], values: 'filled' }, { words: ['cán bộ', 'công chức', 'cbcc'] }],
    ],
    // A payroll lists the same people; applicants, trainees from several bodies and village workers are people too.
    against: [
      'hệ số lương',
      'hệ số phụ cấp',
      'phụ cấp',
      'thành tiền',
      'ký nhận',
      'tiền lương',
      'thực lĩnh',
      'số báo danh',
      'thí sinh',
      'dự tuyển',
      'thôn',
      'tổ dân phố',
      'mức phụ cấp',
    ],
    // A block by level headed as another training («2. Trình độ lý luận chính trị» under the professional levels,
    // tester 13 item 33c). Not «chính trị» alone: «… trong hệ thống chính trị xã» heads staff lists.
    otherMeasures: [
      'lý luận chính trị',
      'llct',
      'trình độ chính trị',
      'tin học',
      'ngoại ngữ',
      'quản lý nhà nước',
      'qlnn',
      'trình độ văn hóa',
      'trình độ văn hoá',
    ],
    // Lists of people titled as another list: party members, applicants, a course's trainees, the part-time workers of
    // the villages, staff who retired or left (tester 13 items 3, 4, 5, 7, 29). No sign alone, as staff records carry
    // them too: «Ngày vào Đảng», «Đơn vị công tác» (Đảng ủy, UBND, MTTQ). Typed without diacritics they are signs too
    // («DANH SACH CAN BO NGHI HUU», a sheet «ds nghi huu»), and in TCVN3 once converted.
    // A list of poor and near-poor households names household heads with their education (tester 15 item 8).
    setAside: {
      titles: [
        'đảng viên',
        'thí sinh',
        'dự tuyển',
        'học viên',
        'lớp bồi dưỡng',
        'lớp tập huấn',
        'ở thôn',
        'nghỉ hưu',
        'nghỉ chế độ',
        'nghỉ việc',
        'thôi việc',
        'hộ nghèo',
        'hộ cận nghèo',
      ],
      labels: [
        'vị trí dự tuyển',
        'số báo danh',
        'trước khi nghỉ hưu',
        'ngày nghỉ hưu',
        'ngày nghỉ việc',
        'ngày thôi việc',
        'lý do nghỉ việc',
        'chủ hộ',
        'nhân khẩu',
        'loại hộ',
      ],
      // Folded, «học viên» (a trainee) is also «Học viện» (a school staff are sent to).
      marked: ['học viên'],
    },
  },
  fields: [
    {
      key: 'name',
      label: { vi: 'Họ và tên', en: 'Name' },
      synonyms: ['họ và tên', 'họ tên', 'tên cán bộ', 'tên công chức', 'tên cán bộ công chức', 'họ và tên cán bộ', 'họ tên cán bộ'],
      kind: 'text',
    },
    {
      key: 'familyName',
      label: { vi: 'Họ và tên đệm', en: 'Family and middle name' },
      synonyms: ['họ', 'họ và tên đệm', 'họ và đệm', 'họ đệm', 'họ tên đệm'],
      kind: 'text',
      formOnly: true,
    },
    { key: 'givenName', label: { vi: 'Tên', en: 'Given name' }, synonyms: ['tên'], kind: 'text', formOnly: true },
    { key: 'position', label: { vi: 'Chức vụ', en: 'Position' }, synonyms: ['chức vụ', 'chức danh'], kind: 'text' },
    {
      key: 'category',
      label: { vi: 'Loại', en: 'Category' },
      synonyms: ['loại', 'đối tượng', 'phân loại'],
      kind: 'category',
      categories: {
        // «Chuyên trách»: the older word for cán bộ chuyên trách (tester 17 S21); «không/bán chuyên trách», longer, win.
        canBo: ['cán bộ', 'cb', 'chuyên trách', 'cán bộ chuyên trách'],
        congChuc: ['công chức', 'cc'],
        khongChuyenTrach: [
          'không chuyên trách',
          'người hoạt động không chuyên trách',
          'kct',
          // Short and older names of the same (Nghị định 33/2023 Điều 33; «bán chuyên trách» before 2009).
          'hđkct',
          'nhđkct',
          'người hđkct',
          'người hoạt động kct',
          'bán chuyên trách',
        ],
        // Workers on a labour contract (Nghị định 111/2022, «hợp đồng 68») are neither cán bộ nor công chức nor
        // không chuyên trách: left out of the staff figures with a note (figures/staff.ts).
        contract: ['hợp đồng', 'hợp đồng lao động', 'lao động hợp đồng', 'nhân viên hợp đồng', 'hđlđ', 'hợp đồng 68', 'hđ 68', 'hđ68'],
      },
    },
    {
      key: 'education',
      label: { vi: 'Trình độ chuyên môn', en: 'Education' },
      synonyms: ['trình độ chuyên môn', 'trình độ', 'trình độ đào tạo', 'bằng cấp'],
      otherHeaders: OTHER_TRAINING_HEADERS,
      kind: 'category',
      categories: EDUCATION_CATEGORIES,
      // A level being studied for is not held: "ĐH, đang học ThS" is Đại học.
      notHeld: ['đang học', 'đang theo học', 'đang tham gia học', 'đang đào tạo', 'đang làm nghiên cứu sinh', 'đang nghiên cứu sinh', 'chưa tốt nghiệp'],
      // "12/12" (grade 12 of 12) is general school: no professional training.
      schoolGrade: 'none',
      otherTraining: POLITICAL_THEORY_LEVELS,
    },
    // The political-theory level, beside the professional one under "Trình độ đào tạo": read so that it is never
    // taken for a second education column; no figure uses it.
    {
      key: 'politicalTheory',
      label: { vi: 'Lý luận chính trị', en: 'Political theory' },
      synonyms: ['lý luận chính trị', 'trình độ chính trị', 'llct'],
      kind: 'text',
      formOnly: true,
    },
    // «Cộng» heads the total column of many a per-level form («Cán bộ | Công chức | Cộng»).
    { key: 'count', label: { vi: 'Số lượng', en: 'Count' }, synonyms: ['số lượng', 'tổng số', 'số người', 'cộng', 'tổng cộng'], kind: 'count' },
    // A count per category, its header written out or abbreviated as the category's values are («CB», «CC», «KCT»).
    { key: 'countCanBo', label: { vi: 'Cán bộ', en: 'Cán bộ' }, synonyms: ['cán bộ', 'cb'], kind: 'count' },
    { key: 'countCongChuc', label: { vi: 'Công chức', en: 'Công chức' }, synonyms: ['công chức', 'cc'], kind: 'count' },
    { key: 'countKhongChuyenTrach', label: { vi: 'Không chuyên trách', en: 'Part-time' }, synonyms: ['không chuyên trách', 'kct'], kind: 'count' },
    { key: 'statedPct', label: { vi: 'Tỷ lệ (%)', en: 'Stated %' }, synonyms: ['tỷ lệ', 'tỉ lệ', 'chiếm'], kind: 'percent' },
    // A person's dates, read to be checked (src/core/check/personDates.ts); no figure uses them. A birth date
    // split by sex ("Ngày, tháng, năm sinh" over "Nam" / "Nữ") is two columns of one kind.
    { key: 'birthDate', label: { vi: 'Ngày sinh', en: 'Date of birth' }, synonyms: BIRTH, kind: 'date', formOnly: true, checkedOnly: true, yearAlone: true },
    {
      key: 'birthDateMale',
      label: { vi: 'Ngày sinh (nam)', en: 'Date of birth (male)' },
      synonyms: ['nam'],
      under: BIRTH,
      kind: 'date',
      formOnly: true,
      checkedOnly: true,
      yearAlone: true,
    },
    {
      key: 'birthDateFemale',
      label: { vi: 'Ngày sinh (nữ)', en: 'Date of birth (female)' },
      synonyms: ['nữ'],
      under: BIRTH,
      kind: 'date',
      formOnly: true,
      checkedOnly: true,
      yearAlone: true,
    },
    {
      key: 'recruitedAt',
      label: { vi: 'Ngày tuyển dụng', en: 'Date recruited' },
      synonyms: [
        'ngày tuyển dụng',
        'ngày được tuyển dụng',
        'ngày tháng năm tuyển dụng',
        'năm tuyển dụng',
        'ngày vào cơ quan',
        'ngày bắt đầu công tác',
        'năm bắt đầu công tác',
        'ngày vào ngành',
        'năm vào ngành',
      ],
      kind: 'date',
      formOnly: true,
      checkedOnly: true,
      yearAlone: true,
    },
    { key: 'issuedAt', label: { vi: 'Ngày cấp', en: 'Date of issue' }, synonyms: ['ngày cấp'], kind: 'date', formOnly: true, checkedOnly: true },
  ],
});
