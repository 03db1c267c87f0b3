import path from 'node:path';
import type { Express } from 'express';
import nunjucks from 'nunjucks';
import { dateInputItems } from '../forms/date-input';
import { errorMessageFor, errorSummary, type FieldError } from '../forms/form-result';
import { dateTime, longDate, shortDate } from '../words/dates';
import { tableHtml, type TableParams } from '../views/table';

const packageDir = (name: string, entry: string): string => {
  const resolved = require.resolve(name);
  return resolved.slice(0, resolved.indexOf(entry));
};

/** Where govuk-frontend, MoJ frontend and accessible-autocomplete keep their files. */
export const FRONTEND = {
  govuk: path.join(packageDir('govuk-frontend', 'dist/govuk/'), 'dist'),
  moj: packageDir('@ministryofjustice/frontend', 'moj/'),
  autocomplete: path.join(packageDir('accessible-autocomplete', 'dist/'), 'dist'),
};

/** The web's own templates live beside their controllers (apps/web/src/<journey>/<page>.njk). */
export const VIEWS_DIR = path.resolve(__dirname, '..');

/** nunjucks' runtime helper (not in its type declarations): the result is a safe string if the input was one. */
const copySafeness = (nunjucks.runtime as unknown as { copySafeness: (from: unknown, to: string) => unknown })
  .copySafeness;

export function configureTemplates(app: Express): nunjucks.Environment {
  const env = nunjucks.configure([VIEWS_DIR, FRONTEND.govuk, FRONTEND.moj], {
    autoescape: true,
    express: app,
    noCache: false,
  });
  // nunjucks' own trim (str.replace(/^\s*|\s*$/g, '')) takes time quadratic in a string's runs of whitespace, and
  // govuk-frontend trims every component's captured markup: a date input took 2.5 ms, most of a pupil page's render
  // (bench/README.md, pages). The same result, in linear time, keeping a safe string safe.
  env.addFilter('trim', (value: unknown) => copySafeness(value, value == null ? '' : String(value).trim()));
  env.addFilter('longDate', (value: string | null | undefined) => (value ? longDate(value) : ''));
  env.addFilter('shortDate', (value: string | null | undefined) => (value ? shortDate(value) : ''));
  env.addFilter('dateTime', (value: string | null | undefined) => (value ? dateTime(value) : ''));
  env.addGlobal(
    'errorList',
    (errors: FieldError[] | undefined) =>
      (errorSummary(errors ?? []) as { errorList?: unknown } | undefined)?.errorList ?? [],
  );
  env.addGlobal('errorMessage', (errors: FieldError[] | undefined, field: string) =>
    errorMessageFor(errors ?? [], field),
  );
  env.addGlobal('withConditional', (item: object, html: string) =>
    String(html).trim() ? { ...item, conditional: { html: String(html) } } : item,
  );
  env.addGlobal('appTable', (params: TableParams) => new nunjucks.runtime.SafeString(tableHtml(params)));
  env.addGlobal('mergeArgs', (a: object, b: object) => ({ ...a, ...b }));
  env.addGlobal(
    'dateItems',
    (values: Record<string, string> | undefined, id: string, errors: FieldError[] | undefined) =>
      dateInputItems(
        { day: values?.[`${id}-day`] ?? '', month: values?.[`${id}-month`] ?? '', year: values?.[`${id}-year`] ?? '' },
        Boolean(errorMessageFor(errors ?? [], id)),
      ),
  );
  app.set('view engine', 'njk');
  return env;
}
