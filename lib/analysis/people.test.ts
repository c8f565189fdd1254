import { describe, expect, it } from "vitest";
import { extractPeople } from "./people";
import { peopleKit } from "./people-test-kit";
import { splitSentences } from "./text";
import { claimValueSchema, slotSchema } from "./values";

const { extract, names, seats, inSlot } = peopleKit("2025-03-02");

describe("finding people", () => {
  it("finds names after titles, roles and honorifics", () => {
    const body =
      "Kremlin spokesman Dmitry Peskov said the meeting would go ahead. " +
      "Special Envoy Clara Whitmore arrived on Monday with Mr. Oduya and Dr. Ines Carvalho.";
    expect(names(body)).toEqual(["Clara Whitmore", "Dmitry Peskov", "Ines Carvalho", "Oduya"]);
  });

  it("finds names nobody has seen before, from appositions and reporting verbs", () => {
    const body =
      "Talks resumed in Jeddah. Tirab Adoum, a senior adviser to the paramilitary commander, arrived late. " +
      "Zarifa Omondi, the African Union mediator, said the parties were close.";
    expect(names(body)).toEqual(["Tirab Adoum", "Zarifa Omondi"]);
  });

  it("skips places, bodies, calendar words and capitalised common words", () => {
    const body = [
      "Critical Talks in Moscow: US and Russia Seek Peace",
      "Despite past disappointments, negotiators returned to Istanbul on Tuesday.",
      "Talks may resume in May, the Kremlin said, while Hamas said it was studying the text.",
      "The State Department and the White House declined to comment on the Minsk Agreements.",
      "It was the largest war in Europe since World War II, analysts in Florida noted.",
      "Tuesday’s session ended early; NATO and the European Union were not invited.",
    ].join("\n");
    expect(names(body)).toEqual([]);
  });

  it("ignores a name used only inside a quotation", () => {
    expect(names("The minister said: “Viktor Orlov betrayed this country.”")).toEqual([]);
    expect(names('He added, "Nobody trusts Viktor Orlov anymore."')).toEqual([]);
    expect(names("Viktor Orlov replied that “Viktor Orlov keeps his word.”")).toEqual(["Viktor Orlov"]);
  });

  it("reads headline case only for people the article names", () => {
    const body =
      "Witkoff Meets Putin Ahead of Tuesday’s Talks\nUS envoy Steve Witkoff met Russian President Vladimir Putin.";
    const claims = extract(body);
    expect(claims.every((c) => c.start > body.indexOf("\n"))).toBe(true);
    expect(names(body)).toEqual(["Steve Witkoff", "Vladimir Putin"]);
  });

  it("lists people joined by 'and' once one of them is known", () => {
    const body = "US envoys Hale and Brandt met Russian officials in Riyadh for the talks.";
    expect(names(body)).toEqual(["Brandt", "Hale"]);
  });

  it("anchors every claim on the name as written", () => {
    const body =
      "Ukrainian President Volodymyr Zelenskyy’s chief of staff, Andriy Sobko, joined the talks in Geneva.";
    for (const c of extract(body)) expect(body.slice(c.start, c.end)).toBe(c.quote);
    expect(extract(body).map((c) => c.quote)).toContain("Volodymyr Zelenskyy");
  });
});

describe("canonical names within an article", () => {
  it("resolves surnames and variants to the full name first seen", () => {
    const body =
      "Stephen Witkoff arrived in Moscow on Tuesday. Witkoff’s visit was his sixth. " +
      "Mr. Witkoff said later that Steve Witkoff had no comment.";
    const claims = extract(body);
    expect(new Set(claims.map((c) => c.value.name))).toEqual(new Set(["Stephen Witkoff"]));
    expect(claims).toHaveLength(1);
  });

  it("uses the fullest form even when the surname comes first", () => {
    const body = "Zelensky spoke to reporters. Later, Ukrainian President Volodymyr Zelensky flew to Dublin.";
    expect(inSlot(body, "ukraine.president")).toEqual(["Volodymyr Zelensky"]);
  });
});

