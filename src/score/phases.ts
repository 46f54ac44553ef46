// The maturity model's phases (docs/maturity-model.md explains the reasoning).

export const PHASES = [
  { phase: 0, name: 'Ad hoc', summary: 'Models are trained by hand; results live in notebooks and laptops.' },
  {
    phase: 1,
    name: 'Foundations',
    summary: 'Experiments are tracked, data is versioned, the environment is pinned and CI runs.',
  },
  {
    phase: 2,
    name: 'Automation',
    summary: 'Pipelines train and validate on their own; models are served, containerised and monitored.',
  },
  {
    phase: 3,
    name: 'Operations at scale',
    summary:
      'Models are registered and rolled out on Kubernetes with production-grade serving and orchestration.',
  },
] as const;

export type PhaseNumber = (typeof PHASES)[number]['phase'];

export function phaseName(phase: number): string {
  return PHASES[phase]?.name ?? `Phase ${phase}`;
}
