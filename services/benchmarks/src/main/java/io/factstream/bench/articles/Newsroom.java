package io.factstream.bench.articles;

import java.util.List;

/** The fictional outlets and the stories they all cover. Every name, place and figure here is invented. */
final class Newsroom {
    private Newsroom() {
    }

    /** @param handle the social-media handle the outlet advertises under its articles */
    record Outlet(String domain, String name, String handle) {
    }

    /**
     * A story several outlets cover.
     *
     * @param subject the thing the story is about, as it appears mid-sentence
     * @param ledes   opening sentences; {@code titles} headlines; both are phrasebook templates
     */
    record Story(String slug, String subject, String agency, String place, List<String> titles, List<String> ledes) {
    }

    static final List<Outlet> OUTLETS = List.of(
            new Outlet("harbor-daily.example", "Harbor Daily", "@harbordaily"),
            new Outlet("coastline-courier.example", "Coastline Courier", "@coastcourier"),
            new Outlet("ridge-gazette.example", "Ridge Gazette", "@ridgegazette"),
            new Outlet("valley-ledger.example", "Valley Ledger", "@valleyledger"),
            new Outlet("northgate-tribune.example", "Northgate Tribune", "@ngtribune"),
            new Outlet("lakeside-observer.example", "Lakeside Observer", "@lakesideobs"),
            new Outlet("prairie-post.example", "Prairie Post", "@prairiepost"));

    static final List<Story> STORIES = List.of(
            new Story("westport-bridge", "the Westport bridge", "the state transport department", "Westport",
                    List.of("{Subject} reopens after {months}-month repair",
                            "Traffic returns to {subject} as repair bill reaches {money}"),
                    List.of("{Subject} reopened to traffic on {weekday} after {months} months of repairs that cost {money}.",
                            "Drivers crossed {subject} again on {weekday}, ending a closure that began in {month} {year}.")),
            new Story("saltmarsh-strike", "the strike at the Saltmarsh container terminal", "the port authority",
                    "Saltmarsh",
                    List.of("Dock workers extend {subject} into a {ordinal} week",
                            "Talks stall as {subject} halts {number} containers"),
                    List.of("{Subject} entered its {ordinal} week on {weekday}, with {number} containers waiting on the quay.",
                            "Negotiators failed to end {subject} on {weekday} after {small} hours of talks.")),
            new Story("alder-schools", "the Alder County school budget", "the school board", "Alder Falls",
                    List.of("Board approves {money} cut in {subject}",
                            "Parents protest as {subject} goes to a vote"),
                    List.of("The school board voted {small} to {tiny} on {weekday} to cut {money} from {subject}.",
                            "More than {number} parents packed the hearing on {subject} in {place} on {weekday}.")),
            new Story("copper-ridge-fire", "the Copper Ridge fire", "the forest service", "Copper Ridge",
                    List.of("{Subject} grows to {number} hectares",
                            "Evacuations ordered as {subject} jumps the highway"),
                    List.of("{Subject} had burned {number} hectares by {weekday} evening and was {percent} percent contained.",
                            "Crews working through the night slowed {subject} on {weekday}, officials said.")),
            new Story("st-brigid-hospital", "the expansion of St. Brigid's regional hospital", "the regional health trust",
                    "Fenwick",
                    List.of("Health trust commits {money} to {subject}",
                            "Delays and cost questions hang over {subject}"),
                    List.of("The regional health trust committed {money} on {weekday} to {subject}, adding {small} wards.",
                            "Work on {subject} will start in {month}, {months} months later than planned.")),
            new Story("eastline-tram", "the Eastline tram extension", "the metro transit agency", "Oakmere",
                    List.of("{Subject} wins final approval",
                            "Fares and routes set for {subject}"),
                    List.of("{Subject} won final approval on {weekday}, clearing the way for {small} new stops.",
                            "Passengers on {subject} will pay the standard fare when it opens in {month} {nextYear}.")),
            new Story("millbrook-barrier", "the Millbrook flood barrier", "the river board", "Millbrook",
                    List.of("{Subject} holds as river peaks",
                            "Questions raised over {subject} after heavy rain"),
                    List.of("{Subject} held on {weekday} as the river rose {tiny} metres above its normal level.",
                            "Engineers inspected {subject} on {weekday} after {number} millimetres of rain in two days.")),
            new Story("kestrel-foods", "the closure of the Kestrel Foods plant in Dunmore", "the company", "Dunmore",
                    List.of("{number} jobs at risk in {subject}",
                            "Town weighs its future after {subject}"),
                    List.of("Workers learned on {weekday} of {subject}, which employs {number} people.",
                            "{Subject} was confirmed on {weekday}, ending {small} decades of production in the town.")));
}
