import * as chrono from "chrono-node";
import { anchoredMentions, ANCHORED_HINT, ordinalDayMentions } from "./date-anchored";
import type { Part } from "./date-calendar";
import { relativeRange, type DateSpec as Spec } from "./date-format";

/**
 * Where a sentence names a date, and what each phrase says before it is resolved: chrono for
 * day-level dates, rules for weekdays, months, years and relative phrases, then overlaps settled
 * and spans ("from Tuesday to Thursday") joined.
 */

export interface Mention {
  start: number;
  end: number;
  spec: Spec;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTH_NAME =
  "January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.";
const PREPOSITION =
  /\b(?:in|since|by|until|till|through|throughout|during|from|of|for|before|after|around|circa|to|between|as of|and|or)\s*$/i;
const PARTS: Record<string, Part> = {
  early: "early",
  beginning: "early",
  start: "early",
  mid: "mid",
  middle: "mid",
  late: "late",
  end: "late",
};
const PART_MONTHS: Record<Part, readonly [number, number]> = { early: [1, 4], mid: [5, 8], late: [9, 12] };
/** Month spans of seasons and halves. A bare "winter 2022" straddles two years, so it keeps the year. */
const SEASONS: Record<string, readonly [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
  winter: [1, 12],
  first: [1, 6],
  second: [7, 12],
};

/** Cheap test that a sentence can hold a date at all, so most sentences never reach the rules. */
export const PREFILTER =
  /\b(?:(?:jan|febr)uary|march|april|may|june|july|august|(?:septem|octo|novem|decem)ber|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\b(?:19|20)\d\d\b|\b(?:yesterday|today|tonight|tomorrow|week|weekend|month|year|ago|night|morning|afternoon|evening)\b|\d\/\d|\bdays?\s+(?:earlier|later|before|after)\b|\b(?:previous|following|next|same)\s+day\b|\bon the \d\d?(?:st|nd|rd|th)\b/i;
const HINT_MONTH = `(?:${MONTH_NAME}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)`;
/** Where chrono is worth calling: a month name next to a figure, or a numeric date. */
const CHRONO_HINT = new RegExp(
  `\\b${HINT_MONTH}\\s*\\d|\\d(?:st|nd|rd|th)?\\s+(?:of\\s+)?${HINT_MONTH}|\\b\\d{4}-\\d\\d-\\d\\d\\b|\\b\\d\\d?/\\d\\d?/\\d{4}\\b`,
  "gi",
);
const NAMED_MONTH = new RegExp(`(?:^|[^A-Za-z])(${HINT_MONTH})`, "i");
const WEEKDAY_RE =
  /\b(?:(late|early|last|next|this|past|coming)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?(?:\s+(?:morning|afternoon|evening|night))?\b/gi;
const MONTH_RE = new RegExp(
  `\\b(?:(early|mid|late|the (?:end|beginning|start|middle) of|end of|last|next|this)(?:\\s+|-))?(${MONTH_NAME})(?!\\w)(?:,?\\s+(?:of\\s+)?((?:19|20)\\d\\d)\\b)?`,
  "gi",
);
const YEAR_RE =
  /\b(?:(early|mid|late|spring|summer|autumn|fall|winter|the (?:end|beginning|start|middle|spring|summer|autumn|fall|winter|first half|second half) of|end of)(?:\s+|-)(?:of\s+)?)?((?:19|20)\d\d)\b(?!\s*(?:%|percent|per cent)|[,.]\d)/gi;
/** Group order is what `relativeRange` reads. */
const RELATIVE_RE =
  /\b(?:(the day before yesterday|yesterday|today|tonight|tomorrow|last night|this (?:morning|afternoon|evening))|(earlier|later) this (week|month|year)|(last|this|next|past) (weekend|week|month|year)|((?:over|at|during|on|through) the weekend|(?:the )?weekend(?=['’]s|-long|\s+(?:of\s+)?(?:[\w-]+\s+)?(?:talks|meetings?|negotiations|summit|sessions?|visit|diplomacy)))|(?:(nearly|almost|about|around|roughly|some|more than|over|less than|just over|just under)\s+)?(\d+|a|an|[a-z]+(?:-[a-z]+)?) (day|week|month|year)s? ago)\b/gi;
const CHRONO_REF = { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };
const MAX_WINDOW = 600;
const MAX_MENTIONS_PER_SENTENCE = 24;
/** Raw matches kept per rule and sentence; only an absurd sentence reaches it, and it keeps settling cheap. */
const MAX_RAW = 64;

const monthIndex = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
const isCapitalized = (s: string) => /^[A-Z]/.test(s);

/** Day-level dates through chrono, fed only small windows around hints so cost stays linear. */
function chronoMentions(text: string): Mention[] {
  const windows: Array<[number, number]> = [];
  CHRONO_HINT.lastIndex = 0;
  for (let m = CHRONO_HINT.exec(text); m; m = CHRONO_HINT.exec(text)) {
    const from = Math.max(0, m.index - 40);
    const to = Math.min(text.length, m.index + m[0].length + 40);
    const last = windows[windows.length - 1];
    if (last && from <= last[1] && to - last[0] <= MAX_WINDOW) last[1] = to;
    else windows.push([from, to]);
  }
  const out: Mention[] = [];
  for (const [from, to] of windows) {
    if (out.length >= MAX_RAW) break;
    for (const r of chrono.strict.parse(text.slice(from, to), CHRONO_REF)) {
      const s = r.start;
      const month = s.get("month");
      const day = s.get("day");
      if (!s.isCertain("month") || !s.isCertain("day") || month === null || day === null) continue;
      const named = NAMED_MONTH.exec(r.text);
      // A month in lower case is a verb or a modal ("talks may 3"), not a date.
      if (named ? !isCapitalized(named[1] ?? "") : !s.isCertain("year")) continue;
      const spec: Spec = { type: "day", month, day };
      if (s.isCertain("year")) spec.year = s.get("year") ?? undefined;
      if (s.isCertain("weekday")) spec.weekday = s.get("weekday") ?? undefined;
      if (r.end?.isCertain("day")) {
        spec.endMonth = r.end.get("month") ?? month;
        spec.endDay = r.end.get("day") ?? day;
      }
      const lead = /^(?:on|the)\s+/i.exec(r.text)?.[0].length ?? 0;
      out.push({ start: from + r.index + lead, end: from + r.index + r.text.trimEnd().length, spec });
    }
  }
  return out;
}

// Words each rule cannot match without. The rules try their optional modifiers at every word, so
// a plain search first spares most sentences the rules that cannot match in them.
const WEEKDAY_WORD = /(?:mon|tues|wednes|thurs|fri|satur|sun)day/i;
const MONTH_WORD = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
const YEAR_DIGITS = /(?:19|20)\d\d/;
const RELATIVE_WORD = /to(?:day|night|morrow)|yesterday|night|morning|afternoon|evening|week|month|year|ago/i;

/** Up to `MAX_RAW` matches of the global `re` in `text`; none, without running it, when `hint` is absent. */
function matchesIf(hint: RegExp, re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  if (!hint.test(text)) return out;
  re.lastIndex = 0;
  for (let m = re.exec(text); m && out.length < MAX_RAW; m = re.exec(text)) out.push(m);
  return out;
}

function ruleMentions(text: string): Mention[] {
  const out: Mention[] = [];
  const before = (i: number) => text.slice(Math.max(0, i - 24), i);
  for (const m of matchesIf(WEEKDAY_WORD, WEEKDAY_RE, text)) {
    const [, mod, name = ""] = m;
    if (!isCapitalized(name)) continue;
    const s = mod?.toLowerCase();
    const shift = s === "last" || s === "past" ? "last" : s === "next" ? "next" : null;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      spec: { type: "weekday", weekday: WEEKDAYS.indexOf(name.toLowerCase()), shift },
    });
  }
  for (const m of matchesIf(MONTH_WORD, MONTH_RE, text)) {
    const [, mod, name = "", year] = m;
    // Without a year or a qualifier, only a preposition tells "in May" from "Theresa May".
    if (!isCapitalized(name) || (!mod && !year && !PREPOSITION.test(before(m.index)))) continue;
    const word = mod
      ?.toLowerCase()
      .split(" ")
      .find((w) => w in PARTS || w === "last" || w === "next" || w === "this");
    const spec: Spec = {
      type: "month",
      month: monthIndex(name),
      shift: word && !(word in PARTS) ? word : null,
    };
    if (word && word in PARTS) spec.part = PARTS[word];
    if (year) spec.year = Number(year);
    out.push({ start: m.index, end: m.index + m[0].length, spec });
  }
  for (const m of matchesIf(YEAR_DIGITS, YEAR_RE, text)) {
    const [, mod, year = ""] = m;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
    // A bare four-digit figure is a year only where prose uses years: "in 2014", "since 2014", "2014's".
    if (!mod && !PREPOSITION.test(before(m.index)) && !/^['’]s/.test(after)) continue;
    // "and"/"or" join years ("in 2014 and 2022") but also counts ("and 2000 soldiers").
    if (
      !mod &&
      /\b(?:and|or)\s*$/i.test(before(m.index)) &&
      !/(?:19|20)\d\d,?\s+(?:and|or)\s*$/i.test(before(m.index))
    )
      continue;
    if (/[$€£#]\s*$|\d[,.]?$/.test(before(m.index))) continue;
    const word =
      mod
        ?.toLowerCase()
        .split(/\s+/)
        .find((w) => w in PARTS || w in SEASONS) ?? "";
    const part = PARTS[word];
    const [from, to] = part ? PART_MONTHS[part] : (SEASONS[word] ?? [1, 12]);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      spec: { type: "year", year: Number(year), from, to },
    });
  }
  for (const m of matchesIf(RELATIVE_WORD, RELATIVE_RE, text)) {
    const range = relativeRange(m.map((g) => g?.toLowerCase()));
    if (range) out.push({ start: m.index, end: m.index + m[0].length, spec: { type: "relative", range } });
  }
  return out;
}

/** Longer mentions win overlaps; a weekday just before a day-level date joins it ("Tuesday, April 16th"). */
function settle(mentions: Mention[], text: string): Mention[] {
  const kept: Mention[] = [];
  const byLength = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const m of byLength) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  kept.sort((a, b) => a.start - b.start);
  const out: Mention[] = [];
  for (const m of kept) {
    const prev = out[out.length - 1];
    const gap = prev ? text.slice(prev.end, m.start) : "";
    if (prev?.spec.type === "weekday" && m.spec.type === "day" && /^,?\s*\(?(?:the\s+)?$/.test(gap)) {
      out[out.length - 1] = {
        start: prev.start,
        end: m.end,
        spec: { ...m.spec, weekday: m.spec.weekday ?? prev.spec.weekday },
      };
    } else if (
      prev &&
      prev.spec.type === m.spec.type &&
      prev.spec.type !== "relative" &&
      prev.spec.type !== "anchored" &&
      (isSpan(gap, text.slice(Math.max(0, prev.start - 24), prev.start), m.spec.type) ||
        adjacentDays(prev.spec, m.spec, gap))
    ) {
      // "from Tuesday to Thursday", "between May 3 and May 5": one span, not two dates.
      out[out.length - 1] = {
        start: prev.start,
        end: m.end,
        spec: { type: "pair", from: prev.spec, to: m.spec },
      };
    } else out.push(m);
  }
  return out.slice(0, MAX_MENTIONS_PER_SENTENCE).map((m) => withNextDay(m, text));
}

/**
 * "on May 17 and 18", "on 17 and 18 May": a bare day joined by "and" to a date, a day or three
 * apart, is the sitting's other day.
 */
function withNextDay(m: Mention, text: string): Mention {
  if (m.spec.type !== "day" || m.spec.endDay !== undefined) return m;
  const { day } = m.spec;
  const next = NEXT_DAY.exec(text.slice(m.end, m.end + 16));
  const later = next ? Number(next[1]) : NaN;
  if (next && later - day >= 1 && later - day <= 3)
    return {
      start: m.start,
      end: m.end + next[0].length,
      spec: { ...m.spec, endMonth: m.spec.month, endDay: later },
    };
  const prev = PREV_DAY.exec(text.slice(Math.max(0, m.start - 16), m.start));
  const earlier = prev ? Number(prev[1]) : NaN;
  if (prev && day - earlier >= 1 && day - earlier <= 3)
    return {
      start: m.start - prev[0].length,
      end: m.end,
      spec: { ...m.spec, day: earlier, endMonth: m.spec.month, endDay: day },
    };
  return m;
}
const NEXT_DAY =
  /^\s+and\s+(\d{1,2})(?:st|nd|rd|th)?(?=\s*(?:[,.;)]|$)|\s+(?:in|at|on|for|with|and|to|during|after|before|when|as|under)\b)/i;
const PREV_DAY = /\b(\d{1,2})(?:st|nd|rd|th)?\s+and\s+$/;

const OPENED = /\b(?:opened|began|started|kicked off|convened|got under way|got underway)\s+(?:on\s+)?$/i;
/** "ended on Y", "ended late on Y", "ended in the early hours of Y": the sitting's last day, however put. */
const CLOSED =
  /^,?\s+(?:and|before|then)\s+(?:(?:they|it|talks)\s+)?(?:closed|ended|concluded|wrapped up|finished|broke up|adjourned)\s+(?:(?:late|early)\s+)?(?:on\s+(?:the\s+(?:morning|evening|night)\s+of\s+)?|in\s+the\s+(?:early|small|first)\s+hours\s+of\s+)?$/i;

/** "from Tuesday to Thursday", "between May 3 and May 5", "May 3-5", "on Saturday and Sunday". */
function isSpan(gap: string, before: string, type: string): boolean {
  if (/^\s*[-–]\s*$/.test(gap)) return true;
  // "opened Saturday and closed Monday", "began on May 3 and ended on May 5": a sitting's two ends.
  if (OPENED.test(before) && CLOSED.test(gap)) return true;
  if (type === "weekday" && /^\s+and\s+$/i.test(gap)) return true;
  return /^\s+(?:to|through|until|till|and)\s+$/i.test(gap) && /\b(?:from|between)\s+$/i.test(before);
}

/**
 * "on 28 February and 1 March", "on May 17 and 18": two days a few days apart, joined by "and",
 * are one sitting over both. Days further apart stay two dates ("on May 3 and May 17").
 */
function adjacentDays(a: Spec, b: Spec, gap: string): boolean {
  if (a.type !== "day" || b.type !== "day" || !/^\s+and\s+$/i.test(gap)) return false;
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return false;
  const year = a.year ?? b.year ?? 2001;
  // "31 December and 1 January" runs into the next year.
  const next = b.month < a.month && b.year === undefined ? 1 : 0;
  const apart = (Date.UTC(year + next, b.month - 1, b.day) - Date.UTC(year, a.month - 1, a.day)) / 86_400_000;
  return apart >= 1 && apart <= 3;
}

/** Every date phrase in a sentence, in order, overlaps settled. */
export function findMentions(text: string): Mention[] {
  const anchored = ANCHORED_HINT.test(text) ? [...anchoredMentions(text), ...ordinalDayMentions(text)] : [];
  return settle([...chronoMentions(text), ...ruleMentions(text), ...anchored], text);
}
