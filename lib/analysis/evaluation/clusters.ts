import { ARMENIA_AZERBAIJAN_TBILISI } from "./corpus/armenia-azerbaijan-border-tbilisi";
import { ARMENIA_AZERBAIJAN_WASHINGTON } from "./corpus/armenia-azerbaijan-washington";
import { BORDER_SAMARKAND } from "./corpus/border-samarkand";
import { BOSNIA_BRUSSELS } from "./corpus/bosnia-brussels";
import { CAR_LUANDA } from "./corpus/car-luanda";
import { CEASEFIRE_HAVANA } from "./corpus/ceasefire-havana";
import { COLOMBIA_DOHA } from "./corpus/colombia-clan-del-golfo-doha";
import { CYPRUS_GENEVA } from "./corpus/cyprus-geneva";
import { DPRK_US_PANMUNJOM } from "./corpus/dprk-us-panmunjom";
import { DRC_M23_DOHA } from "./corpus/drc-m23-doha";
import { DRC_RWANDA_WASHINGTON } from "./corpus/drc-rwanda-washington";
import { ERITREA_ETHIOPIA_JEDDAH } from "./corpus/eritrea-ethiopia-jeddah";
import { ETHIOPIA_TIGRAY_PRETORIA } from "./corpus/ethiopia-tigray-pretoria";
import { GAZA_CAIRO } from "./corpus/gaza-cairo";
import { GEORGIA_ABKHAZIA_GENEVA } from "./corpus/georgia-abkhazia-geneva";
import { GUYANA_VENEZUELA_BRASILIA } from "./corpus/guyana-venezuela-brasilia";
import { HAITI_NASSAU } from "./corpus/haiti-gangs-nassau";
import { INDIA_CHINA_BEIJING } from "./corpus/india-china-border-beijing";
import { ISRAEL_SYRIA_BAKU } from "./corpus/israel-syria-baku";
import { KURDS_DAMASCUS_ERBIL } from "./corpus/kurds-damascus-erbil";
import { LIBYA_GENEVA } from "./corpus/libya-geneva";
import { MOZAMBIQUE_INSURGENTS_PEMBA } from "./corpus/mozambique-pemba";
import { NAGALAND_DELHI } from "./corpus/nagaland-delhi";
import { PERU_ECUADOR_LIMA } from "./corpus/peru-ecuador-border-lima";
import { PHILIPPINES_BANGSAMORO_OSLO } from "./corpus/philippines-bangsamoro-oslo";
import { RUSSIA_UKRAINE_ABUDHABI } from "./corpus/russia-ukraine-abudhabi";
import { MALI_ALGIERS } from "./corpus/sahel-algiers";
import { SOMALIA_JUBALAND_NAIROBI } from "./corpus/somalia-jubaland-nairobi";
import { SUDAN_JEDDAH } from "./corpus/sudan-jeddah";
import { SUDAN_SOUTH_SUDAN_ADDIS } from "./corpus/sudan-south-sudan-addis";
import { THAILAND_CAMBODIA_KUALALUMPUR } from "./corpus/thailand-cambodia-kualalumpur";
import { TRADE_GENEVA } from "./corpus/trade-geneva";
import { UKRAINE_ISTANBUL } from "./corpus/ukraine-istanbul";
import { UKRAINE_RUSSIA_RIYADH } from "./corpus/ukraine-russia-riyadh";
import { VENEZUELA_BARBADOS } from "./corpus/venezuela-barbados";
import { WATER_ALMATY } from "./corpus/water-almaty";
import { LEBANON_NAQOURA } from "./corpus/lebanon-naqoura";
import { MYANMAR_KUNMING } from "./corpus/myanmar-kunming";
import { SERBIA_KOSOVO_BRUSSELS } from "./corpus/serbia-kosovo-brussels";
import { YEMEN_MUSCAT } from "./corpus/yemen-muscat";
import { ARMENIA_TURKEY_VIENNA } from "./corpus/armenia-turkey-vienna";
import { HOSTAGES_GAZA_DOHA } from "./corpus/hostages-gaza-doha";
import { CHAD_REBELS_DOHA } from "./corpus/chad-rebels-doha";
import { SUDAN_RSF_MANAMA } from "./corpus/sudan-rsf-manama";
import { KOSOVO_SERBIA_WASHINGTON } from "./corpus/kosovo-serbia-washington";
import { BOLIVIA_CHILE_LIMA } from "./corpus/bolivia-chile-lima";
import { AFGHANISTAN_US_DOHA } from "./corpus/afghanistan-us-doha";
import { CAMEROON_ANGLOPHONE_GENEVA } from "./corpus/cameroon-anglophone-geneva";
import { IRAN_US_ROME } from "./corpus/iran-us-rome";
import { NILE_DAM_WASHINGTON } from "./corpus/nile-dam-washington";
import { PAKISTAN_AFGHANISTAN_ISTANBUL } from "./corpus/pakistan-afghanistan-istanbul";
import { SOUTH_SUDAN_NAIROBI } from "./corpus/south-sudan-nairobi";
import { TRANSNISTRIA_VIENNA } from "./corpus/transnistria-vienna";
import { VENEZUELA_US_CARACAS } from "./corpus/venezuela-us-caracas";
import { WESTERN_SAHARA_GENEVA } from "./corpus/western-sahara-geneva";
import { ETHIOPIA_FANO_NAIROBI } from "./corpus/ethiopia-fano-nairobi";
import { SOMALIA_SOMALILAND_DJIBOUTI } from "./corpus/somalia-somaliland-djibouti";
import { BELARUS_US_MINSK } from "./corpus/belarus-us-minsk";
import { INDIA_PAKISTAN_ABUDHABI } from "./corpus/india-pakistan-abudhabi";
import { LEBANON_SYRIA_BORDER_JEDDAH } from "./corpus/lebanon-syria-border-jeddah";
import { PNG_BOUGAINVILLE_BRISBANE } from "./corpus/png-bougainville-brisbane";
import { IRAQ_KRG_BAGHDAD } from "./corpus/iraq-krg-baghdad";
import { SENEGAL_CASAMANCE_BISSAU } from "./corpus/senegal-casamance-bissau";
import { SOMALIA_ETHIOPIA_ANKARA } from "./corpus/somalia-ethiopia-ankara";
import { SYRIA_SWEIDA_AMMAN } from "./corpus/syria-sweida-amman";
import { COLOMBIA_EMBF_PANAMA } from "./corpus/colombia-embf-panama";
import { INDONESIA_PAPUA_SUVA } from "./corpus/indonesia-papua-suva";
import { ETHIOPIA_SOMALIA_ANKARA } from "./corpus/ethiopia-somalia-ankara";
import { LEBANON_SYRIA_JEDDAH } from "./corpus/lebanon-syria-jeddah";
import { BURUNDI_RWANDA_ARUSHA } from "./corpus/burundi-rwanda-arusha";
import { INDIA_PAKISTAN_LONDON } from "./corpus/india-pakistan-london";
import { ZAPORIZHZHIA_PLANT_VIENNA } from "./corpus/zaporizhzhia-plant-vienna";
import { GEORGIA_SOUTH_OSSETIA_ERGNETI } from "./corpus/georgia-south-ossetia-ergneti";
import { NICARAGUA_US_PANAMA } from "./corpus/nicaragua-us-panama";
import { BOUGAINVILLE_PNG_WELLINGTON } from "./corpus/bougainville-png-wellington";
import { THAILAND_BRN_KUALALUMPUR } from "./corpus/thailand-brn-kualalumpur";
import type { GoldCluster } from "./gold";

