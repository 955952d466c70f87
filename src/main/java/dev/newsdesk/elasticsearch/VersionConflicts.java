package dev.newsdesk.elasticsearch;

import java.io.IOException;

import org.elasticsearch.client.ResponseException;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;

/**
 * Writes that Elasticsearch refused with 409 (a create of an id that exists, an {@code if_seq_no} that no longer
 * holds): the client reports them in three shapes, depending on the request and the transport.
 */
public final class VersionConflicts {

    /** A write that may be refused with 409. */
    @FunctionalInterface
    public interface Write {
        void run() throws IOException;
    }

    private VersionConflicts() {
    }

    /** Runs the write: true when it went through, false when Elasticsearch refused it with a version conflict. */
    public static boolean written(Write write) throws IOException {
        try {
            write.run();
            return true;
        } catch (ElasticsearchException e) {
            if (e.status() == 409) {
                return false;
            }
            throw e;
        } catch (TransportException e) {
            if (e.statusCode() == 409) {
                return false;
            }
            throw e;
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() == 409) {
                return false;
            }
            throw e;
        }
    }
}
