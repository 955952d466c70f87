package dev.newsdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The closing line of the {@code ingest} command ("600 files in 41.2 s (14.6 docs/s): 550 indexed, ..."), read back. */
record IngestSummary(int files, int indexed, int updated, int unchanged, int failed) {

    private static final Pattern LINE = Pattern.compile("(\\d+) files in .*: (\\d+) indexed, (\\d+) updated, (\\d+) unchanged, (\\d+) failed");

    /** The summary in a command's output; fails if there is none. */
    static IngestSummary of(String output) {
        Matcher line = LINE.matcher(output);
        assertThat(line.find()).as("an ingest summary in:%n%s", output).isTrue();
        return new IngestSummary(Integer.parseInt(line.group(1)), Integer.parseInt(line.group(2)), Integer.parseInt(line.group(3)),
                Integer.parseInt(line.group(4)), Integer.parseInt(line.group(5)));
    }

    static boolean in(String output) {
        return LINE.matcher(output).find();
    }
}
