package org.chronograph.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.chronograph.model.Article;
import org.chronograph.model.Sentence;

/** The CoreNLP annotation of one article in the shape the rules read: sentences, tokens, parses, quotes. */
final class Doc {

    /** One sentence: its tokens (0-based here; CoreNLP's index() is 1-based), parse and NER mentions. */
    record Sent(int index, Sentence sentence, List<CoreLabel> tokens, SemanticGraph graph, List<CoreMap> mentions) {

        CoreLabel token(int i) {
            return tokens.get(i);
        }

        IndexedWord node(int i) {
            return graph.getNodeByIndexSafe(i + 1);
        }

        String lemma(int i) {
            String l = tokens.get(i).lemma();
            return l == null ? tokens.get(i).word().toLowerCase(Locale.ROOT) : l.toLowerCase(Locale.ROOT);
        }

        String tag(int i) {
            return tokens.get(i).tag();
        }

        /** Outgoing edges of token i whose relation starts with prefix ("nsubj", "obl:with"). */
        List<Integer> children(int i, String prefix) {
            IndexedWord w = node(i);
            List<Integer> out = new ArrayList<>();
            if (w == null) {
                return out;
            }
            for (SemanticGraphEdge e : graph.outgoingEdgeList(w)) {
                String rel = e.getRelation().toString();
                if (rel.equals(prefix) || rel.startsWith(prefix + ":")) {
                    out.add(e.getDependent().index() - 1);
                }
            }
            return out;
        }

        /** The relations of token i's outgoing edges, in graph order ("obl:for", "nsubj"). */
        List<String> relations(int i) {
            IndexedWord w = node(i);
            List<String> out = new ArrayList<>();
            if (w != null) {
                for (SemanticGraphEdge e : graph.outgoingEdgeList(w)) {
                    out.add(e.getRelation().toString());
                }
            }
            return out;
        }

        /** Relation of token i to its first parent, or "root". */
        String relation(int i) {
            IndexedWord w = node(i);
            if (w == null || graph.getRoots().contains(w)) {
                return "root";
            }
            List<SemanticGraphEdge> in = graph.incomingEdgeList(w);
            return in.isEmpty() ? "root" : in.get(0).getRelation().toString();
        }

        /** Parents of token i through a relation starting with prefix (enhanced graphs give several). */
        List<Integer> heads(int i, String prefix) {
            IndexedWord w = node(i);
            List<Integer> out = new ArrayList<>();
            if (w == null) {
                return out;
            }
            for (SemanticGraphEdge e : graph.incomingEdgeList(w)) {
                String rel = e.getRelation().toString();
                if (rel.equals(prefix) || rel.startsWith(prefix + ":")) {
                    out.add(e.getGovernor().index() - 1);
                }
            }
            return out;
        }

        /** First parent of token i, or -1 at the root. */
        int parent(int i) {
            IndexedWord w = node(i);
            if (w == null) {
                return -1;
            }
            List<SemanticGraphEdge> in = graph.incomingEdgeList(w);
            return in.isEmpty() ? -1 : in.get(0).getGovernor().index() - 1;
        }

        boolean isVerb(int i) {
            return tag(i).startsWith("VB");
        }

        boolean isNoun(int i) {
            return tag(i).startsWith("NN");
        }

        boolean isPronoun(int i) {
            return tag(i).startsWith("PRP") || tag(i).equals("WDT") || tag(i).equals("WP");
        }

        int charBegin(int i) {
            return tokens.get(i).beginPosition();
        }

        /** Text of tokens [from, to) as it stands in the article. */
        String text(String articleText, int from, int to) {
            return articleText.substring(tokens.get(from).beginPosition(), tokens.get(to - 1).endPosition());
        }
    }

    /** A quotation span (without its quote marks) and the sentence it starts in. */
    record Quote(String text, int begin, int end, int sentence) {
    }

    final Article article;
    final List<Sent> sentences = new ArrayList<>();
    final List<Quote> quotes = new ArrayList<>();
    /**
     * Only when the pipeline runs CoreNLP coreference: for the head token of a mention ("sentence:token"),
     * the heads of all mentions of its chain in text order, as {sentence, token}.
     */
    final Map<String, List<int[]>> corefChains = new HashMap<>();

    Doc(Article article, Annotation annotation) {
        this.article = article;
        String text = article.text();
        List<CoreMap> sents = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        Map<Integer, Integer> docIndex = new HashMap<>();
        for (int k = 0; k < sents.size(); k++) {
            CoreMap s = sents.get(k);
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            String st = text.substring(begin, end);
            if (st.isBlank()) {
                continue;
            }
            docIndex.put(k, sentences.size());
            Sentence sentence = new Sentence(sentences.size(), st, begin, end);
            SemanticGraph g = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
            sentences.add(new Sent(sentences.size(), sentence, tokens, g, mentions == null ? List.of() : mentions));
        }
        Map<Integer, CorefChain> chains = annotation.get(CorefCoreAnnotations.CorefChainAnnotation.class);
        if (chains != null) {
            for (CorefChain chain : chains.values()) {
                List<int[]> heads = new ArrayList<>();
                for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
                    Integer si = docIndex.get(m.sentNum - 1);
                    if (si != null) {
                        heads.add(new int[] {si, m.headIndex - 1});
                    }
                }
                heads.forEach(h -> corefChains.put(h[0] + ":" + h[1], heads));
            }
        }
        List<CoreMap> qs = annotation.get(CoreAnnotations.QuotationsAnnotation.class);
        if (qs != null) {
            for (CoreMap q : qs) {
                int b = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int e = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                // drop the quote marks
                int ib = b + 1;
                int ie = Math.max(ib, e - 1);
                // a comma closing the quoted words belongs to the sentence around them
                String inner = text.substring(ib, ie).strip().replaceAll(",+$", "").strip();
                if (!inner.isEmpty()) {
                    int lead = text.substring(ib, ie).indexOf(inner);
                    quotes.add(new Quote(inner, ib + lead, ib + lead + inner.length(), sentenceAt(b)));
                }
            }
        }
    }

    /** Index of the sentence covering a character offset (the following one when it falls between two). */
    int sentenceAt(int offset) {
        for (Sent s : sentences) {
            if (offset < s.sentence().end()) {
                return s.index();
            }
        }
        return sentences.size() - 1;
    }

    /** True when the character offset lies inside a quotation. */
    boolean inQuote(int offset) {
        for (Quote q : quotes) {
            if (offset >= q.begin() && offset < q.end()) {
                return true;
            }
        }
        return false;
    }
}
