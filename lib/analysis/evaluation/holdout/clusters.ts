import { ARMENIA_AZERBAIJAN_WASHINGTON } from "./armenia-azerbaijan-washington";
import { DRC_M23_DOHA } from "./drc-m23-doha";
import { ETHIOPIA_TIGRAY_PRETORIA } from "./ethiopia-tigray-pretoria";
import type { HoldoutCluster } from "./holdout-cluster";
import { VENEZUELA_BARBADOS } from "./venezuela-barbados";

/**
 * The held-out corpus: four negotiations the engine's authors have not tuned against, written
 * without reading the extractors. Keep it out of any loop that adjusts the engine; measure with
 * app/api/holdout.test.ts, through the API, and read the numbers, not the failures, as the news.
 */
export const HOLDOUT_CLUSTERS: readonly HoldoutCluster[] = [
  ARMENIA_AZERBAIJAN_WASHINGTON,
  DRC_M23_DOHA,
  VENEZUELA_BARBADOS,
  ETHIOPIA_TIGRAY_PRETORIA,
];
