import { describe, expect, it } from "vitest";
import { clauseAround, detectTense } from "./tense";

/** The tense read around the first occurrence of `date` in `text`. */
function tenseOf(text: string, date: string) {
  const start = text.indexOf(date);
  return detectTense(text, start, start + date.length);
}

describe("detectTense", () => {
  it("does not let a modal in a later clause govern the date", () => {
    expect(
      tenseOf(
        "Mediators held six hours of talks in Cairo on Sunday, pressing both sides to accept a truce that would begin at once.",
        "Sunday",
      ),
    ).toBe("past");
    expect(
      tenseOf("The talks in Baku on Friday, which will be the third round, are closed.", "Friday"),
    ).not.toBe("future");
  });

  it("still reads a modal in the date's own clause, or after a date that opens the sentence", () => {
    expect(tenseOf("The delegation would report back to the cabinet on Monday.", "Monday")).toBe("future");
    expect(tenseOf("The talks on Monday will focus on prisoners.", "Monday")).toBe("future");
    expect(tenseOf("On Monday, the delegation will report back to the cabinet.", "Monday")).toBe("future");
  });

  it("takes wrapping up and finishing as past, however far from the date", () => {
    expect(
      tenseOf(
        "The two governments wrapped up two days of trade talks in Geneva on Sunday with a promise that tariffs would fall.",
        "Sunday",
      ),
    ).toBe("past");
  });
});

describe("clauseAround and asides between dashes", () => {
  const clause = (text: string, word: string) => {
    const at = text.indexOf(word);
    const c = clauseAround(text, at, at + word.length);
    return text.slice(c.start, c.end);
  };

  it("steps over an aside set off by two dashes", () => {
    const text = "The summit — only the second this decade — opened on Friday in Accra.";
    expect(clause(text, "Friday")).toBe(text);
  });

  it("keeps a mention inside the aside to the aside", () => {
    const text = "The summit — only the second since March — opened on Friday in Accra.";
    expect(clause(text, "March")).toBe("only the second since March");
  });

  it("still breaks at a single dash and at a semicolon", () => {
    expect(clause("Talks ended on Friday - the rebels walked out.", "Friday")).toBe("Talks ended on Friday");
    expect(clause("A truce held in June; talks — a first — came on Friday.", "Friday")).toBe(
      " talks — a first — came on Friday.",
    );
  });
});
