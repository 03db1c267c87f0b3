import { escapeHtml } from '../views/html';

export type Series = Readonly<{ name: string; values: readonly number[]; colour: string }>;
export type BarChart = Readonly<{ id: string; title: string; labels: readonly string[]; series: readonly Series[] }>;

const WIDTH = 960;
const HEIGHT = 340;
const PAD = { top: 20, right: 10, bottom: 110, left: 40 };

/** A tick every 1, 2, 5, 10… so the axis has at most five steps. */
const step = (max: number): number => {
  const raw = Math.max(1, max) / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
};

/**
 * A grouped bar chart drawn on the server as SVG: it needs no script, and the page puts the same figures in a table
 * beside it (the chart is an image with a text alternative; the table is what screen readers and CSV users read).
 */
export function barChartSvg(chart: BarChart): string {
  const max = Math.max(1, ...chart.series.flatMap((s) => s.values));
  const tick = step(max);
  const top = Math.ceil(max / tick) * tick;
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const group = plotW / Math.max(1, chart.labels.length);
  const bar = Math.max(1, (group * 0.8) / chart.series.length);
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const everyNth = Math.ceil(chart.labels.length / 20);
  const parts: string[] = [];
  for (let v = 0; v <= top; v += tick)
    parts.push(
      `<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${y(v)}" y2="${y(v)}" stroke="#b1b4b6" stroke-width="1"/>`,
      `<text x="${PAD.left - 6}" y="${y(v) + 4}" text-anchor="end" font-size="12">${v}</text>`,
    );
  chart.labels.forEach((label, i) => {
    chart.series.forEach((s, j) => {
      const value = s.values[i] ?? 0;
      const x = PAD.left + i * group + group * 0.1 + j * bar;
      if (value > 0)
        parts.push(
          `<rect x="${x.toFixed(1)}" y="${y(value).toFixed(1)}" width="${bar.toFixed(1)}" height="${(y(0) - y(value)).toFixed(1)}" fill="${s.colour}"/>`,
        );
    });
    if (i % everyNth === 0) {
      const x = PAD.left + i * group + group / 2;
      parts.push(
        `<text x="${x.toFixed(1)}" y="${HEIGHT - PAD.bottom + 14}" font-size="12" text-anchor="end" transform="rotate(-45 ${x.toFixed(1)} ${HEIGHT - PAD.bottom + 14})">${escapeHtml(label)}</text>`,
      );
    }
  });
  const legend = chart.series
    .map(
      (s, j) =>
        `<rect x="${PAD.left + j * 220}" y="${HEIGHT - 16}" width="12" height="12" fill="${s.colour}"/><text x="${PAD.left + j * 220 + 18}" y="${HEIGHT - 6}" font-size="13">${escapeHtml(s.name)}</text>`,
    )
    .join('');
  const total = chart.series.map((s) => `${s.name}: ${s.values.reduce((a, b) => a + b, 0)} in all`).join('; ');
  return (
    `<svg class="app-chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${chart.id}-title ${chart.id}-desc" xmlns="http://www.w3.org/2000/svg" font-family="Arial, sans-serif">` +
    `<title id="${chart.id}-title">${escapeHtml(chart.title)}</title>` +
    `<desc id="${chart.id}-desc">${escapeHtml(`${total}. The table below the chart gives every figure.`)}</desc>` +
    parts.join('') +
    legend +
    '</svg>'
  );
}

/** govukTable arguments with the chart's figures: one row per label, one column per series. */
export function chartTable(chart: BarChart, labelHeading: string) {
  return {
    caption: `${chart.title}: the figures`,
    captionClasses: 'govuk-table__caption--s',
    head: [{ text: labelHeading }, ...chart.series.map((s) => ({ text: s.name, format: 'numeric' }))],
    rows: chart.labels.map((label, i) => [
      { text: label },
      ...chart.series.map((s) => ({ text: String(s.values[i] ?? 0), format: 'numeric' })),
    ]),
  };
}
