// The timeline's series: one place for the chart's colours and symbols and the legend's words.
export const SERIES = {
  review: { label: 'Reviews (average rubric rating)', color: 'var(--chart-1)', symbol: 'circle' },
  self: { label: 'Your self-assessments', color: 'var(--chart-2)', symbol: 'square' },
  endorsement: { label: 'Endorsements (when they came)', color: 'var(--chart-3)', symbol: 'star' },
} as const;

