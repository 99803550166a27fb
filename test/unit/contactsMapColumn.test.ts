/** The quick fix that maps a look-alike column header to the placeholder it fills, under the front matter's `data.columns`. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createContactCheck } from '../../server/src/service/contacts/check';
import { parseOutreachDocument } from '../../server/src/service/document/parse';
import { applyEdits, mapColumnEdit } from '../../server/src/service/fixes/edits';

const BODY = `Hi {{recipient.firstName}},

Would you have 20 minutes for a call next week?

Thanks,
Sam
`;

/** The text with `header` mapped to `recipient.firstName`, or undefined when the edit is refused. */
function mapped(text: string, header = 'First Name', path = 'recipient.firstName'): string | undefined {
  const document = parseOutreachDocument(text);
  const edit = mapColumnEdit(document.text, document.frontMatter, header, path);
  return edit && applyEdits(document.text, [edit]);
}

describe('mapColumnEdit', () => {
  it('turns the string shorthand into a map with the file and the new columns', () => {
    const text = `---\nkind: request\ndata: ./contacts.csv\nvariables:\n  recipient.firstName: Sally\n---\n${BODY}`;
    assert.equal(
      mapped(text),
      `---\nkind: request\ndata:\n  file: ./contacts.csv\n  columns:\n    "First Name": recipient.firstName\nvariables:\n  recipient.firstName: Sally\n---\n${BODY}`,
    );
  });

  it('keeps a comment after the shorthand on the file line, and a quoted path as written', () => {
    const text = `---\ndata: "./my contacts.csv"  # exported from the CRM\n---\n${BODY}`;
    assert.equal(mapped(text), `---\ndata:\n  file: "./my contacts.csv"  # exported from the CRM\n  columns:\n    "First Name": recipient.firstName\n---\n${BODY}`);
  });

  it('adds a line at the end of an existing columns map, at its indentation', () => {
    const text = `---\ndata:\n    file: ./contacts.csv\n    columns:\n        Talk: recipient.recentWork\n        Company: recipient.company\nvariables:\n    recipient.firstName: Sally\n---\n${BODY}`;
    assert.equal(
      mapped(text),
      `---\ndata:\n    file: ./contacts.csv\n    columns:\n        Talk: recipient.recentWork\n        Company: recipient.company\n        "First Name": recipient.firstName\nvariables:\n    recipient.firstName: Sally\n---\n${BODY}`,
    );
  });

  it('adds columns under a data map that has only the file, and fills an empty columns key', () => {
    assert.equal(
      mapped(`---\ndata:\n  file: ./contacts.csv\n---\n${BODY}`),
      `---\ndata:\n  file: ./contacts.csv\n  columns:\n    "First Name": recipient.firstName\n---\n${BODY}`,
    );
    assert.equal(
      mapped(`---\ndata:\n  file: ./contacts.csv\n  columns:\nkind: request\n---\n${BODY}`),
      `---\ndata:\n  file: ./contacts.csv\n  columns:\n    "First Name": recipient.firstName\nkind: request\n---\n${BODY}`,
    );
  });

  it('adds data at the end of a front matter without it, and a front matter to a template without one', () => {
    assert.equal(mapped(`---\nkind: request\n---\n${BODY}`), `---\nkind: request\ndata:\n  columns:\n    "First Name": recipient.firstName\n---\n${BODY}`);
    assert.equal(mapped(BODY), `---\ndata:\n  columns:\n    "First Name": recipient.firstName\n---\n${BODY}`);
  });

  it('writes CRLF line breaks into a CRLF file', () => {
    const crlf = (text: string): string => text.replace(/\n/g, '\r\n');
    assert.equal(mapped(crlf(`---\ndata: ./contacts.csv\n---\n${BODY}`)), crlf(`---\ndata:\n  file: ./contacts.csv\n  columns:\n    "First Name": recipient.firstName\n---\n${BODY}`));
    assert.equal(
      mapped(crlf(`---\ndata:\n  columns:\n    Talk: recipient.recentWork\n---\n${BODY}`)),
      crlf(`---\ndata:\n  columns:\n    Talk: recipient.recentWork\n    "First Name": recipient.firstName\n---\n${BODY}`),
    );
  });

  it('quotes a header YAML would misread, and leaves a plain one plain', () => {
    const text = `---\ndata:\n  columns:\n    Talk: recipient.recentWork\n---\n${BODY}`;
    assert.match(mapped(text, 'Name: first') ?? '', /\n {4}"Name: first": recipient\.firstName\n/);
    assert.match(mapped(text, '# first') ?? '', /\n {4}"# first": recipient\.firstName\n/);
    assert.match(mapped(text, 'yes') ?? '', /\n {4}"yes": recipient\.firstName\n/);
    assert.match(mapped(text, 'first_name') ?? '', /\n {4}first_name: recipient\.firstName\n/);
    for (const header of ['Name: first', '# first', 'yes', 'first_name']) assert.equal(parseOutreachDocument(mapped(text, header)!).frontMatter.data?.columns.get(header), 'recipient.firstName');
  });

  it('refuses front matter it cannot add to as block YAML', () => {
    assert.equal(mapped(`---\ndata: { file: ./contacts.csv }\n---\n${BODY}`), undefined);
    assert.equal(mapped(`---\ndata:\n  columns: { Talk: recipient.recentWork }\n---\n${BODY}`), undefined);
    assert.equal(mapped(`---\nkind: [request\n---\n${BODY}`), undefined);
  });
});

describe('contacts check: the map-column fix', () => {
  const TEMPLATE = `---\nkind: request\ndata: ./contacts.csv\n---\n${BODY}`;

  it('is offered on a missing column with a look-alike header, not safe, and clears the finding once applied', () => {
    const document = parseOutreachDocument(TEMPLATE);
    const headers = ['Email', 'First Name'];
    const [missing, ...rest] = createContactCheck(document, headers, { subjectMaxLength: 60 }, document.frontMatter.data?.columns).findings();
    assert.deepEqual(rest, []);
    assert.equal(missing?.fixes.length, 1);
    const fix = missing!.fixes[0]!;
    assert.equal(fix.title, 'Map column `First Name` to `recipient.firstName`');
    assert.equal(fix.safe, false);
    const fixed = parseOutreachDocument(applyEdits(TEMPLATE, fix.edits));
    assert.equal(fixed.frontMatter.data?.file?.value, './contacts.csv');
    const after = createContactCheck(fixed, headers, { subjectMaxLength: 60 }, fixed.frontMatter.data?.columns);
    assert.deepEqual(after.check({ number: 2, cells: ['ana@example.com', 'Ana'] })?.problems, []);
    assert.deepEqual(after.findings(), []);
  });

  it('is not offered when no header looks like the placeholder', () => {
    const document = parseOutreachDocument(TEMPLATE);
    const [missing] = createContactCheck(document, ['Email', 'Phone'], { subjectMaxLength: 60 }, document.frontMatter.data?.columns).findings();
    assert.match(missing?.message ?? '', /no column for `recipient\.firstName`/);
    assert.deepEqual(missing?.fixes, []);
  });
});
