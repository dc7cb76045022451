import { readAccountsCsv } from './accounts-csv';

const header = 'id,name,domains,industry,employeeCount,annualRevenueMinor,annualRevenueCurrency,country,ownerId,isTarget';

describe('readAccountsCsv', () => {
  it('reads a CRM export, with a byte order mark and quoted cells', () => {
    const reading = readAccountsCsv(`\uFEFF${header}\ncrm-1,"Example Robotics, B.V.","example-robotics.nl;example-robotics.com",Robotics,250,1250000000,EUR,NL,rep-7,true\ncrm-2,Acme,acme.com,,,,,,,\n`);
    expect('records' in reading && reading.records.map((record) => [record.id, record.normalizedName, record.domains, record.isTarget])).toEqual([
      ['crm-1', 'example robotics', ['example-robotics.nl', 'example-robotics.com'], true],
      ['crm-2', 'acme', ['acme.com'], false],
    ]);
  });

  it('reads semicolon-separated files as spreadsheet programs in Europe write them', () => {
    const reading = readAccountsCsv('id;name;domains\ncrm-1;Acme;acme.nl\n');
    expect('records' in reading && reading.records[0].domains).toEqual(['acme.nl']);
  });

  it('points at every bad cell', () => {
    const reading = readAccountsCsv(`${header}\ncrm-1,Acme,acme,,lots,,,,,\n,NoId,,,,,,,,\n`);
    expect('problems' in reading && reading.problems.map((problem) => problem.pointer)).toEqual(['/rows/0/domains', '/rows/0/employeeCount', '/rows/1/id']);
  });

  it('reports an empty or broken file', () => {
    expect(readAccountsCsv(header)).toEqual({ problems: [{ pointer: '/', detail: 'the file has no account rows' }] });
    expect(readAccountsCsv(`${header}\n"unterminated,x\n`)).toMatchObject({ malformed: true });
  });
});
