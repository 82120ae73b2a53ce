import { scaleBand, scaleLinear, select } from 'd3';

export interface ChartRow {
  id: string;
  /** Short label drawn beside the bar: "Clause 4", "A.6". */
  label: string;
  /** Full name, shown as the bar's tooltip. */
  title: string;
  /** Whole percent, or null while nothing in the section is answered. */
  percent: number | null;
}

export interface ChartOptions {
  rtl: boolean;
  /** Drawing width in CSS pixels, so that text keeps its size on narrow screens. */
  width: number;
  formatValue: (row: ChartRow) => string;
}

const rowHeight = 26;
const labelWidth = 120;
const valueWidth = 56;

/** Band of a readiness percentage, for the bar's colour. */
function band(percent: number | null): string {
  if (percent === null) return 'none';
  if (percent >= 75) return 'high';
  if (percent >= 40) return 'medium';
  return 'low';
}

/**
 * Draws horizontal readiness bars, one row per section, into an SVG. SVG coordinates run left to
 * right, so for right-to-left pages the rows are laid out from the right and bars grow leftwards.
 * Re-drawing with new rows updates the same elements.
 */
export function drawReadinessChart(
  svg: SVGSVGElement,
  rows: ChartRow[],
  options: ChartOptions,
): void {
  const { width } = options;
  const height = rows.length * rowHeight;
  const trackWidth = width - labelWidth - valueWidth;
  const x = scaleLinear().domain([0, 100]).range([0, trackWidth]).clamp(true);
  const y = scaleBand<string>()
    .domain(rows.map((row) => row.id))
    .range([0, height])
    .padding(0.25);
  const barStart = options.rtl ? width - labelWidth : labelWidth;
  const direction = options.rtl ? 'rtl' : 'ltr';

  select(svg).attr('viewBox', `0 0 ${width} ${height}`).attr('height', height);
  select(svg)
    .selectAll<SVGGElement, ChartRow>('g.aa-chart-row')
    .data(rows, (row) => row.id)
    .join((enter) => {
      const group = enter.append('g').attr('class', 'aa-chart-row');
      group.append('title');
      group.append('text').attr('class', 'aa-chart-row__label');
      group.append('rect').attr('class', 'aa-chart-row__track');
      group.append('rect').attr('class', 'aa-chart-row__bar');
      group.append('text').attr('class', 'aa-chart-row__value');
      return group;
    })
    .attr('transform', (row) => `translate(0 ${y(row.id)})`)
    .each(function (row) {
      const group = select(this);
      const barHeight = y.bandwidth();
      const barWidth = x(row.percent ?? 0);
      group.select('title').text(`${row.title}: ${options.formatValue(row)}`);
      group
        .select('.aa-chart-row__label')
        .attr('x', options.rtl ? width - 4 : 4)
        .attr('y', barHeight / 2)
        .attr('dominant-baseline', 'middle')
        .attr('direction', direction)
        .text(row.label);
      group
        .select('.aa-chart-row__track')
        .attr('x', options.rtl ? barStart - trackWidth : barStart)
        .attr('width', trackWidth)
        .attr('height', barHeight);
      group
        .select('.aa-chart-row__bar')
        .attr('class', `aa-chart-row__bar aa-chart-row__bar--${band(row.percent)}`)
        .attr('x', options.rtl ? barStart - barWidth : barStart)
        .attr('width', barWidth)
        .attr('height', barHeight);
      group
        .select('.aa-chart-row__value')
        .attr('x', options.rtl ? barStart - trackWidth - 6 : barStart + trackWidth + 6)
        .attr('y', barHeight / 2)
        .attr('dominant-baseline', 'middle')
        .attr('direction', direction)
        .text(options.formatValue(row));
    });
}
