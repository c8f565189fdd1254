import { ARMENIA_AZERBAIJAN_WASHINGTON } from "./corpus/armenia-azerbaijan-washington";
import { BORDER_SAMARKAND } from "./corpus/border-samarkand";
import { CAR_LUANDA } from "./corpus/car-luanda";
import { CEASEFIRE_HAVANA } from "./corpus/ceasefire-havana";
import { DRC_M23_DOHA } from "./corpus/drc-m23-doha";
import { ETHIOPIA_TIGRAY_PRETORIA } from "./corpus/ethiopia-tigray-pretoria";
import { GAZA_CAIRO } from "./corpus/gaza-cairo";
import { SUDAN_JEDDAH } from "./corpus/sudan-jeddah";
import { TRADE_GENEVA } from "./corpus/trade-geneva";
import { UKRAINE_ISTANBUL } from "./corpus/ukraine-istanbul";
import { VENEZUELA_BARBADOS } from "./corpus/venezuela-barbados";
import { WATER_ALMATY } from "./corpus/water-almaty";
import type { GoldCluster } from "./gold";

/**
 * The development corpus, one cluster per event: coverage written apart from the extractors, which
 * the engine is then tuned against. The last four were the first held-out set, moved here once
 * their failures had been read.
 */
export const CLUSTERS: readonly GoldCluster[] = [
  GAZA_CAIRO,
  TRADE_GENEVA,
  SUDAN_JEDDAH,
  UKRAINE_ISTANBUL,
  CAR_LUANDA,
  BORDER_SAMARKAND,
  WATER_ALMATY,
  CEASEFIRE_HAVANA,
  ARMENIA_AZERBAIJAN_WASHINGTON,
  DRC_M23_DOHA,
  VENEZUELA_BARBADOS,
  ETHIOPIA_TIGRAY_PRETORIA,
];
