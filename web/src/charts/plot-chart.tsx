import { useEffect, useRef, type ReactNode } from 'react';

type PlotModule = typeof import('@observablehq/plot');

/**
 * An Observable Plot chart (SVG, so it prints sharp) with the table of its numbers beside it (or
 * below it, for a wide table). Plot is loaded when the first chart is drawn, so it is not part of a
 * page's initial script.
 */
export function PlotChart({
  title,
  draw,
  table,
  tableBelow = false,
}: {
  title: string;
  draw: (plot: PlotModule) => SVGSVGElement | HTMLElement;
  table: ReactNode;
  tableBelow?: boolean;
}) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let current = true;
    void import('@observablehq/plot').then((plot) => {
      if (!current || !holder.current) return;
      const chart = draw(plot);
      // Plot names each mark's group (aria-label="dot"); a name needs a role for assistive technology.
      for (const group of chart.querySelectorAll('g[aria-label]')) group.setAttribute('role', 'group');
      holder.current.replaceChildren(chart);
    });
    return () => {
      current = false;
    };
  }, [draw]);
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div className={tableBelow ? 'chart-body table-below' : 'chart-body'}>
        <div className="chart-svg" ref={holder} />
        {table}
      </div>
    </figure>
  );
}
