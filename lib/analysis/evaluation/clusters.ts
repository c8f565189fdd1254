import { BORDER_SAMARKAND } from "./corpus/border-samarkand";
import { CAR_LUANDA } from "./corpus/car-luanda";
import { CEASEFIRE_HAVANA } from "./corpus/ceasefire-havana";
import { GAZA_CAIRO } from "./corpus/gaza-cairo";
import { SUDAN_JEDDAH } from "./corpus/sudan-jeddah";
import { TRADE_GENEVA } from "./corpus/trade-geneva";
import { UKRAINE_ISTANBUL } from "./corpus/ukraine-istanbul";
import { WATER_ALMATY } from "./corpus/water-almaty";
import type { GoldCluster } from "./gold";

/** The evaluation corpus: coverage the engine was not built on, one cluster per event. */
export const CLUSTERS: readonly GoldCluster[] = [
  GAZA_CAIRO,
  TRADE_GENEVA,
  SUDAN_JEDDAH,
  UKRAINE_ISTANBUL,
  CAR_LUANDA,
  BORDER_SAMARKAND,
  WATER_ALMATY,
  CEASEFIRE_HAVANA,
];