describe("roles and sides", () => {
  it("keeps roles short and takes sides from titles", () => {
    const claims = extract(
      "Kremlin spokesman Dmitry Peskov confirmed the date. Egyptian Foreign Minister Karim Farouk hosted the talks.",
    );
    expect(claims.find((c) => c.value.name === "Dmitry Peskov")?.value).toEqual({
      name: "Dmitry Peskov",
      role: "Kremlin spokesman",
      side: "russia",
    });
    expect(claims.find((c) => c.value.name === "Karim Farouk")?.value.side).toBe("egypt");
  });

  it("describes relatives by the person they are related to", () => {
    const body =
      "President Donald Trump spoke by phone. Jared Kushner, Mr. Trump’s son-in-law, is expected to take part in the talks.";
    const kushner = extract(body).find((c) => c.value.name === "Jared Kushner");
    expect(kushner?.value.role).toBe("son-in-law of Donald Trump");
  });

  it("reads a role given before the name", () => {
    const body = "Estonia’s foreign policy chief, Kaja Lind, called the offer cynical.";
    expect(extract(body)[0]?.value).toEqual({
      name: "Kaja Lind",
      role: "foreign policy chief",
      side: "estonia",
    });
  });

  it("carries a side found once to later mentions", () => {
    const body =
      "Armenian Foreign Minister Aram Petrosyan arrived first. Petrosyan then met the mediators for talks.";
    expect(extract(body).every((c) => c.value.side === "armenia")).toBe(true);
  });

  it("omits a side the text does not give", () => {
    const body = "Lena Marquardt, a professor of history, called the plan unworkable.";
    expect(extract(body)[0]?.value).toEqual({ name: "Lena Marquardt", role: "professor of history" });
  });
});

