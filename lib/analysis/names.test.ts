import { describe, expect, it } from "vitest";
import {
  familyKeys,
  canonicalGivenName,
  canonicalPersonKey,
  cannotBePerson,
  cleanPersonName,
  PersonRegistry,
  samePerson,
} from "./names";

describe("canonicalPersonKey", () => {
  it("ignores titles, possessives and given-name variants", () => {
    const key = canonicalPersonKey("Steve Witkoff");
    for (const form of [
      "Mr. Witkoff",
      "Stephen Witkoff",
      "Steven Witkoff",
      "Witkoff’s",
      "Witkoff's",
      "Envoy Witkoff",
    ]) {
      expect(canonicalPersonKey(form)).toBe(key);
    }
  });

  it("folds transliteration variants of one surname", () => {
    const key = canonicalPersonKey("Volodymyr Zelensky");
    for (const form of ["Zelenskyy", "Zelenskiy", "Zelenskii", "President Zelenskyj", "Zelensky's"]) {
      expect(canonicalPersonKey(form)).toBe(key);
    }
    expect(canonicalPersonKey("Dmitry Peskov")).toBe(canonicalPersonKey("Dmitri Peskoff"));
    expect(canonicalPersonKey("Muammar Qaddafi")).toBe(canonicalPersonKey("Kadhafi"));
    expect(canonicalPersonKey("Clémentine Roux")).toBe(canonicalPersonKey("Clementine Roux"));
  });

  it("drops Arabic articles, military ranks and suffixes", () => {
    expect(canonicalPersonKey("Lt. Gen. Abdel Fattah al-Burhan")).toBe(canonicalPersonKey("Burhan"));
    expect(canonicalPersonKey("Sheikh Mohammed bin Abdulrahman Al Thani")).toBe(
      canonicalPersonKey("Mr. Al Thani"),
    );
    expect(canonicalPersonKey("Martin Luther King Jr.")).toBe(canonicalPersonKey("Dr. King"));
  });

  it("keys surname-first names on the family name", () => {
    expect(canonicalPersonKey("Xi Jinping")).toBe(canonicalPersonKey("Mr. Xi"));
    expect(canonicalPersonKey("He Lifeng")).toBe(canonicalPersonKey("Vice Premier He"));
    expect(canonicalPersonKey("Kim Jong Un")).toBe(canonicalPersonKey("Kim"));
  });

  it("tells different people apart and is total", () => {
    expect(canonicalPersonKey("Jared Kushner")).not.toBe(canonicalPersonKey("Steve Witkoff"));
    expect(canonicalPersonKey("Joe Biden")).not.toBe(canonicalPersonKey("Donald Trump"));
    expect(canonicalPersonKey("")).toBe("");
    expect(canonicalPersonKey("  ,;  ")).toBe("");
    expect(canonicalPersonKey("习近平")).toBe("");
  });
});

describe("given names and identity", () => {
  it("maps diminutives to one root", () => {
    expect(canonicalGivenName("Steve Witkoff")).toBe("stephen");
    expect(canonicalGivenName("Bill Burns")).toBe(canonicalGivenName("William Burns"));
    expect(canonicalGivenName("Mike Waltz")).toBe(canonicalGivenName("Michael Waltz"));
    expect(canonicalGivenName("Volodymyr Zelensky")).toBe(canonicalGivenName("Vladimir Zelensky"));
    expect(canonicalGivenName("Mr. Witkoff")).toBeNull();
  });

  it("samePerson keeps relatives apart but lets a bare surname match", () => {
    expect(samePerson("Hillary Clinton", "Bill Clinton")).toBe(false);
    expect(samePerson("Mr. Clinton", "Bill Clinton")).toBe(true);
    expect(samePerson("J. Kushner", "Jared Kushner")).toBe(true);
    expect(samePerson("Stephen Witkoff", "Steve Witkoff")).toBe(true);
  });

  it("cleans display names", () => {
    expect(cleanPersonName("Mr. Witkoff’s")).toBe("Witkoff");
    expect(cleanPersonName("President Donald Trump")).toBe("Donald Trump");
    expect(cleanPersonName("Sir Keir Starmer")).toBe("Keir Starmer");
    // A title that is also a given name stays when only the surname follows.
    expect(cleanPersonName("Amir Haddad")).toBe("Amir Haddad");
  });

  it("treats a particle-led surname as having no given name", () => {
    expect(canonicalGivenName("De la Torre")).toBeNull();
    expect(canonicalGivenName("van der Merwe")).toBeNull();
    expect(samePerson("De la Torre", "Luis Alberto de la Torre")).toBe(true);
    expect(canonicalPersonKey("Luis Alberto de la Torre")).toBe(canonicalPersonKey("De la Torre"));
  });
});

