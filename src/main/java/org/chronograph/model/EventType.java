package org.chronograph.model;

/**
 * Event types with their CAMEO codes and PLOVER categories: the one table of the mapping.
 *
 * <table>
 *   <caption>Event type mapping</caption>
 *   <tr><th>type</th><th>CAMEO</th><th>PLOVER</th><th>meaning</th></tr>
 *   <tr><td>MEET</td><td>043</td><td>CONSULT</td><td>meet, hold talks, summit (040 consult, 044 meet at a third location)</td></tr>
 *   <tr><td>CALL</td><td>041</td><td>CONSULT</td><td>discuss by telephone</td></tr>
 *   <tr><td>VISIT</td><td>042</td><td>CONSULT</td><td>make a visit (043 host a visit from the other side)</td></tr>
 *   <tr><td>NEGOTIATE</td><td>046</td><td>CONSULT</td><td>engage in negotiation</td></tr>
 *   <tr><td>AGREE</td><td>057</td><td>AGREE</td><td>sign formal agreement, pledge, commit</td></tr>
 *   <tr><td>STATEMENT</td><td>010</td><td>OTHER</td><td>make public statement</td></tr>
 *   <tr><td>PLAN</td><td>036</td><td>CONSULT</td><td>express intent to meet or negotiate</td></tr>
 *   <tr><td>CANCEL</td><td>125</td><td>REJECT</td><td>reject proposal to meet, call off</td></tr>
 *   <tr><td>REVIVE</td><td>036</td><td>CONSULT</td><td>express intent to meet again, resume talks</td></tr>
 *   <tr><td>THREATEN</td><td>130</td><td>THREATEN</td><td>threaten (13x)</td></tr>
 *   <tr><td>SANCTION</td><td>163</td><td>SANCTION</td><td>impose embargo, boycott or sanctions</td></tr>
 *   <tr><td>WITHDRAW</td><td>161</td><td>REDUCE</td><td>reduce or break relations, withdraw from a treaty (164 halt negotiations)</td></tr>
 *   <tr><td>OTHER</td><td>—</td><td>OTHER</td><td>anything else</td></tr>
 * </table>
 */
public enum EventType {
    MEET("043", "CONSULT"),
    CALL("041", "CONSULT"),
    VISIT("042", "CONSULT"),
    NEGOTIATE("046", "CONSULT"),
    AGREE("057", "AGREE"),
    STATEMENT("010", "OTHER"),
    PLAN("036", "CONSULT"),
    CANCEL("125", "REJECT"),
    REVIVE("036", "CONSULT"),
    THREATEN("130", "THREATEN"),
    SANCTION("163", "SANCTION"),
    WITHDRAW("161", "REDUCE"),
    OTHER(null, "OTHER");

    private final String cameo;
    private final String plover;

    EventType(String cameo, String plover) {
        this.cameo = cameo;
        this.plover = plover;
    }

    /** CAMEO event code, or null for {@link #OTHER}. */
    public String cameo() {
        return cameo;
    }

    /** PLOVER event category. */
    public String plover() {
        return plover;
    }

    /**
     * The kind of event a phrase names ("the Oslo summit" → MEET, "his visit" → VISIT), or null: how an act
     * whose target is only described finds its target in other articles.
     */
    public static EventType named(String phrase) {
        if (phrase == null) {
            return null;
        }
        String p = " " + phrase.toLowerCase(java.util.Locale.ROOT) + " ";
        if (p.matches(".*\\b(summit|meeting|talks|talk|discussions|conference|dialogue)\\b.*")) {
            return MEET;
        }
        if (p.matches(".*\\b(visit|trip|tour)\\b.*")) {
            return VISIT;
        }
        if (p.matches(".*\\b(negotiations)\\b.*")) {
            return NEGOTIATE;
        }
        if (p.matches(".*\\b(call|phone)\\b.*")) {
            return CALL;
        }
        return null;
    }

    /** True for acts whose object is another event (cancel, revive, plan, withdraw). */
    public boolean actsOnEvent() {
        return this == CANCEL || this == REVIVE || this == PLAN || this == WITHDRAW;
    }

    /** The names of the types that act on another event, the {@code $actTypes} of the merge's queries. */
    public static java.util.List<String> actTypeNames() {
        return java.util.Arrays.stream(values()).filter(EventType::actsOnEvent).map(Enum::name).toList();
    }
}
