import express from 'express';
import nunjucks from 'nunjucks';
import { configureTemplates } from '../http/templates';
import { tableHtml, type TableParams } from './table';

/** The same markup as govukTable, whitespace between tags aside. */
const normalised = (html: string) =>
  html
    .replace(/\s+/g, ' ')
    .replace(/>\s+</g, '><')
    .replace(/\s+>/g, '>')
    .replace(/"\s+/g, '" ')
    .trim();

describe('appTable', () => {
  const env = configureTemplates(express());
  const govukTable = (params: TableParams) =>
    new nunjucks.Template(
      '{% from "govuk/components/table/macro.njk" import govukTable %}{{ govukTable(params) }}',
      env,
    ).render({ params });

  const examples: Array<[string, TableParams]> = [
    [
      'a sortable list with a caption, links, tags and sort values',
      {
        caption: 'Day-6 clocks running',
        captionClasses: 'govuk-table__caption--m',
        attributes: { 'data-module': 'moj-sortable-table', id: 'day6-table' },
        head: [{ text: 'Pupil (UPN)', attributes: { 'aria-sort': 'none' } }, { text: 'Day 6' }, { html: '<b>Place</b>' }],
        rows: [
          [
            { html: '<a class="govuk-link" href="/la/pupils/B801200005001">B801200005001</a>' },
            { text: '6 Nov 2025', attributes: { 'data-sort-value': '2025-11-06' } },
            { html: '<strong class="govuk-tag govuk-tag--red">None</strong>' },
          ],
          [{ text: 'Tom & "Jerry" <script>' }, { text: 3, format: 'numeric' }, { text: '', classes: 'app-x' }],
        ],
      },
    ],
    ['a table with no head, no caption and no rows', { rows: [], classes: 'app-table' }],
  ];

  it.each(examples)('renders %s as govukTable does', (_, params) => {
    expect(normalised(tableHtml(params))).toBe(normalised(govukTable(params)));
  });

  it('escapes text, captions and attribute values, and keeps html as given', () => {
    const html = tableHtml({
      caption: '<i>',
      attributes: { title: '"x"' },
      rows: [[{ text: '<b>' }, { html: '<b>ok</b>' }]],
    });
    expect(html).toContain('<caption class="govuk-table__caption">&lt;i&gt;</caption>');
    expect(html).toContain('title="&quot;x&quot;"');
    expect(html).toContain('<td class="govuk-table__cell">&lt;b&gt;</td><td class="govuk-table__cell"><b>ok</b></td>');
  });
});
