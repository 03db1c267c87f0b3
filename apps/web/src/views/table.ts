import { escapeHtml } from './html';

type Attributes = Readonly<Record<string, string | number | boolean | null | undefined>>;

export type TableCell = Readonly<{
  text?: string | number;
  html?: string;
  classes?: string;
  format?: string;
  attributes?: Attributes;
}>;

export type TableParams = Readonly<{
  caption?: string;
  captionClasses?: string;
  classes?: string;
  attributes?: Attributes;
  head?: readonly TableCell[];
  rows: ReadonlyArray<readonly TableCell[]>;
}>;

const attributes = (given: Attributes | undefined): string =>
  Object.entries(given ?? {})
    .map(([name, value]) => ` ${name}="${escapeHtml(String(value ?? ''))}"`)
    .join('');

const classes = (base: string, cell: TableCell, formatClass: string): string =>
  [base, cell.format ? `${formatClass}--${cell.format}` : '', cell.classes ?? ''].filter(Boolean).join(' ');

const content = (cell: TableCell): string => cell.html || escapeHtml(String(cell.text ?? ''));

/**
 * govukTable's markup (govuk-frontend's table template) for the arguments the long lists use: caption, classes and
 * attributes; head and row cells with text or html, classes, format and attributes. Written in TypeScript because the
 * template's per-cell attribute macro made a dashboard of five 20-row tables most of its render time; the output is
 * compared with govukTable's in table.spec.ts. Nunjucks templates call it as `appTable(params)`.
 */
export function tableHtml(params: TableParams): string {
  const caption = params.caption
    ? `<caption class="govuk-table__caption${params.captionClasses ? ` ${escapeHtml(params.captionClasses)}` : ''}">${escapeHtml(params.caption)}</caption>`
    : '';
  const head = params.head
    ? `<thead class="govuk-table__head"><tr class="govuk-table__row">${params.head
        .map(
          (cell) =>
            `<th scope="col" class="${classes('govuk-table__header', cell, 'govuk-table__header')}"${attributes(cell.attributes)}>${content(cell)}</th>`,
        )
        .join('')}</tr></thead>`
    : '';
  const rows = params.rows
    .map(
      (row) =>
        `<tr class="govuk-table__row">${row
          .map(
            (cell) =>
              `<td class="${classes('govuk-table__cell', cell, 'govuk-table__cell')}"${attributes(cell.attributes)}>${content(cell)}</td>`,
          )
          .join('')}</tr>`,
    )
    .join('');
  return `<table class="govuk-table${params.classes ? ` ${escapeHtml(params.classes)}` : ''}"${attributes(params.attributes)}>${caption}${head}<tbody class="govuk-table__body">${rows}</tbody></table>`;
}
