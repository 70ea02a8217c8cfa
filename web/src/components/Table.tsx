// A data table that becomes a stack of cards on narrow screens: each cell carries its column's
// name (data-label) and the stylesheet shows it beside the value below 640 px.
import type { ReactNode } from 'react';

export interface Column<T> {
  key: string;
  header: ReactNode;
  /** The column's name as plain text, shown beside the value on narrow screens. */
  label: string;
  cell: (row: T) => ReactNode;
  numeric?: boolean;
}

export function Table<T>({
  caption,
  columns,
  rows,
  rowKey,
  className,
  tableClassName,
}: {
  caption: ReactNode;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T, i: number) => string | number;
  className?: string;
  tableClassName?: string;
}) {
  return (
    <div className={`table-wrap${className ? ` ${className}` : ''}`}>
      <table className={`data-table${tableClassName ? ` ${tableClassName}` : ''}`}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={rowKey(r, i)}>
              {columns.map((c) => (
                <td key={c.key} data-label={c.label} className={c.numeric ? 'num' : undefined}>
                  {c.cell(r)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
