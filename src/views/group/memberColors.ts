/** One colour per consumer (by its client number), readable on white and distinct on a projector. */
const PALETTE = ['#2563eb', '#d97706', '#059669', '#9333ea', '#dc2626', '#0891b2', '#65a30d', '#db2777'];

export function memberColor(clientId: string): string {
  const n = Number(clientId.slice(clientId.lastIndexOf('-') + 1)) || 1;
  return PALETTE[(n - 1) % PALETTE.length]!;
}

/** "consumer-orders-app-3" → "C3": short labels for chips and the timeline. */
export function shortName(clientId: string): string {
  return `C${clientId.slice(clientId.lastIndexOf('-') + 1)}`;
}
