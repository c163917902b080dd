import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

/** One column of a table: its heading and whether its cells are numbers (right-aligned). */
export interface Column {
  label: string;
  numeric?: boolean;
}

/** Whether the element's content is wider than the element, kept up to date as either changes size. */
function useOverflowsSideways(element: React.RefObject<HTMLElement>): boolean {
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const frame = element.current;
    if (!frame) return;
    const measure = () => setOverflows(frame.scrollWidth > frame.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(frame);
    if (frame.firstElementChild) observer.observe(frame.firstElementChild);
    measure();
    return () => observer.disconnect();
  }, [element]);
  return overflows;
}

/**
 * A table with a caption; every chart has one with its numbers. Its frame can be focused to scroll
 * by keyboard; when the table is wider than the frame, the frame shows a scrollbar and a shadow at
 * the edge that hides columns, and a note under it says how to reach them.
 */
export function DataTable({ caption, columns, rows }: { caption: string; columns: Column[]; rows: ReactNode[][] }) {
  const { t } = useI18n();
  const frame = useRef<HTMLDivElement>(null);
  const overflows = useOverflowsSideways(frame);
  const hintId = useId();
  return (
    <>
      <div
        className={overflows ? 'table-wrap scrolls' : 'table-wrap'}
        ref={frame}
        tabIndex={0}
        role="region"
        aria-label={caption}
        aria-describedby={overflows ? hintId : undefined}
      >
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.label} scope="col" className={column.numeric ? 'numeric' : undefined}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                {row.map((cell, cellIndex) => (
                  <td key={cellIndex} className={columns[cellIndex]?.numeric ? 'numeric' : undefined}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {overflows ? (
        <p className="scroll-hint no-print" id={hintId}>
          {t('table.scrollHint')}
        </p>
      ) : null}
    </>
  );
}