describe("slots", () => {
  it("seats envoys and hosts of the Moscow talks", () => {
    const body =
      "US envoy Steve Witkoff and President Donald Trump's son-in-law, Jared Kushner, held talks with Russian President Vladimir Putin at the Kremlin on Tuesday. " +
      "Kremlin aide Yuri Ushakov said the talks were useful.";
    const got = seats(body);
    expect(got).toContain("delegation.us Steve Witkoff");
    expect(got).toContain("delegation.us Jared Kushner");
    expect(got).toContain("us.president Donald Trump");
    expect(got).toContain("russia.president Vladimir Putin");
    expect(got).toContain("delegation.russia Vladimir Putin");
    expect(got).not.toContain("delegation.us Donald Trump");
    expect(got).not.toContain("delegation.russia Yuri Ushakov");
  });

  it("seats a Gaza ceasefire round: mediators and both delegations", () => {
    const body =
      "Egyptian and Qatari mediators hosted Israeli and Hamas negotiators in Cairo on Sunday. " +
      "The Israeli team was led by Avi Rosen, a senior adviser to the prime minister, while Hamas was represented by Yusuf Haddad, the head of its political office. " +
      "Egypt’s intelligence chief, Gen. Samir Fahmy, and Qatar's minister of state, Laila Nouri, shuttled between the two rooms. " +
      "A Hamas spokesman, Tarek Zayed, said the movement was studying the text.";
    expect(inSlot(body, "delegation.israel")).toEqual(["Avi Rosen"]);
    expect(inSlot(body, "delegation.hamas")).toEqual(["Yusuf Haddad"]);
    expect(inSlot(body, "delegation.egypt")).toEqual(["Samir Fahmy"]);
    expect(inSlot(body, "delegation.qatar")).toEqual(["Laila Nouri"]);
    expect(inSlot(body, "hamas.spokesperson")).toEqual(["Tarek Zayed"]);
  });

  it("seats a trade round, members named before or after their delegation", () => {
    const body =
      "Commerce Secretary Dana Whitfield and Trade Representative Omar Castillo led the American delegation in Geneva. " +
      "China's team was headed by Vice Premier Zhou Lan, who was accompanied by Finance Minister Chen Bo. " +
      "“Frameworks are easy,” said Helen Marsh, a fellow at the Atlantic Trade Council.";
    expect(inSlot(body, "delegation.us")).toEqual(["Dana Whitfield", "Omar Castillo"]);
    expect(inSlot(body, "delegation.china")).toEqual(["Chen Bo", "Zhou Lan"]);
    expect(inSlot(body, "people.mentioned")).toEqual(["Helen Marsh"]);
    expect(seats(body).some((s) => s.startsWith("china.prime-minister"))).toBe(false);
  });

  it("seats Sudan's warring parties and the Saudi chair", () => {
    const body =
      "Sudan's army and the RSF met in Jeddah. The army delegation was led by Lt. Gen. Osman Bakri, a deputy chief of staff. " +
      "The RSF sent Adam Tirab, a senior adviser to the group's commander, and Hamid Jaber, its head of political affairs. " +
      "The session was chaired by Saudi Deputy Foreign Minister Faisal Al-Otaibi.";
    expect(inSlot(body, "delegation.sudan")).toEqual(["Osman Bakri"]);
    expect(inSlot(body, "delegation.rsf")).toEqual(["Adam Tirab", "Hamid Jaber"]);
    expect(inSlot(body, "delegation.saudi-arabia")).toEqual(["Faisal Al-Otaibi"]);
  });

  it("seats people named for a side: 'X for Armenia and Y for Azerbaijan'", () => {
    const body =
      "The negotiators in Washington were Aram Petrosyan for Armenia and Elnur Mammadov for Azerbaijan. " +
      "Armenian Prime Minister Davit Harutyunyan welcomed the progress.";
    expect(inSlot(body, "delegation.armenia")).toEqual(["Aram Petrosyan"]);
    expect(inSlot(body, "delegation.azerbaijan")).toEqual(["Elnur Mammadov"]);
    expect(inSlot(body, "armenia.prime-minister")).toEqual(["Davit Harutyunyan"]);
    expect(inSlot(body, "delegation.armenia")).not.toContain("Davit Harutyunyan");
  });

  it("gives each article's US president a us.president claim, Biden or Trump", () => {
    const a = "The approaching election has raised pressure on the Biden administration to show progress.";
    const b = "The US envoys will return to Washington to brief President Trump on the talks.";
    expect(inSlot(a, "us.president")).toEqual(["Biden"]);
    expect(inSlot(b, "us.president")).toEqual(["Trump"]);
    const c = "President Joe Biden met allies in Brussels. The Biden administration said little.";
    expect(inSlot(c, "us.president")).toEqual(["Joe Biden"]);
  });

  it("does not seat leaders at home, former officials or people at other meetings", () => {
    const body =
      "Ukrainian President Petro Marchenko met French President Alain Dufresne in Paris on Monday. " +
      "Former US ambassador Ruth Kaplan said the talks in Istanbul would fail.";
    const got = seats(body);
    expect(got.filter((s) => s.startsWith("delegation."))).toEqual([]);
    expect(got).toContain("ukraine.president Petro Marchenko");
    expect(got).toContain("france.president Alain Dufresne");
  });

  it("emits one claim per person and slot", () => {
    const body =
      "US envoy Steve Witkoff met Putin. Witkoff met Putin again. Envoy Witkoff and Russian President Vladimir Putin talked for hours.";
    const got = seats(body);
    expect(got.filter((s) => s === "delegation.us Steve Witkoff")).toHaveLength(1);
  });
});

describe("unseen negotiations", () => {
  it("does not give someone the office named inside their role", () => {
    const body =
      "The Congolese delegation was headed by Sumbu Mambu, a senior adviser to President Felix Ndaye, while the rebels sent two commanders.";
    const got = seats(body);
    expect(got).toContain("delegation.dr-congo Sumbu Mambu");
    expect(got.some((s) => s.includes("president Sumbu Mambu"))).toBe(false);
    expect(got).not.toContain("delegation.dr-congo Felix Ndaye");
  });

  it("keeps particles inside names and seats the host's guests", () => {
    const body =
      "European Commission President Ursula von der Leyen hosted Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti for five hours of talks.";
    const got = seats(body);
    expect(got).toContain("eu.president Ursula von der Leyen");
    expect(got).toContain("delegation.serbia Aleksandar Vucic");
    expect(got).toContain("delegation.kosovo Albin Kurti");
  });

  it("seats a group the side table does not list, known by its acronym", () => {
    const body = "The ELN sent its chief negotiator, Pablo Beltrán, to the talks in Havana.";
    expect(inSlot(body, "delegation.eln")).toEqual(["Pablo Beltrán"]);
  });

  it("reads titles only one government uses, and bylines", () => {
    const body =
      "By Hannah Weiss\nThe EU trade commissioner held talks with Commerce Secretary Howard Lutnick in Washington.";
    expect(names(body)).toEqual(["Hannah Weiss", "Howard Lutnick"]);
    expect(extract(body).find((c) => c.value.name === "Howard Lutnick")?.value.side).toBe("us");
  });
});

