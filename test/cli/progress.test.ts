/** Progress lines (issue 11 §7): time decides, not file size; a percentage where one is known. */
import { progressLines } from '../../src/cli/progress';

function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('progressLines', () => {
  it('says nothing for a run that ends within the quiet time, however much it reports', () => {
    const c = clock();
    const lines: string[] = [];
    const p = progressLines((l) => lines.push(l), 'vi', 2000, c.now);
    for (let i = 0; i <= 10; i++) {
      p.report({ stage: 'read', fraction: i / 10 });
      c.advance(150);
    }
    p.report({ stage: 'check', fraction: 0.6 });
    p.stop();
    expect(lines).toEqual([]);
  });

  it('after the quiet time: each stage once, its percentage at most once a second and only when it changed', () => {
    const c = clock();
    const lines: string[] = [];
    const p = progressLines((l) => lines.push(l), 'vi', 2000, c.now);
    p.report({ stage: 'read', fraction: 0.1 });
    c.advance(2100);
    p.report({ stage: 'read', fraction: 0.42 });
    c.advance(300);
    p.report({ stage: 'read', fraction: 0.5 }); // under a second since the last line
    c.advance(900);
    p.report({ stage: 'read', fraction: 0.42 }); // a second on, unchanged
    p.report({ stage: 'read', fraction: 0.5 }); // changed, a second on
    p.report({ stage: 'read', fraction: 0.77 }); // at once again
    p.report({ stage: 'check', fraction: 0 });
    p.report({ stage: 'check', fraction: 0.6 });
    c.advance(1000);
    p.report({ stage: 'write', fraction: null });
    p.report({ stage: 'write', fraction: null });
    p.stop();
    p.report({ stage: 'word', fraction: null });
    expect(lines).toEqual(['Đang đọc tệp… 42%', 'Đang đọc tệp… 50%', 'Đang kiểm tra số liệu… 0%', 'Đang ghi sheet báo cáo…']);
  });

  it('speaks English under --lang en', () => {
    const c = clock();
    const lines: string[] = [];
    const p = progressLines((l) => lines.push(l), 'en', 0, c.now);
    p.report({ stage: 'check', fraction: 0.8 });
    p.stop();
    expect(lines).toEqual(['Checking the data… 80%']);
  });

  it('while the run waits, the timer prints the stage it is in once the quiet time is over', async () => {
    const lines: string[] = [];
    const p = progressLines((l) => lines.push(l), 'vi', 20);
    p.report({ stage: 'read', fraction: null });
    await new Promise((r) => setTimeout(r, 60));
    p.stop();
    expect(lines).toEqual(['Đang đọc tệp…']);
  });
});
