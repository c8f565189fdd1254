import { humanizeWords } from "./labels";
import type {
  ClaimKind,
  ClaimValue,
  DateValue,
  PersonValue,
  QuantityValue,
  Stance,
  TermValue,
} from "./values";

export type ValueOfKind<K extends ClaimKind> = Extract<ClaimValue, { kind: K }>["value"];

/**
 * What a unit means. Comparison and display share this table so that "hours", "hrs" and "h"
 * both compare as one dimension and print the same way.
 */
export interface UnitInfo {
  /** Singular canonical name: "hour", "point", "hostage". */
  key: string;
  /** Units in one dimension convert into each other; unknown units are their own dimension. */
  dimension: string;
  /** Multiplier into the dimension's base unit (hours for time). */
  factor: number;
  /** Fixed short symbol ("h"), or null to print the singular/plural word. */
  symbol: string | null;
}

const TIME_UNITS: ReadonlyArray<[readonly string[], string, number, string | null]> = [
  [["s", "sec", "secs", "second", "seconds"], "second", 1 / 3600, "s"],
  [["min", "mins", "minute", "minutes"], "minute", 1 / 60, "min"],
  [["h", "hr", "hrs", "hour", "hours"], "hour", 1, "h"],
  [["d", "day", "days"], "day", 24, null],
  [["wk", "wks", "week", "weeks"], "week", 168, null],
  [["mo", "month", "months"], "month", 730, null],
  [["y", "yr", "yrs", "year", "years"], "year", 8760, null],
];

const UNIT_TABLE = new Map<string, UnitInfo>();
for (const [aliases, key, factor, symbol] of TIME_UNITS) {
  for (const alias of aliases) UNIT_TABLE.set(alias, { key, dimension: "time", factor, symbol });
}
for (const alias of ["%", "percent", "per-cent", "pct"]) {
  UNIT_TABLE.set(alias, { key: "percent", dimension: "percent", factor: 1, symbol: "%" });
}
UNIT_TABLE.set("people", { key: "person", dimension: "person", factor: 1, symbol: null });
UNIT_TABLE.set("persons", { key: "person", dimension: "person", factor: 1, symbol: null });

function singular(word: string): string {
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s") && !word.endsWith("ss") && word.length > 2) return word.slice(0, -1);
  return word;
}

