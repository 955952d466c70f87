package dev.newsdesk.archive;

import java.nio.file.Path;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where and in what sizes fetched pages are kept as WARC files.
 *
 * @param dir             the directory of the WARC files ({@code .warc.gz}; the one being written ends in
 *                        {@code .open})
 * @param rotateMegabytes a file is closed and the next one started once it has grown to this many megabytes
 */
@Validated
@ConfigurationProperties("newsdesk.sources.archive")
public record ArchiveProperties(
        @DefaultValue("data/archive") @NotNull Path dir,
        @DefaultValue("100") @Min(1) int rotateMegabytes) {

    public long rotateBytes() {
        return rotateMegabytes * 1024L * 1024L;
    }
}
