import { webJobs, type WorkerClient } from '../../src/web/client';
import type { Analysis } from '../../src/core/analyze';

test('the report job passes on what the report copy could not keep', async () => {
  const warnings = [{ vi: 'Bản sao báo cáo không giữ được biểu đồ của tệp gốc.', en: 'The report copy cannot keep the charts.' }];
  const client = { request: async () => ({ sheet: 'Báo cáo', bytes: new Uint8Array([1]), warnings }) } as unknown as WorkerClient;
  const heard: unknown[] = [];
  const jobs = webJobs(client, 'xa.xlsx', new Uint8Array(), (w) => heard.push(...w));
  const r = await jobs.makeReport({ lang: 'vi' }, {} as Analysis);
  expect(r.download).toEqual({ name: 'xa.report.xlsx', bytes: new Uint8Array([1]) });
  expect(heard).toEqual(warnings);
});