function plural(word: string): string {
  if (word === "person") return "people";
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(?:ch|sh|ss|x)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

const unitCache = new Map<string, UnitInfo>();

/** Unknown units are compared by their singular spelling: "points" and "point" match, "rounds" and "points" do not. */
export function unitInfo(unit: string): UnitInfo {
  const cached = unitCache.get(unit);
  if (cached !== undefined) return cached;
  const raw = unit.trim().toLowerCase().replace(/\s+/g, "-");
  const key = raw
    .split("-")
    .map((part, i, all) => (i === all.length - 1 ? singular(part) : part))
    .join("-");
  const info = UNIT_TABLE.get(raw) ?? UNIT_TABLE.get(key) ?? { key, dimension: key, factor: 1, symbol: null };
  if (unitCache.size > 1_000) unitCache.clear();
  unitCache.set(unit, info);
  return info;
}

/** "1,200", "4.5": by hand, because Intl number formatting costs tens of microseconds a call. */
export function formatNumber(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  const [whole = "0", fraction] = Math.abs(rounded).toString().split(".");
  const grouped = whole.length > 3 && !whole.includes("e") ? whole.replace(/\B(?=(\d{3})+$)/g, ",") : whole;
  return `${rounded < 0 ? "-" : ""}${grouped}${fraction === undefined ? "" : `.${fraction}`}`;
}

export function formatQuantityValue(value: QuantityValue): string {
  const info = unitInfo(value.unit);
  const { min, max } = value;
  let numbers: string;
  if (min !== null && max !== null) {
    numbers = min === max ? formatNumber(min) : `${formatNumber(min)}–${formatNumber(max)}`;
  } else if (min !== null) {
    numbers = `${value.minExclusive ? ">" : "≥"} ${formatNumber(min)}`;
  } else {
    numbers = `${value.maxExclusive ? "<" : "≤"} ${formatNumber(max ?? 0)}`;
  }
  if (info.symbol === "%") return `${numbers}%`;
  if (info.symbol !== null) return `${numbers} ${info.symbol}`;
  const one = min === 1 && max === 1;
  return `${numbers} ${humanizeWords(one ? info.key : plural(info.key))}`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function ymd(iso: string): Ymd {
  return { y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) };
}

function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function month(m: number): string {
  return MONTHS[m - 1] ?? "?";
}

function formatRange(start: string, end: string): string {
  const a = ymd(start);
  const b = ymd(end);
  const wholeMonths = a.d === 1 && b.d === lastDayOfMonth(b.y, b.m);
  if (wholeMonths && a.m === 1 && b.m === 12) return a.y === b.y ? `${a.y}` : `${a.y}–${b.y}`;
  if (wholeMonths) {
    if (a.y !== b.y) return `${month(a.m)} ${a.y}–${month(b.m)} ${b.y}`;
    return a.m === b.m ? `${month(a.m)} ${a.y}` : `${month(a.m)}–${month(b.m)} ${a.y}`;
  }
  if (start === end) return `${month(a.m)} ${a.d}, ${a.y}`;
  if (a.y !== b.y) return `${month(a.m)} ${a.d}, ${a.y}–${month(b.m)} ${b.d}, ${b.y}`;
  if (a.m !== b.m) return `${month(a.m)} ${a.d}–${month(b.m)} ${b.d}, ${a.y}`;
  return `${month(a.m)} ${a.d}–${b.d}, ${a.y}`;
}

function formatParts(parts: NonNullable<DateValue["parts"]>): string {
  const { year, month: m, day, weekday } = parts;
  const weekdayText = weekday === undefined ? "" : (WEEKDAYS[weekday] ?? "");
  let core = "";
  if (m !== undefined && day !== undefined) core = `${month(m)} ${day}`;
  else if (m !== undefined) core = year === undefined ? (MONTH_NAMES[m - 1] ?? "?") : month(m);
  else if (day !== undefined) core = `day ${day}`;
  if (core === "") return weekdayText || (year === undefined ? "unknown date" : `${year}`);
  const dated =
    year === undefined ? `${core} (year unknown)` : `${core}${day === undefined ? " " : ", "}${year}`;
  return weekdayText ? `${weekdayText}, ${dated}` : dated;
}

export function formatDateValue(value: DateValue): string {
  if (value.start !== null && value.end !== null) return formatRange(value.start, value.end);
  return formatParts(value.parts ?? {});
}

export function formatPersonName(value: PersonValue, form: "full" | "short" = "full"): string {
  const name = value.name.trim().replace(/\s+/g, " ");
  if (form === "full") return name;
  const tokens = name.split(" ").filter((t) => !/^(?:jr|sr|ii|iii|iv)\.?$/i.test(t));
  const last = tokens.length - 1;
  if (last <= 0) return tokens[0] ?? name;
  // Surname particles belong with the surname: "Al Mohannadi", "van der Berg", "bin Salman".
  let from = last;
  while (
    from > 0 &&
    /^(?:al|el|bin|ibn|abu|van|von|der|de|da|di|du|la|le|ben|bar)$/i.test(tokens[from - 1] ?? "")
  )
    from--;
  return tokens.slice(from).join(" ");
}

const STANCE_WORDS: Readonly<Record<Stance, string>> = {
  proposed: "proposed",
  "ruled-out": "ruled out",
  mentioned: "mentioned",
};

export function formatStance(stance: Stance): string {
  return STANCE_WORDS[stance];
}

/** The stance alone reads well under a term's own row; `withTerm` names it where rows mix terms. */
export function formatTermValue(value: TermValue, withTerm = false): string {
  return withTerm
    ? `${humanizeWords(value.term)}: ${formatStance(value.stance)}`
    : formatStance(value.stance);
}

/** Words for any claim value; the discriminated form of formatClaimValue. */
export function formatValue(claim: ClaimValue): string {
  switch (claim.kind) {
    case "person":
      return formatPersonName(claim.value);
    case "date":
      return formatDateValue(claim.value);
    case "quantity":
      return formatQuantityValue(claim.value);
    case "term":
      return formatTermValue(claim.value);
  }
}

export function formatClaimValue<K extends ClaimKind>(kind: K, value: ValueOfKind<K>): string {
  return formatValue({ kind, value } as ClaimValue);
}