describe("PersonRegistry", () => {
  it("resolves a later surname to the full name first seen", () => {
    const registry = new PersonRegistry();
    const full = registry.register("Steve Witkoff");
    expect(registry.lookup("Mr. Witkoff")).toBe(full);
    expect(registry.lookup("Witkoff's")).toBe(full);
    expect(registry.register("Stephen Witkoff")).toBe(full);
    expect(full?.display).toBe("Steve Witkoff");
  });

  it("upgrades a surname-only person when the full name comes later", () => {
    const registry = new PersonRegistry();
    const bare = registry.register("Nouri");
    const full = registry.register("Laila Nouri");
    expect(full).toBe(bare);
    expect(full?.display).toBe("Laila Nouri");
  });

  it("finds a person with two family names by either", () => {
    const registry = new PersonRegistry();
    const full = registry.register("Mauricio Restrepo Lozano");
    expect(registry.lookup("Mr. Restrepo")).toBe(full);
    expect(registry.lookup("Lozano")).toBe(full);
    expect(registry.register("Ana Restrepo")).not.toBe(full);
    expect(familyKeys("Luis de la Torre")).toEqual(familyKeys("Torre"));
    expect(familyKeys("John F. Kennedy")).toEqual(familyKeys("Kennedy"));
  });

  it("finds a person by the given name alone when it is the only one so named", () => {
    const registry = new PersonRegistry();
    const full = registry.register("Mesfin Alemayehu");
    registry.register("Tesfamariam Gebremedhin");
    expect(registry.lookup("Mesfin")).toBe(full);
    registry.register("Mesfin Tadesse");
    expect(registry.lookup("Mesfin")).toBeNull();
  });

  it("keeps two people with one surname apart", () => {
    const registry = new PersonRegistry();
    const a = registry.register("Hillary Clinton");
    const b = registry.register("Bill Clinton");
    expect(a).not.toBe(b);
    expect(registry.lookup("William Clinton")).toBe(b);
    expect(registry.lookup("Mr. Clinton")).not.toBeNull();
  });
});

describe("cannotBePerson", () => {
  it("rejects calendar words, places, bodies and events", () => {
    for (const words of [
      ["May"],
      ["Tuesday’s"],
      ["Moscow"],
      ["Florida"],
      ["Istanbul"],
      ["Hamas"],
      ["NATO"],
      ["Kremlin"],
      ["White", "House"],
      ["State", "Department"],
      ["World", "War", "II"],
      ["Minsk", "Agreements"],
      ["Security", "Council"],
      ["Critical", "Talks"],
      ["Ministry"],
    ]) {
      expect(cannotBePerson(words), words.join(" ")).toBe(true);
    }
  });

  it("accepts names, including ones that end like a place", () => {
    for (const words of [
      ["Steve", "Witkoff"],
      ["Helen", "Marsh"],
      ["Zelensky"],
      ["Laila", "Nouri"],
      ["Rashid", "al-Amin"],
    ]) {
      expect(cannotBePerson(words), words.join(" ")).toBe(false);
    }
  });
});
