package io.factstream.es.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.elasticsearch.common.settings.Settings;
import org.junit.jupiter.api.Test;

class EnglishAnalysisPluginTest {

    @Test
    void englishAnalyzerStemsAndDropsStopWords() throws IOException {
        Analyzer analyzer = new EnglishAnalyzerProvider(null, null, "english", Settings.EMPTY).get();
        assertEquals(List.of("run", "cat"), terms(analyzer.tokenStream("f", "running cats")));
        assertEquals(List.of("cat", "hat"), terms(analyzer.tokenStream("f", "The cat in the hat")));
    }

    @Test
    void stemmerLanguages() throws IOException {
        assertEquals(List.of("run", "cat"), stem("english", "running cats"));
        assertEquals(List.of("cat"), stem("minimal_english", "cats"));
        assertEquals(List.of("john"), stem("possessive_english", "john's"));
        assertEquals(List.of("cat", "walk"), stem("light_english", "cats walked"));
        assertThrows(IllegalArgumentException.class, () -> stem("german", "Häuser"));
    }

    @Test
    void pluginRegistersStandardNames() {
        EnglishAnalysisPlugin plugin = new EnglishAnalysisPlugin();
        assertEquals(java.util.Set.of("english"), plugin.getAnalyzers().keySet());
        assertEquals(java.util.Set.of("stemmer", "porter_stem", "kstem", "snowball", "lowercase"),
                plugin.getTokenFilters().keySet());
    }

    private static List<String> stem(String language, String text) throws IOException {
        var factory = new StemmerTokenFilterFactory(null, null, "stemmer", Settings.builder().put("language", language).build());
        WhitespaceTokenizer tokenizer = new WhitespaceTokenizer();
        tokenizer.setReader(new java.io.StringReader(text));
        return terms(factory.create(tokenizer));
    }

    private static List<String> terms(TokenStream stream) throws IOException {
        List<String> out = new ArrayList<>();
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        }
        return out;
    }
}
