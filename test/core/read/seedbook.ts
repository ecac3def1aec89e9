/** A workbook as the Ba Bích clerk could keep it for the seed report (errors included), one table per sheet. */
import type { WorkbookSnapshot } from '../../../src/core/snapshot';
import { toSerial } from '../../../src/core/format';
import { sheet } from './snap';
import { bieu06 } from './fixtures';

export function seedBook(): WorkbookSnapshot {
  return {
    sheets: [
      sheet(
        'Thông tin',
        [
          ['Cơ quan chủ quản', 'UBND HUYỆN BA TƠ'],
          ['Cơ quan ban hành', 'UBND XÃ BA BÍCH'],
          ['Số ký hiệu', '/BC-UBND'],
          ['Địa danh', 'Ba Bích'],
          ['Ngày báo cáo', toSerial(2023, 4, 5)],
          ['Từ ngày', '08/7/2022'],
          ['Đến ngày', '31/3/2023'],
          ['Trích yếu', 'Sơ kết 02 năm thực hiện Kế hoạch CCHC'],
          ['Nơi nhận', 'UBND huyện Ba Tơ;\nPhòng Nội vụ huyện;\nLưu: VT.'],
        ],
        { formats: { B5: 'dd/mm/yyyy' } },
      ),
      sheet('Chỉ tiêu', [
        ['Chỉ tiêu', 'Kế hoạch (%)', 'Thực hiện (%)'],
        ['Tỷ lệ hồ sơ giải quyết đúng hạn', 60, 80],
        ['Mức độ hài lòng', 90, '98,23'],
      ]),
      sheet('Khảo sát', [
        ['Mức độ hài lòng', 'Tỷ lệ (%)'],
        ['Rất hài lòng', '84,80'],
        ['Hài lòng', '13,43'],
        ['Bình thường', '1,77'],
        ['Không hài lòng', 0],
      ]),
      sheet(
        'VB đi',
        [
          ['SỔ ĐĂNG KÝ VĂN BẢN ĐI'],
          ['STT', 'Số, ký hiệu', 'Ngày tháng', 'Trích yếu nội dung'],
          [1, '175/QĐ-UBND', toSerial(2022, 8, 1), 'Quyết định kiện toàn Ban chỉ đạo CCHC'],
          [2, '36/KH-UBND', toSerial(2023, 2, 10), 'Kế hoạch CCHC năm 2023'],
          [3, '38/KH-UBND', toSerial(2023, 1, 20), 'Kế hoạch tuyên truyền CCHC'],
          [4, '08/KH-UBND xã', toSerial(2023, 7, 14), 'Kế hoạch kiểm tra'],
        ],
        { formats: { C3: 'dd/mm/yyyy', C4: 'dd/mm/yyyy', C5: 'dd/mm/yyyy', C6: 'dd/mm/yyyy' } },
      ),
      bieu06('Biểu 06'),
      sheet('CBCC', [
        ['Họ và tên', 'Chức vụ', 'Loại', 'Trình độ chuyên môn'],
        ['A', 'Chủ tịch', 'Cán bộ', 'Đại học'],
        ['B', 'Văn phòng', 'Công chức', 'Đại học'],
        ['C', 'Địa chính', 'Công chức', 'Cao đẳng'],
        ['D', 'Công an viên', 'Không chuyên trách', 'Trung cấp'],
      ]),
      sheet('Ngân sách', [
        ['BÁO CÁO THU CHI NGÂN SÁCH QUÝ I/2023'],
        ['ĐVT: đồng'],
        ['STT', 'Nội dung', 'Dự toán huyện giao', 'Dự toán HĐND xã giao', 'Thực hiện', 'Tỷ lệ (%)'],
        ['I', 'Tổng thu ngân sách', 5856000000, 5856000000, '1.464.000', '25%'],
        ['1', 'Thu cân đối ngân sách', 5700000000, 5700000000, '1.095.000', '19%'],
        ['2', 'Bổ sung có mục tiêu', 1476000000, 1476000000, '369.000.000', '25%'],
        ['II', 'Tổng chi ngân sách', 6104800000, 6104800000, 1220963992, '20%'],
      ]),
      sheet(
        'Đầu tư',
        [
          ['STT', 'Nguồn vốn', 'Kế hoạch vốn', 'Lũy kế thanh toán', 'Tỷ lệ'],
          ['1', 'Vốn đầu tư công ngân sách huyện', 380000000, 190000000, 0.5],
        ],
        { formats: { E2: '0%' } },
      ),
    ],
  };
}
