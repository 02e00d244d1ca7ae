/** The panels of the app a scenario or lesson can name as the ones that matter (the rest collapse). */
export const PANEL_IDS = [
  'pipeline',
  'replication',
  'metrics',
  'producer',
  'groups',
  'settings',
  'narration',
] as const;
export type PanelId = (typeof PANEL_IDS)[number];