/**
 * The development corpus, one cluster per event: coverage written apart from the extractors, which
 * the engine is then tuned against. ARMENIA_AZERBAIJAN_WASHINGTON to ETHIOPIA_TIGRAY_PRETORIA were
 * the first held-out set, moved here once their failures had been read. The twenty-four after them came
 * in four batches of six, each written by writers who had not read the engine and measured once
 * before any tuning against it (README, Tests). YEMEN_MUSCAT to MYANMAR_KUNMING were the second
 * held-out set, retired here once its failures had been seen. ARMENIA_TURKEY_VIENNA to BOLIVIA_CHILE_LIMA
 * are a fifth batch, written with US officials in every negotiation and measured once before tuning.
 * AFGHANISTAN_US_DOHA to WESTERN_SAHARA_GENEVA were the third held-out set, retired here once it had
 * been measured four times and its writers' summaries had been read. ETHIOPIA_FANO_NAIROBI to
 * PNG_BOUGAINVILLE_BRISBANE are a sixth batch, US officials in each, measured once before tuning;
 * IRAQ_KRG_BAGHDAD to INDONESIA_PAPUA_SUVA a seventh, with movements and regional governments as
 * parties. ETHIOPIA_SOMALIA_ANKARA to THAILAND_BRN_KUALALUMPUR were the fourth held-out set, kept
 * blind to the engine's authors while it was measured, retired here once it had been measured four
 * times.
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
  LIBYA_GENEVA,
  THAILAND_CAMBODIA_KUALALUMPUR,
  SUDAN_SOUTH_SUDAN_ADDIS,
  RUSSIA_UKRAINE_ABUDHABI,
  PHILIPPINES_BANGSAMORO_OSLO,
  GEORGIA_ABKHAZIA_GENEVA,
  ERITREA_ETHIOPIA_JEDDAH,
  GUYANA_VENEZUELA_BRASILIA,
  MOZAMBIQUE_INSURGENTS_PEMBA,
  ISRAEL_SYRIA_BAKU,
  DPRK_US_PANMUNJOM,
  NAGALAND_DELHI,
  KURDS_DAMASCUS_ERBIL,
  HAITI_NASSAU,
  BOSNIA_BRUSSELS,
  DRC_RWANDA_WASHINGTON,
  MALI_ALGIERS,
  INDIA_CHINA_BEIJING,
  SOMALIA_JUBALAND_NAIROBI,
  CYPRUS_GENEVA,
  PERU_ECUADOR_LIMA,
  UKRAINE_RUSSIA_RIYADH,
  ARMENIA_AZERBAIJAN_TBILISI,
  COLOMBIA_DOHA,
  YEMEN_MUSCAT,
  LEBANON_NAQOURA,
  SERBIA_KOSOVO_BRUSSELS,
  MYANMAR_KUNMING,
  ARMENIA_TURKEY_VIENNA,
  HOSTAGES_GAZA_DOHA,
  CHAD_REBELS_DOHA,
  SUDAN_RSF_MANAMA,
  KOSOVO_SERBIA_WASHINGTON,
  BOLIVIA_CHILE_LIMA,
  AFGHANISTAN_US_DOHA,
  CAMEROON_ANGLOPHONE_GENEVA,
  IRAN_US_ROME,
  NILE_DAM_WASHINGTON,
  PAKISTAN_AFGHANISTAN_ISTANBUL,
  SOUTH_SUDAN_NAIROBI,
  TRANSNISTRIA_VIENNA,
  VENEZUELA_US_CARACAS,
  WESTERN_SAHARA_GENEVA,
  ETHIOPIA_FANO_NAIROBI,
  SOMALIA_SOMALILAND_DJIBOUTI,
  BELARUS_US_MINSK,
  INDIA_PAKISTAN_ABUDHABI,
  LEBANON_SYRIA_BORDER_JEDDAH,
  PNG_BOUGAINVILLE_BRISBANE,
  IRAQ_KRG_BAGHDAD,
  SENEGAL_CASAMANCE_BISSAU,
  SOMALIA_ETHIOPIA_ANKARA,
  SYRIA_SWEIDA_AMMAN,
  COLOMBIA_EMBF_PANAMA,
  INDONESIA_PAPUA_SUVA,
  ETHIOPIA_SOMALIA_ANKARA,
  LEBANON_SYRIA_JEDDAH,
  BURUNDI_RWANDA_ARUSHA,
  INDIA_PAKISTAN_LONDON,
  ZAPORIZHZHIA_PLANT_VIENNA,
  GEORGIA_SOUTH_OSSETIA_ERGNETI,
  NICARAGUA_US_PANAMA,
  BOUGAINVILLE_PNG_WELLINGTON,
  THAILAND_BRN_KUALALUMPUR,
];
