package org.chronograph.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The inlined timeline libraries are the files their README names (package, version, SHA-256), with licences. */
class VendorTests {

    @Test
    void vendoredFilesMatchTheChecksumsOfTheirReadme() throws Exception {
        String readme = read("timeline/vendor/README.md");
        Matcher m = Pattern.compile("(?m)^sha256 (\\S+) ([0-9a-f]{64})$").matcher(readme);
        int files = 0;
        while (m.find()) {
            byte[] bytes = bytes("timeline/vendor/" + m.group(1));
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
                    .as(m.group(1)).isEqualTo(m.group(2));
            files++;
        }
        assertThat(files).isEqualTo(2);
        for (String licence : List.of("vis-timeline.LICENSE.md", "vis-timeline.LICENSE.MIT.txt",
                "vis-timeline.LICENSE.Apache-2.0.txt", "timeline-arrows.LICENSE")) {
            assertThat(bytes("timeline/vendor/" + licence)).as(licence).isNotEmpty();
        }
    }

    @Test
    void thePageInlinesBothLibrariesInItsHead() throws Exception {
        String page = TimelineWriter.render(List.of(), TimelineWriter.Format.html, "t");
        String head = page.substring(0, page.indexOf("</head>"));
        assertThat(TimelineWriter.vendorScripts()).hasSize(2).allSatisfy(v -> assertThat(head).contains(v));
        assertThat(head).doesNotContain("export default class Arrow").contains("class Arrow {");
    }

    private static String read(String name) throws Exception {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String name) throws Exception {
        try (InputStream in = VendorTests.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
