package org.chronograph.graph.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronograph.graph.Cypher;

/**
 * The Chronograph guide for Neo4j Browser (a page of slides that {@code :play URL} shows) and the graph styles
 * ({@code :style URL}), both served by {@code chronograph serve} under {@link #MOUNT} on Neo4j's own HTTP port.
 * The guide says what the store holds, shows the model, and has every library query of {@code cypher/queries}
 * as a runnable block, with a {@code :param} line whose values come from this store where it has them.
 */
public final class BrowserGuide {

    /** Where serve mounts the guide on Neo4j's HTTP server. */
    public static final String MOUNT = "/chronograph";
    public static final String GUIDE = "guide.html";
    public static final String STYLE = "style.grass";
    static final String GRASS_RESOURCE = "guide/chronograph.grass";
    private static final String PAGE_RESOURCE = "guide/guide.html";

    private static final Pattern SELECTOR = Pattern.compile("(node|relationship)(\\.[A-Za-z_][A-Za-z0-9_]*)*");
    private static final Pattern DECLARATION = Pattern.compile("\\s*[a-z][a-z-]*\\s*:\\s*('[^']*'|[^;']+)\\s*");

    private BrowserGuide() {
    }

    /**
     * What the guide says of this store (cypher/browser/guide.cypher), or null to leave the figures out (a store
     * with authentication: the guide's address needs none).
     */
    public record Figures(long articles, long actors, long events, long cancelled, long statements, long acts,
                          Map<String, String> samples) {
        public Figures {
            samples = samples == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(samples));
        }
    }

    /** The address of the guide on a server whose HTTP root is {@code httpBase} (e.g. http://localhost:7474). */
    public static String guideUrl(String httpBase) {
        return httpBase + MOUNT + "/" + GUIDE;
    }

    public static String styleUrl(String httpBase) {
        return httpBase + MOUNT + "/" + STYLE;
    }

    /** What Neo4j Browser runs on connecting: our styles, then the guide. */
    public static String postConnectCommands(String httpBase) {
        return "style " + styleUrl(httpBase) + "; play " + guideUrl(httpBase);
    }

    /** The guide page; {@code figures} null leaves the counts and samples out. */
    public static String html(Figures figures, String httpBase) {
        String page = resource(PAGE_RESOURCE).replaceAll("(?s)<!--.*?-->\\n?", ""); // our notes, not the reader's
        StringBuilder slides = new StringBuilder();
        for (String name : Cypher.names("queries")) {
            slides.append(querySlide(name, Cypher.load("queries/" + name), figures == null ? Map.of() : figures.samples()));
        }
        String summary = figures == null
                ? "This store asks for a password, so the guide shows no figures of its own: run the first block."
                : String.format(Locale.ROOT, "This store holds %,d article(s), %,d actor(s), %,d event(s) (%,d of them"
                        + " cancelled), %,d statement(s) and %,d act(s) on events.", figures.articles(), figures.actors(),
                        figures.events(), figures.cancelled(), figures.statements(), figures.acts());
        return page.replace("{{summary}}", escape(summary))
                .replace("{{figures}}", escape(body(Cypher.load("browser/guide.cypher"))))
                .replace("{{storylines}}", escape(body(Cypher.load("browser/storylines.cypher"))))
                .replace("{{styleUrl}}", escape(styleUrl(httpBase)))
                .replace("{{guideUrl}}", escape(guideUrl(httpBase)))
                .replace("{{queries}}", slides.toString());
    }

    /** One slide: what the query answers, its parameters and a {@code :param} line, and the query. */
    static String querySlide(String name, String cypher, Map<String, String> samples) {
        List<String> about = new ArrayList<>();
        String parameters = null;
        String example = null;
        for (String line : cypher.split("\n")) {
            if (!line.startsWith("//")) {
                break;
            }
            String text = line.substring(2).strip();
            if (text.startsWith("Parameters:")) {
                parameters = text.substring("Parameters:".length()).strip();
            } else if (text.startsWith("Example:")) {
                example = text.substring("Example:".length()).strip();
            } else {
                about.add(text);
            }
        }
        StringBuilder b = new StringBuilder("<slide>\n<h3>").append(escape(name.replace(".cypher", ""))).append("</h3>\n");
        b.append("<p>").append(escape(String.join(" ", about))).append("</p>\n");
        if (parameters != null) {
            b.append("<p><em>Parameters:</em> ").append(escape(parameters)).append("</p>\n");
        }
        if (example != null && example.startsWith(":param")) {
            b.append("<pre class=\"runnable\">").append(escape(withSamples(example, samples))).append("</pre>\n");
        }
        b.append("<pre class=\"runnable\">").append(escape(body(cypher))).append("</pre>\n</slide>\n");
        return b.toString();
    }

    /** The example's values replaced by this store's sample for the same parameter, where it has one. */
    static String withSamples(String example, Map<String, String> samples) {
        String out = example;
        for (var s : samples.entrySet()) {
            if (s.getValue() == null) {
                continue;
            }
            Pattern p = Pattern.compile("(\\b" + Pattern.quote(s.getKey()) + "\\s*(?:=>|:)\\s*)'(?:[^'\\\\]|\\\\.)*'");
            out = p.matcher(out).replaceAll("$1" + Matcher.quoteReplacement(cypherString(s.getValue())));
        }
        return out;
    }

    static String cypherString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** A query file without its header comment. */
    static String body(String cypher) {
        List<String> lines = new ArrayList<>(List.of(cypher.split("\n")));
        while (!lines.isEmpty() && (lines.get(0).startsWith("//") || lines.get(0).isBlank())) {
            lines.remove(0);
        }
        return String.join("\n", lines).strip();
    }

    /**
     * The styles as Neo4j Browser reads them: our comment lines removed, every rule checked (a selector of node
     * or relationship and labels, then {@code name: value;} declarations), a bad one failing with its line.
     */
    public static String grass() {
        return grass(GRASS_RESOURCE, resource(GRASS_RESOURCE));
    }

    /** {@link #grass()} of the text of {@code source}, which the messages name. */
    static String grass(String source, String text) {
        StringBuilder out = new StringBuilder();
        String[] lines = text.split("\n", -1);
        StringBuilder rule = new StringBuilder();
        int ruleLine = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("#") || (line.isBlank() && rule.length() == 0)) {
                continue;
            }
            if (rule.length() == 0) {
                ruleLine = i + 1;
            }
            rule.append(line).append('\n');
            if (line.strip().endsWith("}")) {
                check(source, rule.toString(), ruleLine);
                out.append(rule);
                rule.setLength(0);
            }
        }
        if (rule.length() > 0) {
            throw new IllegalStateException(source + " line " + ruleLine + ": a rule without its closing '}'");
        }
        return out.toString();
    }

    private static void check(String source, String rule, int line) {
        String bare = rule.replaceAll("'[^'\n]*'", "''");
        int open = bare.indexOf('{');
        int close = bare.lastIndexOf('}');
        if (open < 0 || close < open || bare.indexOf('{', open + 1) >= 0 || bare.indexOf('}') != close
                || bare.chars().filter(c -> c == '\'').count() % 2 != 0) {
            throw new IllegalStateException(source + " line " + line + ": expected 'selector { name: value; ... }'");
        }
        String selector = bare.substring(0, open).strip();
        if (!SELECTOR.matcher(selector).matches()) {
            throw new IllegalStateException(source + " line " + line + ": '" + selector + "' is not a selector"
                    + " (node or relationship, then .Label parts)");
        }
        for (String d : rule.substring(rule.indexOf('{') + 1, rule.lastIndexOf('}')).split(";(?=(?:[^']*'[^']*')*[^']*$)")) {
            if (!d.isBlank() && !DECLARATION.matcher(d).matches()) {
                throw new IllegalStateException(source + " line " + line + ": '" + d.strip() + "' is not a"
                        + " 'name: value' declaration");
            }
        }
    }

    private static String resource(String name) {
        try (InputStream in = BrowserGuide.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
