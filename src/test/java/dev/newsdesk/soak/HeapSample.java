package dev.newsdesk.soak;

import java.time.Duration;

/** The portal's heap after a full GC at a moment of the soak, or why it could not be read ({@code bytes} is then -1). */
record HeapSample(Duration at, long bytes, String failure) {

    static HeapSample of(Duration at, long bytes) {
        return new HeapSample(at, bytes, null);
    }

    static HeapSample failed(Duration at, String failure) {
        return new HeapSample(at, -1, failure);
    }

    boolean measured() {
        return failure == null;
    }

    double megabytes() {
        return bytes / (1024.0 * 1024.0);
    }
}
