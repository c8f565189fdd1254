import type { GoldCluster } from "../gold";
import { SIDE_ALIASES } from "../gold";

/**
 * A held-out cluster: a GoldCluster plus the spellings a delegation slot may use for the sides
 * that SIDE_ALIASES (in gold.ts) does not know, because the tuned corpus never met them. They
 * play the role SIDE_ALIASES plays for the tuned corpus: "delegation.armenian" and
 * "delegation.armenia" both count as the Armenian delegation. Keys are the side keys gold uses.
 */
export interface HoldoutCluster extends GoldCluster {
  sides: Readonly<Record<string, readonly string[]>>;
}

/** The side key gold uses for a slot's side spelling, for this cluster; null when unknown. */
export function holdoutSideOf(cluster: HoldoutCluster, slotSide: string): string | null {
  for (const [side, aliases] of Object.entries(cluster.sides)) {
    if (side === slotSide || aliases.includes(slotSide)) return side;
  }
  for (const [side, aliases] of Object.entries(SIDE_ALIASES)) if (aliases.includes(slotSide)) return side;
  return null;
}
