import { parseUnit, parseUnitInNote, parseUnitNote, parseUnitStatement } from '../../../src/core/read/unit';

describe('parseUnit', () => {
  it.each([
    ['ĐVT: đồng', 1, 'ĐVT: đồng'],
    ['ĐVT: Đồng', 1, 'ĐVT: Đồng'],
    ['ĐVT:đồng', 1, 'ĐVT:đồng'],
    ['Đvt : đồng', 1, 'Đvt : đồng'],
    ['đvt: đ', 1, 'đvt: đ'],
    ['Đ.V.T: đồng', 1, 'Đ.V.T: đồng'],
    ['DVT: dong', 1, 'DVT: dong'],
    ['ĐVT: VNĐ', 1, 'ĐVT: VNĐ'],
    ['Đơn vị tính: đồng', 1, 'Đơn vị tính: đồng'],
    ['Đơn vị tính: triệu đồng', 1e6, 'Đơn vị tính: triệu đồng'],
    ['Don vi tinh: trieu dong', 1e6, 'Don vi tinh: trieu dong'],
    ['ĐƠN VỊ TÍNH: NGHÌN ĐỒNG', 1e3, 'ĐƠN VỊ TÍNH: NGHÌN ĐỒNG'],
    ['Đơn vị: nghìn đồng', 1e3, 'Đơn vị: nghìn đồng'],
    ['Đơn vị: ngàn đồng', 1e3, 'Đơn vị: ngàn đồng'],
    ['(ĐVT: 1.000 đồng)', 1e3, 'ĐVT: 1.000 đồng'],
    ['ĐVT: 1000 đồng', 1e3, 'ĐVT: 1000 đồng'],
    ['ĐVT: 1.000.000 đồng', 1e6, 'ĐVT: 1.000.000 đồng'],
    ['ĐVT: 1.000.000.000 đ', 1e9, 'ĐVT: 1.000.000.000 đ'],
    ['ĐVT: Tr.đồng', 1e6, 'ĐVT: Tr.đồng'],
    ['ĐVT: tỷ đồng', 1e9, 'ĐVT: tỷ đồng'],
    ['ĐVT: tỉ đồng', 1e9, 'ĐVT: tỉ đồng'],
    ['Biểu 03 - ĐVT: triệu đồng', 1e6, 'ĐVT: triệu đồng'],
    ['ĐVT: triệu đồng; số liệu đến 31/3', 1e6, 'ĐVT: triệu đồng'],
    ['ngàn đồng', 1e3, 'ngàn đồng'],
    ['nghìn đồng', 1e3, 'nghìn đồng'],
    ['nghìn', 1e3, 'nghìn'],
    ['tr.đ', 1e6, 'tr.đ'],
    ['Tr.đồng', 1e6, 'Tr.đồng'],
    ['Tr. đồng', 1e6, 'Tr. đồng'],
    ['trđ', 1e6, 'trđ'],
    ['triệu', 1e6, 'triệu'],
    ['Triệu đồng', 1e6, 'Triệu đồng'],
    ['tỷ đồng', 1e9, 'tỷ đồng'],
    ['Tỷ', 1e9, 'Tỷ'],
    ['(đồng)', 1, '(đồng)'],
    ['  đồng  ', 1, 'đồng'],
    ['VNĐ', 1, 'VNĐ'],
    ['1000đ', 1e3, '1000đ'],
    ['1.000đ', 1e3, '1.000đ'],
    ['1.000 đồng', 1e3, '1.000 đồng'],
    ['Số tiền (đồng)', 1, '(đồng)'],
    ['Kinh phí (triệu đồng)', 1e6, '(triệu đồng)'],
    ['Dự toán năm 2023 (nghìn đồng)', 1e3, '(nghìn đồng)'],
    ['Thành tiền\n(VNĐ)', 1, '(VNĐ)'],
    ['Số tiền [đồng]', 1, '[đồng]'],
    ['KINH PHÍ CCHC NĂM 2023 (ĐVT: triệu đồng)', 1e6, 'ĐVT: triệu đồng'],
    ['Đơn vị tính là triệu đồng', 1e6, 'Đơn vị tính là triệu đồng'],
    ['Ghi chú: Đơn vị tính là: nghìn đồng', 1e3, 'Đơn vị tính là: nghìn đồng'],
    ['Don vi tinh la trieu dong', 1e6, 'Don vi tinh la trieu dong'],
    ['Đơn vị tiền tệ: đồng', 1, 'Đơn vị tiền tệ: đồng'],
    ['Ghi chú: số liệu tính bằng triệu đồng', 1e6, 'tính bằng triệu đồng'],
    ['Số liệu được tính theo đơn vị nghìn đồng', 1e3, 'đơn vị nghìn đồng'],
  ])('%j -> %p (%j)', (t, factor, text) => {
    expect(parseUnit(t)).toEqual({ factor, text });
  });

  it('accepts decomposed (NFD) text and returns the phrase in NFC', () => {
    expect(parseUnit('Đơn vị tính: triệu đồng'.normalize('NFD'))).toEqual({ factor: 1e6, text: 'Đơn vị tính: triệu đồng' });
    expect(parseUnit('(nghìn đồng)'.normalize('NFD'))).toEqual({ factor: 1e3, text: '(nghìn đồng)' });
  });

  it.each([
    '',
    '   ',
    'Hoạt động',
    'Hoạt động kiểm tra',
    'Đồng Nai',
    'Tỉnh Đồng Nai',
    'Xã Đồng Tâm',
    'Đơn vị: Đồng Tâm',
    'Đơn vị: UBND xã Ba Bích',
    'Tên đơn vị',
    'Đơn vị thực hiện',
    'ĐVT: người',
    'ĐVT: hồ sơ',
    'Số tiền',
    'Kinh phí thực hiện',
    'Tỷ lệ (%)',
    'Tỷ lệ',
    '(Tỷ lệ %)',
    'Đồng ý',
    'đồng ý (phiếu)',
    'Cộng đồng',
    'Hội đồng nhân dân',
    'D',
    'd',
    'Ghi chú (đã giải quyết)',
    '1.464.000',
    '1000',
    'Triệu Văn An',
    'Tổng cộng',
    'Trong đó: đã giải quyết',
    'Kinh phí hỗ trợ 5 triệu đồng/người',
    'Đơn vị tính là người',
    'Đơn vị là UBND xã Đồng Tâm',
    'Riêng dòng 3 tính bằng nghìn đồng',
  ])('%j names no unit', (t) => {
    expect(parseUnit(t)).toBeNull();
  });
});