describe("attribution", () => {
  it("carries the speaker of the sentence", () => {
    const body = "Witkoff and Kushner met Putin for five hours, Kremlin aide Yuri Ushakov said.";
    const claims = extract(body);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.attribution).toBe("Yuri Ushakov");
  });

  it("resolves a surname speaker to the person named earlier", () => {
    const body =
      "Kremlin aide Yuri Ushakov attended the talks. Putin was in a good mood, Ushakov said of President Vladimir Putin.";
    const putin = extract(body).find((c) => c.value.name === "Vladimir Putin");
    expect(putin?.attribution).toBe("Yuri Ushakov");
  });
});

describe("contract", () => {
  it("emits values and slots the schemas accept, anchored on the body", () => {
    const body = [
      "US envoy Steve Witkoff and President Donald Trump's son-in-law, Jared Kushner, held talks with Russian President Vladimir Putin.",
      "The SPLM-N sent its negotiator, Amar Daldoum, to Juba. The Biden administration stayed silent.",
      "Kremlin spokesman Dmitry Peskov said the ELN delegation, led by Pablo Beltrán, had not arrived.",
    ].join("\n");
    const claims = extractPeople({ body, publishedAt: null, sentences: splitSentences(body) });
    expect(claims.length).toBeGreaterThan(5);
    for (const c of claims) {
      expect(claimValueSchema.safeParse({ kind: c.kind, value: c.value }).success).toBe(true);
      expect(slotSchema.safeParse(c.slot).success).toBe(true);
      expect(body.slice(c.start, c.end)).toBe(c.quote);
      expect(c.topic).toBe("envoys");
    }
  });
});

describe("hostile input", () => {
  // How fast is bench/hostile.ts's to say; here the answers must be sane.
  const people = (body: string) =>
    extractPeople({ body, publishedAt: null, sentences: splitSentences(body) });

  it("handles empty and punctuation-only text", () => {
    expect(people("")).toEqual([]);
    expect(people('!?.,;:"“”‘’()[]—– '.repeat(60_000))).toEqual([]);
  });

  it("handles mixed scripts", () => {
    const body =
      "Президент Владимир Путин встретился. 习近平 met Mr. 李强 in 北京. الرئيس said “سلام”. Envoy Mira Olsen agreed.".repeat(
        200,
      );
    const claims = people(body);
    expect(claims.map((c) => (c.kind === "person" ? c.value.name : ""))).toContain("Mira Olsen");
    for (const c of claims) expect(body.slice(c.start, c.end)).toBe(c.quote);
  });

  it("reads one endless sentence", () => {
    const body = "President Steve Witkoff said Mr. Kushner met Ambassador Jane Doe and ".repeat(3_000);
    expect(body.length).toBeGreaterThan(200_000);
    expect(people(body).length).toBeGreaterThan(0);
  });
});

describe("bodies too long to be one article", () => {
  it("reads the first 2,000 mentions of people and leaves the rest, as dates and figures stop at their caps", () => {
    const early = "Special envoy Anna Bergstrom spoke to reporters. ".repeat(2_100);
    const body = `${early}Special envoy Lukas Hoffmann spoke to reporters.`;
    const found = names(body);
    expect(found).toContain("Anna Bergstrom");
    expect(found).not.toContain("Lukas Hoffmann");
    expect(names("Special envoy Lukas Hoffmann spoke to reporters.")).toContain("Lukas Hoffmann");
  });
});
