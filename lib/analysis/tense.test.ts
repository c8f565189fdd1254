import { describe, expect, it } from "vitest";
import { detectTense } from "./tense";

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
