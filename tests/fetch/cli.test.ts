import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { fixturePdf, type LocalRegister, startRegister } from '../support/register-server.ts';

const run = promisify(execFile);

let register: LocalRegister;

beforeAll(async () => {
  register = await startRegister({
    'ST-90101-2025-INIT': [{ pdf: fixturePdf('tests/fixtures/register/90101-25.pdf') }],
    'ST-90102-2025-INIT': [{ pdf: fixturePdf('tests/fixtures/register/90102-25.pdf') }],
    'ST-90106-2025-INIT': [{ pdf: fixturePdf('tests/fixtures/register/90106-25.pdf') }],
    'ST-90105-2025-INIT': [{ status: 403 }],
  });
});

afterAll(async () => {
  await register.close();
});

/** `npm run fetch -- ARGS` in a child process (the local register keeps answering meanwhile), with COSI_REGISTER_URL set to it. */
async function fetchCli(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, COSI_REGISTER_URL: register.base };
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'scripts/fetch/cli.ts', ...args], { env, timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run fetch on the command line', () => {
  it('fetches the numbers given and listed, prints one line each and the totals, then ingests them', async () => {
    const root = mkdtempSync(join(tmpdir(), 'cosi-fetch-cli-'));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    const sources = join(root, 'sources');
    const list = join(root, 'list.txt');
    writeFileSync(list, '# the summary of the analysis\n90106/25\n\n90105/25   # LIMITE\n');
    const { code, stdout } = await fetchCli([
      '90101/25',
      '90102/25',
      '--from-file',
      list,
      '--sources',
      sources,
      '--out',
      join(root, 'content'),
      '--rate',
      '50',
    ]);
    const shown = sources;
    expect(stdout.split('\n').slice(0, 5)).toEqual([
      `90101/25: fetched, ${(fixturePdf('tests/fixtures/register/90101-25.pdf').length / 1024).toFixed(1)} KiB → ${shown}/register/2025/90101-25.pdf`,
      `90102/25: fetched, ${(fixturePdf('tests/fixtures/register/90102-25.pdf').length / 1024).toFixed(1)} KiB → ${shown}/register/2025/90102-25.pdf`,
      `90106/25: fetched, ${(fixturePdf('tests/fixtures/register/90106-25.pdf').length / 1024).toFixed(1)} KiB → ${shown}/register/2025/90106-25.pdf`,
      `90105/25: not public (HTTP 403, recorded in ${shown}/register/2025/90105-25.source.json); its page offers the request for access`,
      'fetch: 4 documents: 3 fetched, 1 not public',
    ]);
    expect(code).toBe(0);
    for (const slug of ['90101-25', '90102-25', '90106-25']) expect(existsSync(join(root, 'content/documents', `${slug}.json`))).toBe(true);
    expect(readFileSync(join(root, 'content/documents/90106-25.json'), 'utf8')).toContain('First regular EU internal security threat analysis – summary');
  });

  it('prints the URLs and paths of a dry run and asks the register nothing', async () => {
    const asked = register.log.length;
    const { code, stdout } = await fetchCli(['90101/25', 'CM 4578/2/24 REV2', '--dry-run', '--lang', 'de', '--sources', 'unused-sources']);
    expect(code).toBe(0);
    expect(stdout.split('\n')).toEqual([
      `90101/25: would fetch ${register.base}ST-90101-2025-INIT/de/pdf → unused-sources/register/2025/90101-25.de.pdf`,
      `CM 4578/2/24 REV 2: would fetch ${register.base}CM-4578-2024-REV-2/de/pdf → unused-sources/register/2024/cm-4578-2-24-rev-2.de.pdf`,
      'fetch: 2 documents: 2 would fetch',
      '',
    ]);
    expect(register.log.length).toBe(asked);
    expect(existsSync('unused-sources')).toBe(false);
  });

  it('refuses a command line with a number that is not a register number before asking anything', async () => {
    const asked = register.log.length;
    const { code, stderr } = await fetchCli(['90101/25', 'COM(2023) 516 final', '15912-25', '--sources', 'unused-sources']);
    expect(code).toBe(2);
    expect(stderr).toContain('fetch: not in the Council\'s register: COM/2023/516 final (commission)\nfetch: not a Council document number: "15912-25"\n');
    expect(register.log.length).toBe(asked);
  });

  it('refuses an unknown language and a --follow that is not a whole number', async () => {
    const language = await fetchCli(['90101/25', '--lang', 'xx']);
    expect(language.code).toBe(2);
    expect(language.stderr).toMatch(/^fetch: --lang xx: not one of the register's languages \(bg cs da de el en es /);
    const follow = await fetchCli(['90101/25', '--follow', 'all']);
    expect(follow.code).toBe(2);
    expect(follow.stderr).toMatch(/^fetch: --follow all: expected a whole number of citation steps\nusage: npm run fetch/);
  });
});
