// The skill timeline drawn with Observable Plot (docs/adr/0005). This module is loaded lazily:
// Plot and its d3 parts stay out of the first page's JavaScript.
import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';
import type { SkillTimeline } from '../../api';
import { formatDate } from '../ui';
import { SERIES } from './series';

interface Datum {
  at: Date;
  level: number;
}

export default function TimelinePlot({ data, summary }: { data: SkillTimeline; summary: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    // The merged points (what the table shows): levels are hundredths of 1..5.
    const at = (kind: string) => data.points.filter((p) => p.kind === kind);
    const reviews: Datum[] = at('review').filter((p) => p.level !== null).map((p) => ({ at: new Date(p.at), level: p.level! / 100 }));
    const selfs: Datum[] = at('self_assessment').filter((p) => p.level !== null).map((p) => ({ at: new Date(p.at), level: p.level! / 100 }));
    const endorsements = at('endorsement').map((p, i) => ({ at: new Date(p.at), count: i + 1 }));
    const width = Math.max(280, Math.min(1040, el.clientWidth || 600));
    const times = [...reviews, ...selfs, ...endorsements].map((d) => d.at.getTime());
    const t0 = Math.min(...times);
    const t1 = Math.max(...times);
    // One day of margin on each side, so a single point is not drawn on the frame.
    const pad = Math.max((t1 - t0) * 0.05, 86_400_000);
    const svg = Plot.plot({
      width,
      height: 260,
      marginLeft: 48,
      marginBottom: 44,
      style: { fontSize: '12px', background: 'transparent', color: 'var(--text)' },
      x: { type: 'time', domain: [new Date(t0 - pad), new Date(t1 + pad)], label: 'Date', labelAnchor: 'center', labelOffset: 38, ticks: width < 480 ? 3 : 6 },
      y: { domain: [0.6, 5.4], ticks: [1, 2, 3, 4, 5], tickFormat: (d: number) => String(d), label: 'Level (1 beginner – 5 expert)', labelAnchor: 'center', grid: true },
      marks: [
        Plot.ruleY([0.6]),
        Plot.lineY(selfs, { x: 'at', y: 'level', stroke: SERIES.self.color, strokeWidth: 2, ariaHidden: 'true' }),
        Plot.dot(selfs, {
          x: 'at',
          y: 'level',
          symbol: 'square',
          r: 5,
          fill: SERIES.self.color,
          className: 'series-self-assessment',
          title: (d: Datum) => `Self-assessment ${formatDate(d.at.toISOString())}: ${d.level.toFixed(1)}`,
        }),
        Plot.lineY(reviews, { x: 'at', y: 'level', stroke: SERIES.review.color, strokeWidth: 2, ariaHidden: 'true' }),
        Plot.dot(reviews, {
          x: 'at',
          y: 'level',
          symbol: 'circle',
          r: 5,
          fill: SERIES.review.color,
          className: 'series-review',
          title: (d: Datum) => `Review ${formatDate(d.at.toISOString())}: ${d.level.toFixed(1)}`,
        }),
        // Endorsements have no level: they sit on the time axis, where they happened.
        Plot.dot(endorsements, {
          x: 'at',
          frameAnchor: 'bottom',
          symbol: 'star',
          r: 7,
          fill: SERIES.endorsement.color,
          className: 'series-endorsement',
          title: (d: { at: Date; count: number }) => `Endorsement ${formatDate(d.at.toISOString())} (${d.count} so far)`,
        }),
      ],
    });
    // The chart is one image to assistive technology, described in words (the tables below hold
    // the data); Plot's per-mark labels inside it would be invalid ARIA on <g> and <line>.
    for (const n of svg.querySelectorAll('[aria-label]')) n.removeAttribute('aria-label');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', `Growth of ${data.skill}`);
    svg.setAttribute('aria-description', summary);
    el.replaceChildren(svg);
    return () => svg.remove();
  }, [data, summary]);
  return <div ref={box} className="plot" />;
}
