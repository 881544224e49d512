package io.factstream.es.analysis;

import java.util.Locale;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Token filter {@code stemmer} for English, configured like Elasticsearch's: {@code language} (or
 * {@code name}) one of english, porter, light_english, kstem, minimal_english, possessive_english,
 * porter2. Other languages are rejected with a clear message.
 */
public class StemmerTokenFilterFactory extends AbstractTokenFilterFactory {

    private final UnaryOperator<TokenStream> stemmer;

    public StemmerTokenFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        this(name, settings.get("language", settings.get("name", "porter")));
    }

    private StemmerTokenFilterFactory(String name, String language) {
        super(name);
        this.stemmer = stemmerFor(language);
    }

    static StemmerTokenFilterFactory of(String name, String language) {
        return new StemmerTokenFilterFactory(name, language);
    }

    private static UnaryOperator<TokenStream> stemmerFor(String language) {
        return switch (language.toLowerCase(Locale.ROOT)) {
            case "english", "porter" -> PorterStemFilter::new;
            case "light_english", "kstem" -> KStemFilter::new;
            case "minimal_english" -> EnglishMinimalStemFilter::new;
            case "possessive_english" -> EnglishPossessiveFilter::new;
            case "porter2" -> in -> new SnowballFilter(in, new EnglishStemmer());
            default -> throw new IllegalArgumentException("stemmer language [" + language
                    + "] is not supported by the analysis-english plugin (English stemmers only)");
        };
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return stemmer.apply(tokenStream);
    }
}
