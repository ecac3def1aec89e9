import { webJobs, type WebFile, type WorkerClient } from '../../src/web/client';
import type { Analysis } from '../../src/core/analyze';
import type { WorkerRequest } from '../../src/web/protocol';

test('the report job passes on what the report copy could not keep', async () => {
  const warnings = [{ vi: 'Bản sao báo cáo không giữ được biểu đồ của tệp gốc.', en: 'The report copy cannot keep the charts.' }];
  const client = { request: async () => ({ sheet: 'Báo cáo', bytes: new Uint8Array([1]), extension: 'xlsx', warnings }) } as unknown as WorkerClient;
  const heard: unknown[] = [];
  const jobs = webJobs(client, { name: 'xa.xlsx', read: async () => new Uint8Array() }, (w) => heard.push(...w));
  const r = await jobs.makeReport({ lang: 'vi' }, {} as Analysis);
  expect(r.download).toEqual({ name: 'xa.report.xlsx', bytes: new Uint8Array([1]) });
  expect(heard).toEqual(warnings);
});

describe('every check reads the file again (issue 11 point 2)', () => {
  function setup(file: Partial<WebFile> & Pick<WebFile, 'read'>) {
    type Check = Extract<WorkerRequest, { type: 'check' }>;
    const sent: Check[] = [];
    const client = {
      request: async (body: WorkerRequest) => {
        sent.push(body as Check);
        return { issues: [] };
      },
    } as unknown as WorkerClient;
    const told: boolean[] = [];
    const jobs = webJobs(client, { name: 'xa.xlsx', checked: (ok) => told.push(ok), ...file });
    return { jobs, sent, told };
  }

  test("each check sends the bytes read then; the first drops the old file's pins, the later ones keep them", async () => {
    let n = 0;
    const { jobs, sent, told } = setup({ read: async () => new Uint8Array([++n]) });
    await jobs.check({ lang: 'vi' });
    await jobs.check({ lang: 'vi' });
    expect(sent.map((r) => [r.type, Array.from(r.bytes ?? []), r.keepPins])).toEqual([
      ['check', [1], false],
      ['check', [2], true],
    ]);
    expect(told).toEqual([true, true]);
  });

  test('the same file chosen again keeps its pins from the first check', async () => {
    const { jobs, sent } = setup({ read: async () => new Uint8Array([7]), keepPins: true });
    await jobs.check({ lang: 'vi' });
    expect(sent[0]).toMatchObject({ type: 'check', keepPins: true });
  });

  test('a reading the browser refuses checks nothing (no stale bytes) and turns the downloads off', async () => {
    const refused = new Error('could not be read');
    const { jobs, sent, told } = setup({
      read: async () => {
        throw refused;
      },
    });
    await expect(jobs.check({ lang: 'vi' })).rejects.toBe(refused);
    expect(sent).toEqual([]);
    expect(told).toEqual([false]);
  });
});
