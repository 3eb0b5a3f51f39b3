package org.chronograph.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The main text and metadata of a news page saved as HTML, read with jsoup: the {@code <article>} (else
 * {@code <main>}, else the body) without scripts, navigation, headers, footers, asides and forms; its headings,
 * paragraphs, list items and quotes become paragraphs. Title, site, canonical URL and publication date come
 * from the usual meta tags (Open Graph, {@code article:published_time}, {@code <time datetime>}).
 */
final class HtmlArticle {

    record Parts(String title, String source, String url, String published, String text) {
    }

    private HtmlArticle() {
    }

    static Parts read(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri);
        doc.select("script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, figure figcaption")
                .remove();
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.selectFirst("main");
        }
        if (root == null) {
            root = doc.body();
        }
        List<String> paragraphs = new ArrayList<>();
        for (Element e : root.select("h1, h2, h3, h4, p, li, blockquote, pre")) {
            if (!e.select("p, li, blockquote").isEmpty() && !e.is("p")) {
                continue; // a container of paragraphs: its children are read on their own
            }
            String t = e.text().strip();
            if (!t.isEmpty()) {
                paragraphs.add(t);
            }
        }
        if (paragraphs.isEmpty()) {
            String t = root.text().strip();
            if (!t.isEmpty()) {
                paragraphs.add(t);
            }
        }
        String title = first(doc, "meta[property=og:title]", "content");
        if (title == null && !doc.title().isBlank()) {
            title = doc.title().strip();
        }
        String published = first(doc, "meta[property=article:published_time]", "content");
        if (published == null) {
            published = first(doc, "meta[name=date], meta[name=pubdate], meta[itemprop=datePublished]", "content");
        }
        if (published == null) {
            published = first(doc, "time[datetime]", "datetime");
        }
        String url = first(doc, "link[rel=canonical]", "href");
        if (url == null) {
            url = first(doc, "meta[property=og:url]", "content");
        }
        return new Parts(title, first(doc, "meta[property=og:site_name]", "content"), url, published,
                String.join("\n\n", paragraphs));
    }

    private static String first(Document doc, String css, String attr) {
        Element e = doc.selectFirst(css);
        if (e == null) {
            return null;
        }
        String v = e.attr(attr).strip();
        return v.isEmpty() ? null : v;
    }

    /** Whether text meant to be plain looks like an HTML page (a doctype, an html element, or many tags). */
    static boolean looksLikeHtml(String text) {
        String head = text.stripLeading().toLowerCase(java.util.Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
                && head.contains("<html")) {
            return true;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("</?(p|div|span|a|br|body|head|script|table|li|ul|h[1-6])\\b[^>]*>", java.util.regex.Pattern.CASE_INSENSITIVE)
                .matcher(text);
        int tags = 0;
        while (m.find() && tags < 20) {
            tags++;
        }
        return tags >= 10;
    }
}