describe('parseUnitStatement (a cell that states the unit and nothing else)', () => {
  it.each([
    ['Đơn vị tính: triệu đồng', 1e6],
    ['(ĐVT: 1.000đ)', 1e3],
    ['ĐVT: Tr.đ', 1e6],
    [' Đvt : đồng. ', 1],
  ])('%j states the unit', (t, factor) => {
    expect(parseUnitStatement(t)?.factor).toBe(factor);
  });
  it.each(['triệu đồng', 'Gồm 200 triệu đồng thu bổ sung', 'Thu tiền sử dụng đất (ĐVT: triệu đồng)', 'ĐVT: triệu đồng, riêng dòng 3 là đồng'])(
    "%j is no statement of the table's unit",
    (t) => {
      expect(parseUnitStatement(t)).toBeNull();
    },
  );
});

describe('parseUnitNote (a note under the table)', () => {
  it.each([
    ['Ghi chú: số liệu tính bằng triệu đồng', 1e6],
    ['* Số liệu được tính bằng nghìn đồng.', 1e3],
    ['Đơn vị: triệu đồng', 1e6],
    ['Ghi chú: ĐVT: 1.000đ', 1e3],
    ['Ghi chú: Đơn vị tính là triệu đồng', 1e6],
    ['(triệu đồng)', 1e6],
    ['Ghi chú: Triệu đồng.', 1e6],
  ])("%j states the table's unit", (t, factor) => {
    expect(parseUnitNote(t)?.factor).toBe(factor);
  });
  it.each([
    'Ghi chú: riêng dòng 3 tính bằng nghìn đồng',
    'Mục II tính bằng đồng',
    'Gồm 200 triệu đồng thu bổ sung',
    'Người lập biểu',
    'Thu bổ sung (triệu đồng)',
    'Kinh phí 5 triệu đồng',
  ])("%j is no statement of the table's unit", (t) => {
    expect(parseUnitNote(t)).toBeNull();
  });
});

describe("parseUnitInNote (a cell's note or comment)", () => {
  it.each([
    ['ĐVT: triệu đồng', 1e6, 'ĐVT: triệu đồng'],
    ['Nguyễn Thị Lan:\nĐơn vị tính: nghìn đồng', 1e3, 'Đơn vị tính: nghìn đồng'],
    ['Số liệu tính bằng triệu đồng', 1e6, 'tính bằng triệu đồng'],
    ['Số liệu quý I (triệu đồng)', 1e6, '(triệu đồng)'],
    ['Nguyễn Thị Lan:\nTriệu đồng', 1e6, 'Triệu đồng'],
  ])('%j -> %p (%j)', (t, factor, text) => {
    expect(parseUnitInNote(t)).toEqual({ factor, text });
  });

  it.each(['', 'xem lại số liệu', 'Riêng dòng II tính bằng triệu đồng', 'Xã Đồng Tâm', 'Hoạt động kiểm tra'])('%j -> null', (t) => {
    expect(parseUnitInNote(t)).toBeNull();
  });
});
