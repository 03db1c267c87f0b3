import express from 'express';
import nunjucks from 'nunjucks';
import { configureTemplates, FRONTEND, VIEWS_DIR } from './templates';

describe('the templates', () => {
  const env = configureTemplates(express());
  const render = (source: string, context: object = {}) => new nunjucks.Template(source, env).render(context);

  it("trims as nunjucks' own filter does, keeping safe markup unescaped and escaping the rest", () => {
    expect(render('[{{ "  a b \\n\\t " | trim }}]')).toBe('[a b]');
    expect(render('[{{ value | safe | trim }}]', { value: '  <b>x</b>  ' })).toBe('[<b>x</b>]');
    expect(render('[{{ value | trim }}]', { value: '  <b>x</b>  ' })).toBe('[&lt;b&gt;x&lt;/b&gt;]');
    expect(render('[{{ value | trim }}]', {})).toBe('[]');
  });

  it("renders GOV.UK components exactly as with nunjucks' own filter", () => {
    const stock = new nunjucks.Environment(new nunjucks.FileSystemLoader([VIEWS_DIR, FRONTEND.govuk, FRONTEND.moj]), {
      autoescape: true,
    });
    const components = [
      '{% from "govuk/components/date-input/macro.njk" import govukDateInput %}{{ govukDateInput({ id: "at", namePrefix: "at", fieldset: { legend: { text: "Date" } }, hint: { text: "For example, 6 11 2025" }, errorMessage: { text: "Enter a date" }, items: [{ name: "day" }, { name: "month" }, { name: "year" }] }) }}',
      '{% from "govuk/components/input/macro.njk" import govukInput %}{{ govukInput({ id: "a", name: "a", label: { html: "  <b>A</b>  " }, prefix: { text: "£" } }) }}',
      '{% from "govuk/components/summary-list/macro.njk" import govukSummaryList %}{{ govukSummaryList({ rows: [{ key: { text: " Key " }, value: { html: "<p>v</p>" }, actions: { items: [{ href: "#", text: "Change" }] } }] }) }}',
      '{% from "govuk/components/details/macro.njk" import govukDetails %}{{ govukDetails({ summaryHtml: "  <i>s</i> ", html: "<pre> x </pre>" }) }}',
    ];
    for (const source of components)
      expect(new nunjucks.Template(source, env).render({})).toBe(new nunjucks.Template(source, stock).render({}));
  });

  it('trims text with many long runs of whitespace (the stock filter, quadratic in them, would outlast the test)', () => {
    const runs = `${' '.repeat(8_000)}x`.repeat(400);
    expect(render('{{ value | trim }}', { value: runs })).toBe(runs.trim());
  });
});
