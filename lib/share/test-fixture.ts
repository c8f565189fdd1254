import type { ClaimValue, Topic } from "@/lib/analysis/values";
import type { Article } from "@/lib/validations/article";
import type { Claim } from "@/lib/validations/claim";
import { type Comparison, comparisonSchema } from "@/lib/validations/comparison";

/**
 * A small comparison for the export tests, written by hand so each test knows what to expect.
 * The texts hold what breaks exporters: astral characters before the quotes (UTF-16 offsets differ
 * from code points), commas, double quotes, a line break, markup and a spreadsheet formula.
 */
const CREATED = "2025-12-03T10:00:00.000Z";

function article(
  id: string,
  title: string,
  source: string | null,
  url: string | null,
  body: string,
): Article {
  return {
    id,
    title,
    source,
    author: null,
    url,
    publishedAt: "2025-12-03",
    createdAt: CREATED,
    claimCount: 0,
    body,
    contentHash: `hash-${id}`,
  };
}

function claimIn(
  of: Article,
  id: string,
  quote: string,
  topic: Topic,
  slot: string,
  typed: ClaimValue,
  extra: Partial<Pick<Claim, "status" | "origin" | "author">> = {},
): Claim {
  const start = of.body.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in ${of.id}`);
  const end = start + quote.length;
  return {
    id,
    articleId: of.id,
    start,
    end,
    quote,
    prefix: of.body.slice(Math.max(0, start - 32), start),
    suffix: of.body.slice(end, end + 32),
    orphaned: false,
    topic,
    slot,
    attribution: null,
    origin: extra.origin ?? "extracted",
    status: extra.status ?? "suggested",
    author: extra.author ?? null,
    version: 1,
    createdAt: CREATED,
    updatedAt: CREATED,
    ...typed,
  };
}

export const wire = article(
  "articleWire01",
  'Envoys meet Putin, "five hours" of talks',
  "Wire, Inc.",
  "https://news.example/wire/envoys?id=1&lang=en",
  "🇺🇸🇷🇺 Moscow — Steve Witkoff and Jared Kushner met Putin on December 2, 2025.\nThe talks lasted five hours. 𝒜 security guarantee was proposed.",
);

export const daily = article(
  "articleDaily2",
  '=HYPERLINK("http://evil.example","Click") <b>Daily</b> | report',
  null,
  null,
  "Eleanor Vance and Marcus Thorne, the envoys, met him on Tuesday, April 16. The talks lasted several hours. -NATO membership was ruled out.",
);

export const claims: Claim[] = [
  claimIn(wire, "claimWitkoff1", "Steve Witkoff", "envoys", "delegation.us", {
    kind: "person",
    value: { name: "Steve Witkoff", side: "us" },
  }),
  claimIn(daily, "claimVance001", "Eleanor Vance", "envoys", "delegation.us", {
    kind: "person",
    value: { name: "Eleanor Vance", side: "us" },
  }),
  claimIn(wire, "claimDateWire", "December 2, 2025", "dates", "meeting.date", {
    kind: "date",
    value: { start: "2025-12-02", end: "2025-12-02" },
  }),
  claimIn(daily, "claimDateDaly", "Tuesday, April 16", "dates", "meeting.date", {
    kind: "date",
    value: { start: null, end: null, parts: { month: 4, day: 16, weekday: 2 } },
  }),
  claimIn(wire, "claimHoursWir", "five hours", "dates", "meeting.duration", {
    kind: "quantity",
    value: { min: 5, max: 5, unit: "hour" },
  }),
  claimIn(daily, "claimHoursDly", "several hours", "dates", "meeting.duration", {
    kind: "quantity",
    value: { min: 3, max: 9, unit: "hour" },
  }),
  claimIn(
    daily,
    "claimNatoDaly",
    "-NATO membership was ruled out",
    "plan-terms",
    "plan.nato",
    { kind: "term", value: { term: "nato-membership", stance: "ruled-out" } },
    { origin: "annotator", status: "accepted", author: "ana" },
  ),
  claimIn(
    wire,
    "claimGuardWir",
    "𝒜 security guarantee",
    "plan-terms",
    "plan.security-guarantees",
    { kind: "term", value: { term: "security-guarantees", stance: "proposed" } },
    { status: "rejected" },
  ),
];

export const fixtureComparison: Comparison = comparisonSchema.parse({
  slug: "abcd2345",
  revision: 3,
  title: "Two takes, one meeting",
  createdAt: CREATED,
  articles: [wire, daily],
  claims,
  relations: [
    {
      id: "relationDate1",
      fromClaimId: "claimDateWire",
      toClaimId: "claimDateDaly",
      kind: "contradicts",
      note: 'December vs April, "Tuesday"',
      author: "ana",
      createdAt: CREATED,
    },
  ],
  rows: [
    {
      slot: "delegation.us",
      topic: "envoys",
      label: "US delegation",
      verdict: "contradict",
      reason: "Witkoff vs Vance",
      cells: [
        { articleId: wire.id, claimIds: ["claimWitkoff1"] },
        { articleId: daily.id, claimIds: ["claimVance001"] },
      ],
    },
    {
      slot: "meeting.date",
      topic: "dates",
      label: "Meeting date",
      verdict: "contradict",
      reason: 'Annotator: December vs April, "Tuesday"',
      cells: [
        { articleId: wire.id, claimIds: ["claimDateWire"] },
        { articleId: daily.id, claimIds: ["claimDateDaly"] },
      ],
    },
    {
      slot: "meeting.duration",
      topic: "dates",
      label: "Meeting duration",
      verdict: "agree",
      reason: "5 h within 3–9 h",
      cells: [
        { articleId: wire.id, claimIds: ["claimHoursWir"] },
        { articleId: daily.id, claimIds: ["claimHoursDly"] },
      ],
    },
    {
      slot: "plan.nato",
      topic: "plan-terms",
      label: "NATO membership",
      verdict: "single",
      reason: "only 1 source speaks: ruled out",
      cells: [
        { articleId: wire.id, claimIds: [] },
        { articleId: daily.id, claimIds: ["claimNatoDaly"] },
      ],
    },
  ],
});
