package org.chronograph.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;
import org.chronograph.model.Article;

/**
 * The one CoreNLP pipeline of the process: tokenize, ssplit, pos, lemma, ner (with SUTime), depparse and
 * quote spans (no attribution: our own rules find speakers). Model loading takes tens of seconds, so it
 * happens once; the instance is shared by threads (CoreNLP annotators are thread-safe for annotate()).
 * Coreference is not loaded: it costs 2-7x the base pipeline here and our own alias rules cover
 * what the extractor needs.
 */
public final class NlpPipeline {

    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,quote";

    private static volatile NlpPipeline shared;

    private final StanfordCoreNLP pipeline;
    private final double loadSeconds;

    private NlpPipeline(Properties props) {
        long start = System.nanoTime();
        this.pipeline = new StanfordCoreNLP(props);
        this.loadSeconds = (System.nanoTime() - start) / 1e9;
    }

    /** The settings the extractor was measured with. */
    public static Properties defaultProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", ANNOTATORS);
        // a line break ends a sentence: headlines, datelines and header fields do not glue onto the next
        // sentence; the line breaks of hard-wrapped paragraphs are turned into spaces first (LineBreaks)
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        // the gazetteer costs 20 s of load and halves NER speed; our own tables give titles and states
        p.setProperty("ner.applyFineGrained", "false");
        // two of CoreNLP's three statistical NER models: the MUC 7-class model adds money, percent and times
        // (SUTime already finds dates) and cost 17 % of CoreNLP time for identical evaluate scores (README)
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
                + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("quote.attributeQuotes", "false");
        p.setProperty("quote.extractUnclosedQuotes", "false");
        p.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false");
        return p;
    }

    /**
     * A pipeline of its own with some CoreNLP properties changed, for measuring other settings
     * ("annotators=...,coref", "ner.applyFineGrained=true"). The shared pipeline is the one to use otherwise.
     */
    public static NlpPipeline withOverrides(java.util.Map<String, String> overrides) {
        Properties p = defaultProperties();
        overrides.forEach(p::setProperty);
        return new NlpPipeline(p);
    }

    /**
     * CoreNLP with its own default settings for our annotators, to compare against: only the annotator list is
     * set, and quote attribution is off (attribution is another annotator's work: it needs coreference).
     */
    public static NlpPipeline coreNlpDefaults() {
        Properties p = new Properties();
        p.setProperty("annotators", ANNOTATORS);
        p.setProperty("quote.attributeQuotes", "false");
        return new NlpPipeline(p);
    }

    /** The annotators this pipeline runs. */
    public String annotators() {
        return pipeline.getProperties().getProperty("annotators");
    }

    /** The process-wide pipeline, loaded on first use. */
    public static NlpPipeline shared() {
        NlpPipeline p = shared;
        if (p == null) {
            synchronized (NlpPipeline.class) {
                p = shared;
                if (p == null) {
                    p = new NlpPipeline(defaultProperties());
                    shared = p;
                }
            }
        }
        return p;
    }

    /**
     * Fails at start-up, naming what is missing, when this pipeline does not provide what a stage requires.
     */
    public void require(String stage, Set<Class<? extends CoreAnnotation>> required) {
        Set<Class<? extends CoreAnnotation>> missing = new LinkedHashSet<>(required);
        missing.removeAll(pipeline.requirementsSatisfied());
        if (!missing.isEmpty()) {
            throw new IllegalStateException(stage + " needs annotations " + missing.stream().map(Class::getSimpleName).toList()
                    + " that the CoreNLP annotators '" + annotators() + "' do not provide");
        }
    }

    /**
     * Annotates an article's text. The publication date, when known, is the document date SUTime resolves
     * relative expressions against ("Thursday", "last month").
     */
    public Annotation annotate(Article article) {
        Annotation doc = new Annotation(QuoteMarks.mend(Headlines.sentenceCase(LineBreaks.unwrap(article.text()))));
        if (article.published() != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
        }
        pipeline.annotate(doc);
        return doc;
    }

    public double loadSeconds() {
        return loadSeconds;
    }
}
