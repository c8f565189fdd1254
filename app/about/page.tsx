import type { Metadata } from "next";
import { VerdictBadge } from "@/components/verdict";
import type { Verdict } from "@/lib/analysis/values";

export const metadata: Metadata = { title: "How verdicts work" };

const VERDICTS: { verdict: Verdict; meaning: string; example: string }[] = [
  {
    verdict: "agree",
    meaning: "Every source that speaks to the point says the same thing.",
    example: "Two reports both name Steve Witkoff and Jared Kushner as the US envoys.",
  },
  {
    verdict: "contradict",
    meaning: "The sources cannot all be right: the names, dates or figures exclude each other.",
    example: "One report dates the meeting to April 16, another to December 2.",
  },
  {
    verdict: "partial",
    meaning: "The sources are compatible but not the same: one says more, or less precisely.",
    example: "“Five hours” against “several hours”; {Witkoff, Kushner} against {Witkoff}.",
  },
  {
    verdict: "single",
    meaning: "Only one source speaks to the point, so there is nothing to check it against.",
    example: "Only one report mentions a prisoner exchange.",
  },
];

/** How Parallax decides a verdict: static text, and the plainest page of the app. */
export default function AboutPage() {
  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-2xl font-semibold">How verdicts work</h1>
      <p>
        Parallax lines up the claims that different articles make about the same question (who was in the
        room, when it happened, what was on the table) and gives each question a verdict. Claims are compared
        by their values, not their wording: dates as ranges of days, durations and counts as intervals, people
        by their canonical names, plan terms by whether they were proposed or ruled out.
      </p>
      <dl className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
        {VERDICTS.map(({ verdict, meaning, example }) => (
          <div key={verdict} className="grid gap-1 p-4 sm:grid-cols-[10rem_1fr]">
            <dt>
              <VerdictBadge verdict={verdict} />
            </dt>
            <dd>
              <p>{meaning}</p>
              <p className="mt-1 text-sm text-stone-600">For example: {example}</p>
            </dd>
          </div>
        ))}
      </dl>
      <p>
        An annotator can link two claims as agreeing or contradicting; such a link overrides the computed
        verdict. Every change is kept as a revision, and a link to a revision always shows exactly what was
        shared.
      </p>
    </article>
  );
}
