package io.factstream.ingest.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlMainTextTest {
    private static final String URL = "https://harbor-daily.example/ferry";
    private static final String[] PARAGRAPHS = {
        "The island ferry returned to its full timetable on Monday, two weeks after a strike by deck crews halted "
                + "every crossing between the harbour and the mainland.",
        "Operators said 1,200 passengers travelled on the first day, roughly the number carried on an ordinary "
                + "weekday before the dispute, and that the morning boats were fully booked.",
        "The agreement gives crews a pay rise of four percent this year and another three percent next year, "
                + "as well as a shorter rota for the night shifts that started the dispute.",
        "Shops near the pier, which had seen far fewer visitors during the strike, said trade picked up within "
                + "hours of the first boat docking, although the weekend will be the real test.",
    };

    @Test
    void theArticleBecomesParagraphsWithoutPageChrome() {
        String html = "<html><head><title>Ferry line resumes | Harbor Daily</title><style>p{}</style></head><body>"
                + "<header><nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav></header>"
                + "<div class='sidebar'><ul><li><a href='/a'>Harbour tunnel opens next spring</a></li>"
                + "<li><a href='/b'>Island school gets a new roof</a></li></ul></div>"
                + "<main><article><h1>Ferry line resumes</h1>"
                + "<p>" + PARAGRAPHS[0] + "</p><script>track('view')</script>"
                + "<p>" + PARAGRAPHS[1].replace("1,200", "<b>1,200</b>") + "</p>"
                + "<h2>What the deal includes</h2>"
                + "<p>" + PARAGRAPHS[2] + "</p>"
                + "<ul><li>Four percent this year</li><li>Three percent next year</li></ul>"
                + "<div><p>" + PARAGRAPHS[3] + "</p></div>"
                + "</article></main>"
                + "<footer><p>Copyright 2026 Harbor Daily. All rights reserved.</p></footer></body></html>";
        List<String> texts = HtmlMainText.extract(html, URL).stream().map(TextBlock::text).toList();
        assertEquals(List.of(PARAGRAPHS[0], PARAGRAPHS[1], "What the deal includes", PARAGRAPHS[2],
                "Four percent this year", "Three percent next year", PARAGRAPHS[3]),
                texts.stream().filter(text -> !text.equals("Ferry line resumes")).toList());
        String all = String.join("\n", texts);
        assertFalse(all.contains("track("), all);
        assertFalse(all.contains("Sport"), all);
        assertFalse(all.contains("Copyright"), all);
        assertFalse(all.contains("tunnel"), all);
    }

    @Test
    void aShortPageFallsBackToItsBlocks() {
        String html = "<html><body><nav>Home | World</nav><h1>Ferry line resumes</h1>"
                + "<p>The ferry carried <b>300</b> passengers.</p><script>track()</script>"
                + "<div><p>It sails twice a day.</p></div><footer>Contact us</footer></body></html>";
        assertEquals(List.of("Ferry line resumes", "The ferry carried 300 passengers.", "It sails twice a day."),
                HtmlMainText.extract(html, URL).stream().map(TextBlock::text).toList());
    }

    @Test
    void linkTextShareIsMeasuredPerBlock() {
        String html = "<html><body><p>" + PARAGRAPHS[0] + " <a href='/x'>Timetable</a></p>"
                + "<p><a href='/a'>Harbour tunnel opens next spring</a></p></body></html>";
        List<TextBlock> blocks = HtmlMainText.extract(html, URL);
        assertTrue(blocks.get(0).linkDensity() < 0.1, blocks.toString());
        assertEquals(1.0, blocks.get(1).linkDensity(), 0.001);
    }
}
