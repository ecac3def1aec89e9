/** A person's category told from the position written for them (Nghị định 33/2023/NĐ-CP, Điều 5 and 33). */
import { categoryOfPosition } from '../../../src/core/read/positionCategory';

describe('categoryOfPosition', () => {
  test.each([
    // Cán bộ (Điều 5, khoản 1), written in full, abbreviated, without diacritics.
    ['Bí thư Đảng ủy', 'canBo'],
    ['Phó Bí thư Thường trực Đảng ủy', 'canBo'],
    ['Chủ tịch HĐND xã', 'canBo'],
    ['Phó Chủ tịch Hội đồng nhân dân', 'canBo'],
    ['Chủ tịch UBND', 'canBo'],
    ['PCT UBND', 'canBo'],
    ['Pho Chu tich UBND xa', 'canBo'],
    ['Chủ tịch', 'canBo'],
    ['Chủ tịch Ủy ban MTTQ Việt Nam xã', 'canBo'],
    ['Chủ tịch UBMTTQ', 'canBo'],
    ['Bí thư Đoàn TNCS Hồ Chí Minh', 'canBo'],
    ['Chủ tịch Hội Liên hiệp Phụ nữ', 'canBo'],
    ['Chủ tịch Hội Nông dân', 'canBo'],
    ['Chủ tịch Hội Cựu chiến binh', 'canBo'],
    // Công chức (Điều 5, khoản 2), and Trưởng Công an as communes still list it.
    ['Chỉ huy trưởng Ban CHQS', 'congChuc'],
    ['Chỉ huy trưởng Quân sự', 'congChuc'],
    ['Văn phòng - Thống kê', 'congChuc'],
    ['VP-TK', 'congChuc'],
    ['Văn phòng - Thống kê kiêm văn thư', 'congChuc'],
    ['Địa chính - Nông nghiệp - Xây dựng và Môi trường', 'congChuc'],
    ['Tư pháp - Hộ tịch', 'congChuc'],
    ['Tài chính - Kế toán', 'congChuc'],
    ['Văn hóa - Xã hội', 'congChuc'],
    ['Trưởng Công an xã', 'congChuc'],
    ['Cán bộ Địa chính', 'congChuc'],
    ['Công chức', 'congChuc'],
    // The two-tier commune's office and departments (since 1 July 2025, Nghị định 150/2025/NĐ-CP).
    ['Trưởng phòng Kinh tế', 'congChuc'],
    ['Phó Trưởng phòng Văn hóa - Xã hội', 'congChuc'],
    ['Phó Trưởng phòng Kinh tế, Hạ tầng và Đô thị', 'congChuc'],
    ['Chuyên viên phòng Kinh tế', 'congChuc'],
    ['Chuyên viên Văn phòng HĐND và UBND', 'congChuc'],
    ['Chánh Văn phòng HĐND và UBND', 'congChuc'],
    ['Phó Chánh Văn phòng HĐND và UBND', 'congChuc'],
    ['Truong phong Kinh te', 'congChuc'],
    ['Chuyên viên phòng Văn hóa - Xã hội', 'congChuc'],
    // Không chuyên trách (Điều 33): said outright, the deputies of the Front and the associations, other posts.
    ['Không chuyên trách', 'khongChuyenTrach'],
    ['Người hoạt động không chuyên trách', 'khongChuyenTrach'],
    ['KCT - Văn thư', 'khongChuyenTrach'],
    ['Cán bộ KCT', 'khongChuyenTrach'],
    ['Phó Chủ tịch UBMTTQ', 'khongChuyenTrach'],
    ['Phó Chủ tịch Ủy ban Mặt trận Tổ quốc', 'khongChuyenTrach'],
    ['Phó Chủ tịch Hội Nông dân', 'khongChuyenTrach'],
    ['Phó Bí thư Đoàn', 'khongChuyenTrach'],
    ['Chủ tịch Hội Người cao tuổi', 'khongChuyenTrach'],
    ['Chủ tịch Hội Chữ thập đỏ', 'khongChuyenTrach'],
    ['Phó Chỉ huy trưởng Quân sự', 'khongChuyenTrach'],
    ['Phó Trưởng Công an', 'khongChuyenTrach'],
    ['Văn phòng Đảng ủy', 'khongChuyenTrach'],
    ['Quản lý Nhà văn hóa', 'khongChuyenTrach'],
    ['Văn thư - Lưu trữ', 'khongChuyenTrach'],
    ['Thủ quỹ', 'khongChuyenTrach'],
    // A cán bộ post held beside a part-time one makes a cán bộ.
    ['Phó Chủ tịch UBMTTQ kiêm Chủ tịch Hội Nông dân', 'canBo'],
  ])('«%s» is %s', (text, category) => {
    expect(categoryOfPosition(text)).toBe(category);
  });

  test.each([['Chuyên viên'], ['Nhân viên hợp đồng'], ['Bí thư Chi bộ thôn 3'], [''], ['   ']])('«%s» tells nothing', (text) => {
    expect(categoryOfPosition(text)).toBeNull();
  });
});
