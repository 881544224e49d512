package io.factstream.es.analysis;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * English analysis for the minimal Elasticsearch distribution (integ-test-zip), which lacks the
 * analysis-common module. Registers Lucene's English analyzer and stemmers under the names the full
 * distribution uses, so index mappings written for it work unchanged. The server core already provides
 * {@code stop} (with {@code _english_}), {@code standard}, {@code shingle} and a pre-configured
 * {@code lowercase}; names registered here must not clash with those configurable ones.
 */
public class EnglishAnalysisPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of("english", EnglishAnalyzerProvider::new);
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(
                "stemmer", StemmerTokenFilterFactory::new,
                "porter_stem", (indexSettings, env, name, settings) -> StemmerTokenFilterFactory.of(name, "porter"),
                "kstem", (indexSettings, env, name, settings) -> StemmerTokenFilterFactory.of(name, "light_english"),
                "snowball", (indexSettings, env, name, settings) -> StemmerTokenFilterFactory.of(name, "porter2"),
                "lowercase", (indexSettings, env, name, settings) -> new LowercaseTokenFilterFactory(name));
    }
}
