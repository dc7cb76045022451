import { CaptureUnderTest } from '../../test-support/capture-under-test';

function csvFile(rows: number): string {
  const lines = ['E-mail,Voornaam,Telefoon,Bron,Opt_in,Notes'];
  for (let index = 0; index < rows; index += 1) {
    if (index % 100 === 7) lines.push(`not-an-address-${index},Broken,,beurs,yes,"quoted, with comma"`);
    else if (index % 100 === 8) lines.push(`phone.${index}@example.nl,Phone,12,beurs,no,`);
    else lines.push(`import.${index}@example-robotics.nl,Row ${index},,beurs,${index % 2 ? 'yes' : 'no'},"note ""${index}"""`);
  }
  lines.push('IMPORT.0@Example-Robotics.NL,Again,,beurs,yes,');
  return `${lines.join('\n')}\n`;
}

interface Report {
  rows: number;
  created: number;
  merged: number;
  duplicate: number;
  rejected: number;
  results: { row: number; status: string; leadId?: string; errors?: { pointer: string }[] }[];
}

describe('CSV import', () => {
  let capture: CaptureUnderTest;
  let headers: Record<string, string>;
  const mapping = encodeURIComponent(JSON.stringify({ 'E-mail': 'email', Voornaam: 'firstName', Telefoon: 'phone', Bron: 'utm_source', Opt_in: 'consentMarketing' }));

  beforeAll(async () => {
    capture = await CaptureUnderTest.start();
    const { key } = await capture.createKey('fair import', { source: 'fair' });
    headers = { authorization: `Bearer ${key}`, 'content-type': 'text/csv' };
  });

  afterAll(async () => {
    await capture?.stop();
  });

  const importFile = (body: string, name = 'fair-2026') =>
    fetch(`${capture.url}/v1/imports/csv?name=${name}&mapping=${mapping}`, { method: 'POST', headers, body });

  it('streams a file, reports every row and captures the valid ones; a re-run creates nothing new', async () => {
    const file = csvFile(2_000);
    const response = await importFile(file);
    expect(response.status).toBe(200);
    const report = (await response.json()) as Report;
    expect(report).toMatchObject({ rows: 2_001, created: 1_960, merged: 1, duplicate: 0, rejected: 40 });
    expect(report.results).toHaveLength(2_001);
    expect(report.results[7]).toMatchObject({ row: 8, status: 'rejected', errors: [{ pointer: '/email' }] });
    expect(report.results[8]).toMatchObject({ row: 9, status: 'rejected', errors: [{ pointer: '/phone' }] });
    expect(report.results[2_000]).toMatchObject({ status: 'merged', leadId: report.results[0].leadId });
    expect(await capture.count("SELECT count(*) FROM touchpoints WHERE channel = 'csv_import' AND utm_source = 'beurs'")).toBe(1_961);
    expect(await capture.count("SELECT count(*) FROM consents WHERE purpose = 'marketing' AND granted")).toBe(981);
    const outboxRows = await capture.count('SELECT count(*) FROM outbox');

    const rerun = (await (await importFile(file)).json()) as Report;
    expect(rerun).toMatchObject({ rows: 2_001, created: 0, merged: 0, duplicate: 1_961, rejected: 40 });
    expect(rerun.results[5].leadId).toBe(report.results[5].leadId);
    expect(await capture.count("SELECT count(*) FROM touchpoints WHERE channel = 'csv_import'")).toBe(1_961);
    expect(await capture.count('SELECT count(*) FROM outbox')).toBe(outboxRows);
  });

  it('refuses a missing name, another media type and unreadable CSV', async () => {
    const before = await capture.persistedRows();
    const unnamed = await fetch(`${capture.url}/v1/imports/csv`, { method: 'POST', headers, body: 'email\na@example.nl\n' });
    const json = await fetch(`${capture.url}/v1/imports/csv?name=x`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: '{}' });
    const unreadable = await importFile('email,name\n"unterminated@example.nl,x\n', 'broken');
    const headerOnly = await importFile('email,name\n', 'empty');
    const allBad = await importFile('E-mail,Voornaam\nnope,Ada\nstill-nope,Bob\n', 'bad');
    expect([unnamed.status, json.status, unreadable.status, headerOnly.status, allBad.status]).toEqual([400, 415, 400, 400, 422]);
    expect(((await allBad.json()) as { errors: { pointer: string }[] }).errors.map((error) => error.pointer)).toEqual(['/rows/1/email', '/rows/2/email']);
    expect(await capture.persistedRows()).toBe(before);
  });
});
