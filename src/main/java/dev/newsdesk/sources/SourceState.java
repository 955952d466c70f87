package dev.newsdesk.sources;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Whether the scheduler fetches a source. */
public enum SourceState {
    ACTIVE, PAUSED;

    @JsonValue
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static SourceState of(String parameter) {
        return valueOf(parameter.toUpperCase(Locale.ROOT));
    }
}
