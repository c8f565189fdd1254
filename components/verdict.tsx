import type { Verdict } from "@/lib/analysis/values";

/** Every verdict has a word and a symbol as well as a colour, so colour is never the only cue. */
export const VERDICT_META: Record<Verdict, { label: string; icon: string; badge: string }> = {
  contradict: { label: "Contradict", icon: "✕", badge: "bg-red-100 text-red-900 ring-red-700/40" },
  partial: { label: "Partial", icon: "≈", badge: "bg-amber-100 text-amber-950 ring-amber-700/40" },
  agree: { label: "Agree", icon: "✓", badge: "bg-emerald-100 text-emerald-950 ring-emerald-700/40" },
  single: { label: "Single source", icon: "•", badge: "bg-stone-200 text-stone-800 ring-stone-500/40" },
};

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const meta = VERDICT_META[verdict];
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ${meta.badge}`}
    >
      <span aria-hidden="true">{meta.icon}</span>
      {meta.label}
    </span>
  );
}

/** The legend that explains highlight styles; the same symbols and underlines as the text. */
export function VerdictLegend() {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Legend">
      {(Object.keys(VERDICT_META) as Verdict[]).map((verdict) => (
        <li key={verdict}>
          <mark className="claim-mark" data-verdict={verdict}>
            {VERDICT_META[verdict].label.toLowerCase()}
          </mark>
        </li>
      ))}
    </ul>
  );
}
